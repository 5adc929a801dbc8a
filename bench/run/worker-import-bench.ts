import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  certificateLevels,
  educationLevels,
  residentIdCheckChar,
  type CertificateLevel,
  type EducationLevel,
} from '@shegong/domain';
import { seededRandom } from '../../apps/server/src/demo/random';
import ExcelJS from '../../apps/server/src/platform/export/exceljs';
import { workers } from '../../apps/server/src/db/schema';
import { addDays } from '../generate/calendar';
import { inBulkTransaction } from '../generate/bulk-writer';
import { fullName } from '../generate/people';
import { talentMix } from '../generate/workforce';
import { weighted } from '../generate/weighted';
import type { Target } from '../lib/targets';
import { signInBenchAccounts } from './bench-accounts';
import { summariseProfile, type PhaseProfile } from './cpu-profile';
import type { Fixtures } from './fixtures';
import { api } from './http-session';
import { garbledRows } from './import-bench';
import { openRawDriver, type RawDriver } from './raw-driver';
import { RssSampler } from './rss-sampler';
import { memoryOf, startServer } from './server-process';

/** One row of the workers sheet (the template's required columns and the certificate). */
export interface WorkerImportRow {
  name: string;
  idNumber: string;
  sex: 'male' | 'female';
  birthDate: string;
  education: EducationLevel;
  regionCode: string;
  level: CertificateLevel | null;
  certifiedOn: string | null;
}

export interface WorkerImportMeasure {
  rows: number;
  sheetMiB: number;
  rejectedRows: number;
  created: number;
  /** Rows the server's ExcelJS reader decodes with U+FFFD (0 since the fix). */
  garbledRows: number;
  uploadSeconds: number;
  commitSeconds: number;
  uploadRowsPerSecond: number;
  commitRowsPerSecond: number;
  rowsPerSecond: number;
  /** A fresh server process: resident set after start, peaks while uploading and committing. */
  rssAfterStartMiB: number | null;
  peakRssUploadMiB: number;
  peakRssCommitMiB: number;
  /** The process's own peak (VmHWM) just before it stopped. */
  peakRssMiB: number | null;
  copySeconds: number;
  copyRowsPerSecond: number;
  copyOverImport: number;
  profile?: PhaseProfile[];
}

const firstBirth = '1960-01-01';
const birthDays = 3652;
/** Imported people are born before this; generated ones never are. */
export const importedBornBefore = '1970-01-01';

/**
 * New workers for the import: born in the 1960s, which the generator never is, numbered on from
 * the earlier runs' imports so that every ID number is new (county, birth day, sequence).
 */
