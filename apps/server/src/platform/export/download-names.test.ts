import ExcelJS from './exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdFor } from '../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

/** The file name a Content-Disposition header gives, as a browser reads it (RFC 5987 first). */
function fileNameOf(header: string | number | string[] | undefined): string {
  const extended = /filename\*=UTF-8''([^;]+)/.exec(String(header));
  return extended ? decodeURIComponent(extended[1]!) : '';
}

const english = { 'accept-language': 'en-US' };

async function sheetsOf(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

describe('downloads', () => {
  it('name templates, problem sheets and exports in the reader’s language, with an ASCII fallback', async () => {
    const template = await nanming.get('/api/v1/workers/import-template');
    const disposition = String(template.headers['content-disposition']);
    expect(fileNameOf(disposition)).toBe('社工人才-导入模板.xlsx');
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=/);
    const inEnglish = await nanming.request({
      method: 'GET',
      url: '/api/v1/workers/import-template',
      headers: english,
    });
    expect(fileNameOf(inEnglish.headers['content-disposition'])).toBe(
      'Workers-import-template.xlsx',
    );

    const exported = await nanming.get('/api/v1/workers/export');
    expect(fileNameOf(exported.headers['content-disposition'])).toMatch(
      /^社工人才-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const organisations = await nanming.get('/api/v1/organisations/export');
    expect(fileNameOf(organisations.headers['content-disposition'])).toMatch(
      /^社会组织-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const coverage = await nanming.get('/api/v1/coverage/export?region=520102');
    expect(fileNameOf(coverage.headers['content-disposition'])).toBe('阵地覆盖-南明区.xlsx');
  });

  it('lists the region codes of the reader’s scope in the template', async () => {
    const template = await nanming.get('/api/v1/workers/import-template');
    const codes = (await sheetsOf(template.rawPayload)).find((s) => s.name === '区划代码');
    expect(codes?.rows[0]).toEqual(['区划代码', '名称', '完整名称']);
    expect(codes?.rows[1]).toEqual(['520102', '南明区', '贵州省 / 贵阳市 / 南明区']);
    const listed = codes!.rows.slice(1).map((row) => String(row[0]));
    expect(listed.every((code) => code.startsWith('520102'))).toBe(true);
    expect(listed).toContain('520102016');
  });

  it('repeats each problem row’s name and masked ID beside the reason', async () => {
    const idNumber = residentIdFor(931, '19900101');
    const file = await xlsxOf(
      [
        ['姓名', '身份证号', '学历', '区划代码'],
        ['钱多多', idNumber, '博士后', '520102'],
      ],
      { textColumns: [2, 4] },
    );
    const report = (
      await nanming.request({
        method: 'POST',
        url: '/api/v1/workers/imports',
        payload: uploadForm(file),
      })
    ).json();
    expect(report.errorRows).toBe(1);
    const problems = await nanming.get(`/api/v1/workers/imports/${report.id}/problems`);
    expect(fileNameOf(problems.headers['content-disposition'])).toBe(
      `导入问题-社工人才-${report.id.slice(0, 8)}.xlsx`,
    );
    const [sheet] = await sheetsOf(problems.rawPayload);
    expect(sheet!.rows[0]).toEqual(['行号', '姓名', '身份证号', '列', '类型', '原因']);
    expect(sheet!.rows[1]!.slice(0, 5)).toEqual([
      2,
      '钱多多',
      `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      '学历',
      '错误',
    ]);
  });
});
