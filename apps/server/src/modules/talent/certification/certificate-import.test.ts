import ExcelJS from '../../../platform/export/exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdFor, workerInput } from '../../../../test/fixtures';
import { rowsOf, uploadForm, xlsxOf } from '../../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

const headers = ['身份证号', '姓名', '证书等级', '发证日期', '证书管理号'];
const sheet = (rows: unknown[][]) => xlsxOf([headers, ...rows], { textColumns: [1, 5] });
const upload = async (file: Buffer) =>
  (
    await nanming.request({
      method: 'POST',
      url: '/api/v1/certificates/imports',
      payload: uploadForm(file),
    })
  ).json();
const commit = (id: string) => nanming.post(`/api/v1/certificates/imports/${id}/commit`);
const newWorker = async (n: number) =>
  (await nanming.post('/api/v1/workers', workerInput(n))).json();
const certificatesOf = async (id: string) =>
  (await nanming.get(`/api/v1/workers/${id}`))
    .json()
    .certificates.map((c: { level: string; certifiedOn: string }) => `${c.level}@${c.certifiedOn}`);
const toFullWidth = (s: string) =>
  s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const problemsOf = (report: { problems: { row: number; column: string; message: string }[] }) =>
  report.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);

describe('importing certificates from Excel', () => {
  it('adds the certificates of workers in scope, refuses each bad row with its reason, and a second import creates nothing', async () => {
    const a = await newWorker(601);
    const b = await newWorker(603);
    const c = await newWorker(605);
    await nanming.post(`/api/v1/workers/${c.id}/exam-scores`, {
      level: 'assistant_social_worker',
      subject: 'comprehensive_junior',
      year: 2025,
      score: 50,
    });
    const elsewhere = (
      await yunyan.post('/api/v1/workers', workerInput(607, { regionCode: '520103' }))
    ).json();
    expect(elsewhere).toMatchObject({ regionCode: '520103' });
    const [idA, idB, idC] = [residentIdFor(601), residentIdFor(603), residentIdFor(605)];
    const rows = [
      [idA, '测试社工601', '助理社会工作师', '2018-06-30', 'A-001'],
      [idA, '', '社会工作师', '2020-06-30', ''],
      [idA, '', '高级社会工作师', '2024-06-30', ''],
      [idB, '', '高级社会工作师', '2024-06-30', ''],
      [idA, '', '助理社会工作师', '2018-06-30', ''],
      [residentIdFor(607), '', '助理社会工作师', '2020-06-30', ''],
      [residentIdFor(609), '', '助理社会工作师', '2020-06-30', ''],
      [idB, '', '社会工作师', '2027-01-01', ''],
      [idB, '王五', '社会工作师', '2020-01-01', ''],
      [idC, '', '助理社会工作师', '2025-06-30', ''],
      [idB, '', '大师', '2020-01-01', ''],
      [Number(residentIdFor(603)), '', '社会工作师', '2020-01-01', ''],
      [idB.slice(0, 17) + (idB.endsWith('0') ? '1' : '0'), '', '社会工作师', '2020-01-01', ''],
      [idB, '', '社会工作员', '1990-01-01', ''],
      // Full-width digits, as typed with a Chinese input method, name the same worker.
      [toFullWidth(idB), '', '助理社会工作师', '2020-01-01', ''],
    ];
    const report = await upload(await sheet(rows));
    expect(report).toMatchObject({ totalRows: 15, validRows: 4, errorRows: 11 });
    expect(problemsOf(report)).toEqual([
      '5 证书等级: 取得高级社会工作师须先持有社会工作师证书',
      '6 证书等级: 与第 2 行重复',
      '7 身份证号: 在您的管辖范围内未找到该身份证号的社工',
      '8 身份证号: 在您的管辖范围内未找到该身份证号的社工',
      '9 发证日期: 发证日期不能晚于今天',
      '10 姓名: 与该身份证号登记的姓名不一致',
      '11 证书等级: 考试成绩未达到该级别的通过条件',
      '12 证书等级: “大师”不是可选值',
      '13 身份证号: 须为文本格式（数字格式会被 Excel 改写）',
      expect.stringMatching(/^14 身份证号: .*校验/),
      '15 发证日期: 发证日期早于出生日期',
    ]);

    expect((await commit(report.id)).json()).toMatchObject({
      status: 'committed',
      created: 4,
      unchanged: 0,
    });
    expect(await certificatesOf(a.id)).toEqual([
      'assistant_social_worker@2018-06-30',
      'social_worker@2020-06-30',
      'senior_social_worker@2024-06-30',
    ]);
    expect(await certificatesOf(b.id)).toEqual(['assistant_social_worker@2020-01-01']);
    const trail = (await auditor.get(`/api/v1/audit-events?entityType=certificate&limit=50`))
      .json()
      .items.filter(
        (e: { detail: { params: { jobId?: string } } | null }) =>
          e.detail?.params.jobId === report.id,
      );
    expect(trail).toHaveLength(4);

    const again = await upload(await sheet(rows.slice(0, 3)));
    expect(again).toMatchObject({ validRows: 3, errorRows: 0 });
    expect((await commit(again.id)).json()).toMatchObject({ created: 0, unchanged: 3 });
    expect(await certificatesOf(a.id)).toHaveLength(3);

    const redated = await upload(await sheet([[idA, '', '助理社会工作师', '2019-06-30', '']]));
    expect(problemsOf(redated)).toEqual(['2 证书等级: 已持有该级别证书（发证日期 2018-06-30）']);
  });

  it('writes nothing when a row no longer passes at commit', async () => {
    const d = await newWorker(611);
    const e = await newWorker(613);
    const report = await upload(
      await sheet([
        [residentIdFor(611), '', '助理社会工作师', '2021-06-30', ''],
        [residentIdFor(613), '', '助理社会工作师', '2021-06-30', ''],
      ]),
    );
    expect(report.validRows).toBe(2);
    await nanming.post(`/api/v1/workers/${e.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2022-01-10',
    });
    const refused = await commit(report.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('本次导入未写入任何记录');
    expect(await certificatesOf(d.id)).toEqual([]);
    expect((await nanming.get(`/api/v1/certificates/imports/${report.id}`)).json().status).toBe(
      'validated',
    );
  });

  it('offers a template with the columns, a drop-down of levels and instructions', async () => {
    const response = await nanming.get('/api/v1/certificates/import-template');
    expect(response.statusCode).toBe(200);
    const [header] = await rowsOf(response.rawPayload);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell('C2').dataValidation.type).toBe('list');
    expect(workbook.worksheets.map((s) => s.name)).toContain('填写说明');
    expect(header).toEqual(['*身份证号', '姓名', '*证书等级', '*发证日期', '证书管理号']);
  });
});
