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

const headers = ['身份证号', '姓名', '课程或活动名称', '类型', '学时', '日期'];
const sheet = (rows: unknown[][]) => xlsxOf([headers, ...rows], { textColumns: [1] });
const base = '/api/v1/continuing-education/credits';
const upload = async (file: Buffer) =>
  (
    await nanming.request({ method: 'POST', url: `${base}/imports`, payload: uploadForm(file) })
  ).json();
const commit = (id: string) => nanming.post(`${base}/imports/${id}/commit`);
const newWorker = async (n: number) =>
  (await nanming.post('/api/v1/workers', workerInput(n))).json();
const creditsOf = async (id: string) =>
  (await nanming.get(`/api/v1/workers/${id}`))
    .json()
    .credits.map(
      (c: { earnedOn: string; description: string; source: string; hours: number }) =>
        `${c.earnedOn} ${c.description} ${c.source} ${c.hours}`,
    );
const problemsOf = (report: { problems: { row: number; column: string; message: string }[] }) =>
  report.problems.map((p) => `${p.row} ${p.column}: ${p.message}`);

describe('importing continuing-education hours from Excel', () => {
  it('credits hours to workers in scope, refuses each bad row with its reason, and a second import adds nothing', async () => {
    const a = await newWorker(701);
    await yunyan.post('/api/v1/workers', workerInput(703, { regionCode: '520103' }));
    const idA = residentIdFor(701);
    const rows = [
      [idA, '测试社工701', '儿童保护专题培训', '培训课程', 12, '2026-05-20'],
      [idA, '', '个案督导', '督导', 1.5, '2026/6/1'],
      [idA, '', '儿童保护专题培训', '培训课程', 12, '2026-05-20'],
      [idA, '', '零学时', '其他', 0, '2026-05-21'],
      [idA, '', '超长', '其他', 600, '2026-05-22'],
      [idA, '', '小数', '其他', 1.25, '2026-05-23'],
      [idA, '', '未来', '其他', 2, '2026-12-01'],
      [residentIdFor(703), '', '越界', '其他', 2, '2026-05-24'],
      [idA, '', '讲座', '讲座', 2, '2026-05-25'],
      [idA, '', '', '其他', 2, '2026-05-26'],
      [Number(idA.slice(0, 17) + '1'), '', '数字', '其他', 2, '2026-05-27'],
    ];
    const report = await upload(await sheet(rows));
    expect(report).toMatchObject({ totalRows: 11, validRows: 2, errorRows: 9 });
    expect(problemsOf(report)).toEqual([
      '4 课程或活动名称: 与第 2 行重复',
      '5 学时: 学时须大于 0、不超过 500',
      '6 学时: 学时须大于 0、不超过 500',
      '7 学时: 学时最多保留一位小数',
      '8 日期: 日期不能晚于今天',
      '9 身份证号: 在您的管辖范围内未找到该身份证号的社工',
      '10 类型: “讲座”不是可选值',
      '11 课程或活动名称: 必填',
      '12 身份证号: 须为文本格式（数字格式会被 Excel 改写）',
    ]);

    expect((await commit(report.id)).json()).toMatchObject({ created: 2, unchanged: 0 });
    expect(await creditsOf(a.id)).toEqual([
      '2026-06-01 个案督导 supervision 1.5',
      '2026-05-20 儿童保护专题培训 course 12',
    ]);
    const trail = (await auditor.get('/api/v1/audit-events?entityType=credit_entry&limit=50'))
      .json()
      .items.filter(
        (e: { detail: { params: { jobId?: string } } | null }) =>
          e.detail?.params.jobId === report.id,
      );
    expect(trail).toHaveLength(2);

    const again = await upload(await sheet(rows.slice(0, 2)));
    expect(again).toMatchObject({ validRows: 2, errorRows: 0 });
    expect((await commit(again.id)).json()).toMatchObject({ created: 0, unchanged: 2 });
    expect(await creditsOf(a.id)).toHaveLength(2);

    const changed = await upload(
      await sheet([[idA, '', '儿童保护专题培训', '培训课程', 8, '2026-05-20']]),
    );
    expect(problemsOf(changed)).toEqual([
      '2 课程或活动名称: 已有同日期、同名称的学时记录（12 学时，培训课程）',
    ]);
  });

  it('writes nothing when a row no longer passes at commit', async () => {
    const b = await newWorker(705);
    const c = await newWorker(707);
    const report = await upload(
      await sheet([
        [residentIdFor(705), '', '社区治理研讨会', '学术会议', 6, '2026-03-02'],
        [residentIdFor(707), '', '社区治理研讨会', '学术会议', 6, '2026-03-02'],
      ]),
    );
    expect(report.validRows).toBe(2);
    await nanming.post(`/api/v1/workers/${c.id}/credits`, {
      source: 'conference',
      hours: 4,
      earnedOn: '2026-03-02',
      description: '社区治理研讨会',
    });
    const refused = await commit(report.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('本次导入未写入任何记录');
    expect(await creditsOf(b.id)).toEqual([]);
  });

  it('offers a template with the columns, a drop-down of types and instructions', async () => {
    const response = await nanming.get(`${base}/import-template`);
    expect(response.statusCode).toBe(200);
    const [header] = await rowsOf(response.rawPayload);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getCell('D2').dataValidation.type).toBe('list');
    expect(workbook.worksheets.map((s) => s.name)).toContain('填写说明');
    expect(header).toEqual(['*身份证号', '姓名', '*课程或活动名称', '*类型', '*学时', '*日期']);
  });
});
