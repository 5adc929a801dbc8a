import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { rowsOf, uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const now = new Date('2026-07-06T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

const header = [
  '区划代码',
  '年度',
  '项目编号',
  '项目名称',
  '购买方式',
  '服务领域',
  '服务对象',
  '服务区域',
  '项目预算（元）',
  '开始日期',
  '结束日期',
  '需求调研',
];
const row = (code: string, overrides: Record<number, unknown> = {}) => {
  const cells: unknown[] = [
    '520102',
    2026,
    code,
    `导入项目${code}`,
    '社工站运营',
    '社会救助、社区建设',
    '老年人',
    '520102016',
    '500000.50',
    '2026-04-01',
    '2027-03-31',
    '辖区独居老人缺少探访。',
  ];
  for (const [i, value] of Object.entries(overrides)) cells[Number(i)] = value;
  return cells;
};

async function upload(rows: unknown[][]) {
  const response = await nanming.request({
    method: 'POST',
    url: '/api/v1/projects/imports',
    payload: uploadForm(await xlsxOf([header, ...rows], { textColumns: [1, 3, 8] })),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const commit = async (id: string) =>
  (await nanming.strict().post(`/api/v1/projects/imports/${id}/commit`)).json();
const problemsOf = (report: { problems: { row: number; column: string; message: string }[] }) =>
  report.problems.map((p) => [p.row, p.column, p.message]);
const projectsCoded = async (prefix: string) =>
  queryRows<{ code: string; budget_fen: number; state: string }>(
    t.database.drizzle,
    sql`select code, budget_fen::int as budget_fen, state from project
        where code like ${`${prefix}%`} order by code`,
  );

describe('importing projects from Excel (项目导入)', () => {
  it('offers a template naming its columns and what is left to the project page', async () => {
    const response = await nanming.get('/api/v1/projects/import-template');
    expect(response.statusCode).toBe(200);
    const [headers] = await rowsOf(response.rawPayload);
    expect(headers).toEqual(expect.arrayContaining(['*区划代码', '*项目编号', '*项目预算（元）']));
  });

  it('makes each row a draft through the form’s write, audited with the job, and adds nothing the second time', async () => {
    const rows = [row('IMP-A1'), row('IMP-A2', { 8: 120000 })];
    const report = await upload(rows);
    expect(problemsOf(report)).toEqual([]);
    expect(report).toMatchObject({ totalRows: 2, validRows: 2 });
    expect(await commit(report.id)).toMatchObject({ created: 2, unchanged: 0 });
    expect(await projectsCoded('IMP-A')).toEqual([
      { code: 'IMP-A1', budget_fen: 50_000_050, state: 'draft' },
      { code: 'IMP-A2', budget_fen: 12_000_000, state: 'draft' },
    ]);
    const [project] = (await nanming.strict().get('/api/v1/projects?q=IMP-A1')).json().items;
    const detail = (await nanming.strict().get(`/api/v1/projects/${project.id}`)).json();
    expect(detail).toMatchObject({
      serviceFields: ['social_assistance', 'community_building'],
      area: { regionCodes: ['520102016'], stationIds: [] },
      moves: [{ from: null, to: 'draft' }],
    });
    const audited = await queryRows<{ detail_code: string; detail_params: { jobId: string } }>(
      t.database.drizzle,
      sql`select detail_code, detail_params from audit_event
          where entity_type = 'project' and entity_id = ${project.id} and action = 'create'`,
    );
    expect(audited).toEqual([
      { detail_code: 'import_row', detail_params: expect.objectContaining({ jobId: report.id }) },
    ]);

    const again = await upload(rows);
    expect(problemsOf(again)).toEqual([]);
    expect(await commit(again.id)).toMatchObject({ created: 0, unchanged: 2 });
    expect(await projectsCoded('IMP-A')).toHaveLength(2);

    const changed = await upload([row('IMP-A1', { 8: '1.00' })]);
    expect(problemsOf(changed)).toEqual([
      [2, '项目编号', '项目「IMP-A1」已存在（草稿），与本行不同；请在项目页修改草稿'],
    ]);
  });

  it('reports every bad row on its column and writes nothing before the commit', async () => {
    const report = await upload([
      row('IMP-B1', { 8: -5 }),
      row('IMP-B2', { 8: '12.345' }),
      row('IMP-B3', { 0: '520103', 7: null }),
      row('IMP-B4', { 10: '2026-01-01' }),
      row('IMP-B5', { 7: '520103001' }),
      row('IMP-B6'),
      row('IMP-B6'),
    ]);
    expect(problemsOf(report)).toEqual([
      [2, '项目预算（元）', '金额以元为单位，不能为负数，最多保留两位小数'],
      [3, '项目预算（元）', '金额以元为单位，不能为负数，最多保留两位小数'],
      [4, '区划代码', '不在您的管辖范围内'],
      [5, '结束日期', '服务期限的结束日期不能早于开始日期'],
      [6, '服务区域', '服务区域须是购买方辖区内的行政区划：520103001'],
      [8, '项目编号', '与第 7 行重复'],
    ]);
    expect(report).toMatchObject({ totalRows: 7, validRows: 1 });
    expect(await projectsCoded('IMP-B')).toEqual([]);
  });
});