export function workerImportRows(f: Fixtures, count: number, seed: number): WorkerImportRow[] {
  const random = seededRandom(seed + 6);
  const counties = f.counties;
  return Array.from({ length: count }, (_, i) => {
    const n = f.workersImportedBefore + i;
    const county = counties[n % counties.length]!;
    const k = Math.floor(n / counties.length);
    const sequence = Math.floor(k / birthDays);
    const sex = random.chance(talentMix.femaleShare) ? 'female' : 'male';
    const birthDate = addDays(firstBirth, k % birthDays);
    const first17 = `${county}${birthDate.replaceAll('-', '')}${String(2 * sequence + (sex === 'male' ? 1 : 2)).padStart(3, '0')}`;
    const certified = random.chance(talentMix.certifiedShare);
    return {
      name: fullName(random, sex),
      idNumber: first17 + residentIdCheckChar(first17),
      sex,
      birthDate,
      education: weighted(random, talentMix.education),
      regionCode: county,
      level: certified ? (random.chance(0.72) ? 'assistant_social_worker' : 'social_worker') : null,
      certifiedOn: certified
        ? `20${random.int(10, 25)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
        : null,
    };
  });
}

const headers = ['姓名', '身份证号', '学历', '区划代码', '证书等级', '发证日期'];
const labelOf = (list: readonly { code: string; 'zh-CN': string }[], code: string) =>
  list.find((e) => e.code === code)!['zh-CN'];

/** The sheet as a user fills the template: every code a text cell (Excel mangles long numbers). */
export async function workerSheet(rows: WorkerImportRow[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('社工人才');
  sheet.addRow(headers).commit();
  for (const r of rows)
    sheet
      .addRow([
        r.name,
        r.idNumber,
        labelOf(educationLevels, r.education),
        r.regionCode,
        r.level ? labelOf(certificateLevels, r.level) : null,
        r.certifiedOn,
      ])
      .commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The same people by COPY into a scratch copy of `worker` (same indexes, the unique ID number). */
export async function workerCopyBaseline(driver: RawDriver, rows: WorkerImportRow[]) {
  const now = new Date();
  return inBulkTransaction(driver.database, 'copy', async (writer) => {
    await writer.query(
      'create temp table bench_worker_copy (like worker including all) on commit drop',
    );
    const started = performance.now();
    await writer.write(
      workers,
      rows.map((r, i) => ({
        id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        idNumber: r.idNumber,
        name: r.name,
        sex: r.sex,
        birthDate: r.birthDate,
        phone: null,
        educationLevel: r.education,
        major: null,
        socialWorkMajor: false,
        regionCode: r.regionCode,
        expertTags: [],
        version: 1,
        createdAt: now,
        updatedAt: now,
      })),
      { into: 'bench_worker_copy' },
    );
    return (performance.now() - started) / 1000;
  });
}

/**
 * The workers sheet through a fresh server process (so that its memory is the import's alone):
 * upload (parse and validate), then commit; the resident set sampled throughout, and with
 * `cpuProfile` a V8 profile of the server split into the two phases.
 */
export async function measureWorkerImport(options: {
  target: Target;
  accounts: Map<string, boolean>;
  rows: WorkerImportRow[];
  copySeconds: number;
  cpuProfile: boolean;
  nodeArgs: string[];
  log: (line: string) => void;
}): Promise<WorkerImportMeasure> {
  const { target, accounts, rows, copySeconds, cpuProfile, nodeArgs, log } = options;
  const sheet = await workerSheet(rows);
  const profileDir = cpuProfile ? mkdtempSync(join(tmpdir(), 'shegong-prof-')) : null;
  const server = await startServer(
    target,
    profileDir ? [...nodeArgs, '--cpu-prof', `--cpu-prof-dir=${profileDir}`] : nodeArgs,
  );
  const rssAfterStart = memoryOf(server.pid, 'VmRSS');
  const sampler = new RssSampler(server.pid);
  let run;
  try {
    const { officer } = await signInBenchAccounts(server.port, accounts, null);
    const form = new FormData();
    form.append('file', new Blob([sheet]), 'bench-workers.xlsx');
    sampler.takePeak();
    const t0 = process.hrtime.bigint();
    const { json } = await api(server.port, officer, 'POST', '/api/v1/workers/imports', form);
    const report = json as { id: string; errorRows: number; problems: unknown[] };
    const t1 = process.hrtime.bigint();
    const peakUpload = sampler.takePeak();
    if (report.errorRows > 0)
      log(
        `the upload rejected ${report.errorRows} rows, e.g. ${JSON.stringify(report.problems[0])}`,
      );
    const commitPath = `/api/v1/workers/imports/${report.id}/commit`;
    const done = (await api(server.port, officer, 'POST', commitPath)).json as { created: number };
    const t2 = process.hrtime.bigint();
    const peakCommit = sampler.takePeak();
    const hwm = memoryOf(server.pid, 'VmHWM');
    run = { report, created: done.created, t0, t1, t2, peakUpload, peakCommit, hwm };
  } finally {
    sampler.stop();
    await server.stop();
  }
  const { report, created, t0, t1, t2, peakUpload, peakCommit, hwm } = run;
  const seconds = (a: bigint, b: bigint) => Number(b - a) / 1e9;
  const [upload, commit] = [seconds(t0, t1), seconds(t1, t2)];
  const round = (x: number) => Math.round(x * 100) / 100;
  const profile = profileDir
    ? summariseProfile(profileDir, [
        { name: 'upload', from: t0, to: t1 },
        { name: 'commit', from: t1, to: t2 },
      ])
    : undefined;
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  return {
    rows: rows.length,
    sheetMiB: round(sheet.length / 2 ** 20),
    rejectedRows: report.errorRows,
    created,
    garbledRows: await garbledRows(sheet, headers),
    uploadSeconds: round(upload),
    commitSeconds: round(commit),
    uploadRowsPerSecond: Math.round(rows.length / upload),
    commitRowsPerSecond: Math.round(rows.length / commit),
    rowsPerSecond: Math.round(rows.length / (upload + commit)),
    rssAfterStartMiB: rssAfterStart,
    peakRssUploadMiB: peakUpload,
    peakRssCommitMiB: peakCommit,
    peakRssMiB: hwm,
    copySeconds: round(copySeconds),
    copyRowsPerSecond: Math.round(rows.length / copySeconds),
    copyOverImport: Math.round(((upload + commit) / copySeconds) * 10) / 10,
    ...(profile ? { profile } : {}),
  };
}

/**
 * Takes the imported workers out again (100,000 new people would double a province's registry and
 * skew every later figure); their audit events stay, as the trail is append-only. Then vacuums,
 * as autovacuum soon would.
 */
export async function removeImportedWorkers(target: Target): Promise<number> {
  const driver = await openRawDriver(target);
  try {
    const removed = await driver.transaction(async (query) => {
      await query(`select set_config('shegong.scope', 'scope:', true)`);
      const imported = `select id from worker where birth_date < '${importedBornBefore}'`;
      await query(`delete from certificate where worker_id in (${imported})`);
      const rows = await query(
        `delete from worker where birth_date < '${importedBornBefore}' returning 1`,
      );
      // Their census marks too (the import's, and the certificate deletes'): left behind, the next
      // server would spend its first seconds on them, beside the next import's upload.
      await query(
        `delete from census_stale s where not exists (select 1 from worker w where w.id = s.worker_id)`,
      );
      for (const table of ['import_row', 'import_batch'])
        await query(
          `delete from ${table} where job_id in (select id from import_job where kind = 'workers')`,
        );
      return rows.length;
    });
    await driver.query('vacuum analyze worker, certificate, import_row, import_batch');
    return removed;
  } finally {
    await driver.close();
  }
}
