import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import {
  creditCodeCheckChar,
  organisationBackgrounds,
  serviceFields,
  type OrganisationBackground,
} from '@shegong/domain';
import { seededRandom } from '../../apps/server/src/demo/random';
import { organisations } from '../../apps/server/src/modules/organisations/organisations.table';
import ExcelJS from '../../apps/server/src/platform/export/exceljs';
import { readSheet } from '../../apps/server/src/platform/imports/read-sheet';
import { inBulkTransaction } from '../generate/bulk-writer';
import { personName, streetAddress } from '../generate/people';
import type { Fixtures } from './fixtures';
import type { Credentials } from './http-load';
import { api } from './http-session';
import type { RawDriver } from './raw-driver';

/** One organisation of the import sheet. */
export interface ImportRow {
  creditCode: string;
  name: string;
  background: OrganisationBackground;
  registeredOn: string;
  legalRepresentative: string;
  address: string;
  regionCode: string;
  serviceFields: string[];
}

export interface ImportMeasure {
  rows: number;
  /** Rows the upload rejected (expected 0: every generated row is valid). */
  rejectedRows: number;
  /** Rows the server's streaming reader decodes with U+FFFD (0 since the fix; a regression check). */
  garbledRows: number;
  uploadSeconds: number;
  commitSeconds: number;
  rowsPerSecond: number;
  copySeconds: number;
  copyRowsPerSecond: number;
  /** COPY rows/s over import rows/s: how many times faster the bulk path is. */
  copyOverImport: number;
}

/** N new social service organisations in the scale's counties, with codes no earlier run used. */
export function importRows(f: Fixtures, count: number, seed: number): ImportRow[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const regionCode = f.counties[i % f.counties.length]!;
    const first17 = `52${regionCode}B${String(f.importBase + i).padStart(8, '0')}`;
    return {
      creditCode: first17 + creditCodeCheckChar(first17),
      name: `基准导入社会工作服务中心${f.importBase + i}`,
      background: random.pick(organisationBackgrounds).code,
      registeredOn: `20${random.int(10, 24)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      legalRepresentative: personName(random),
      address: streetAddress(random, '贵阳市'),
      regionCode,
      serviceFields: [random.pick(serviceFields).code],
    };
  });
}

const headers = [
  '统一社会信用代码',
  '名称',
  '类型',
  '背景',
  '登记日期',
  '法定代表人',
  '联系人',
  '联系电话',
  '地址',
  '区划代码',
  '服务领域',
];
const label = <T extends { code: string; 'zh-CN': string }>(list: readonly T[], code: string) =>
  list.find((e) => e.code === code)!['zh-CN'];

/** The rows as the template's sheet, written with ExcelJS's streaming writer. */
export async function sheetOf(rows: ImportRow[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('社会组织');
  sheet.addRow(headers).commit();
  for (const r of rows) {
    sheet
      .addRow([
        r.creditCode,
        r.name,
        '社会服务机构',
        label(organisationBackgrounds, r.background),
        r.registeredOn,
        r.legalRepresentative,
        null,
        null,
        r.address,
        r.regionCode,
        r.serviceFields.map((f) => label(serviceFields, f)).join('、'),
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The same rows by COPY into a scratch copy of the organisation table (same indexes). */
export async function copyBaseline(driver: RawDriver, rows: ImportRow[]): Promise<number> {
  const now = new Date();
  return inBulkTransaction(driver.database, 'copy', async (writer) => {
    await writer.query(
      'create temp table bench_import_copy (like organisation including all) on commit drop',
    );
    const started = performance.now();
    await writer.write(
      organisations,
      rows.map((r) => ({
        id: randomUUID(),
        ...r,
        type: 'social_service_org',
        contactPerson: null,
        contactPhone: null,
        status: 'active',
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
      { into: 'bench_import_copy' },
    );
    return (performance.now() - started) / 1000;
  });
}

/** Upload (parse and validate every row) then commit (write every row in one transaction). */
export async function apiImport(port: number, credentials: Credentials, sheet: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([sheet]), 'bench-import.xlsx');
  let started = performance.now();
  const { json: report } = await api(
    port,
    credentials,
    'POST',
    '/api/v1/organisations/imports',
    form,
  );
  const uploadSeconds = (performance.now() - started) / 1000;
  const { id, errorRows, problems } = report as {
    id: string;
    errorRows: number;
    problems: { row: number; column: string; message: string }[];
  };
  started = performance.now();
  const { json: done } = await api(
    port,
    credentials,
    'POST',
    `/api/v1/organisations/imports/${id}/commit`,
  );
  const commitSeconds = (performance.now() - started) / 1000;
  return {
    uploadSeconds,
    commitSeconds,
    created: (done as { created: number }).created,
    rejectedRows: errorRows,
    problems: problems.slice(0, 5),
  };
}

/**
 * Rows of the sheet that the server's own reader (`platform/imports/read-sheet`) decodes with
 * U+FFFD: a Chinese character split between two inflated chunks must come out whole.
 */
export async function garbledRows(sheet: Buffer, headers: readonly string[]): Promise<number> {
  const columns = headers.map((header) => ({
    key: header,
    header: { 'zh-CN': header, 'en-US': header },
    kind: 'text' as const,
    required: true,
  }));
  let garbled = 0;
  for await (const row of readSheet(sheet, columns))
    if ([...row.cells.values()].some((cell) => String(cell).includes('\uFFFD'))) garbled++;
  return garbled;
}

/** Imports the rows through the API and sets the rate beside the COPY of the same rows. */
export async function measureImport(
  port: number,
  credentials: Credentials,
  rows: ImportRow[],
  copySeconds: number,
  log: (line: string) => void,
): Promise<ImportMeasure> {
  const sheet = await sheetOf(rows);
  const imported = await apiImport(port, credentials, sheet);
  if (imported.rejectedRows > 0)
    log(
      `the upload rejected ${imported.rejectedRows} rows, e.g. ${JSON.stringify(imported.problems[0])}`,
    );
  const seconds = imported.uploadSeconds + imported.commitSeconds;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    rows: rows.length,
    rejectedRows: imported.rejectedRows,
    garbledRows: await garbledRows(sheet, headers),
    uploadSeconds: round(imported.uploadSeconds),
    commitSeconds: round(imported.commitSeconds),
    rowsPerSecond: Math.round(rows.length / seconds),
    copySeconds: round(copySeconds),
    copyRowsPerSecond: Math.round(rows.length / copySeconds),
    copyOverImport: Math.round((seconds / copySeconds) * 10) / 10,
  };
}
