import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import ExcelJS from '../../platform/export/exceljs';
import { awardedProject } from '../../../test/purchase-world';
import { rowsOf, uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const now = new Date('2026-07-06T10:00:00+08:00');
const today = '2026-07-06';
let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let jigou: TestClient;
/** The credit codes of the awarded provider and of another organisation that did not win. */
let winner: string;
let other: { creditCode: string; name: string };

type Project = Awaited<ReturnType<typeof awardedProject>> & { code: string; providerName: string };
const awarded = async (): Promise<Project> => {
  const project = await awardedProject(
    { officer: nanming, colleague: nanming2, provider: jigou },
    { today },
  );
  return (await nanming.strict().get(`/api/v1/projects/${project.id}`)).json();
};

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  jigou = await t.signIn('jigou');
}, 120_000);
afterAll(() => t.close());

const header = [
  '区划代码',
  '项目编号',
  '合同编号',
  '承接机构统一社会信用代码',
  '合同金额（元）',
  '开始日期',
  '结束日期',
  '工时标准（小时/年）',
  '首付款金额（元）',
  '首付款付款日期',
  '中期款金额（元）',
  '中期款付款日期',
  '中期款报告期',
  '尾款金额（元）',
  '尾款付款日期',
];
/** 40 万 in three tranches: the advance, the interim after the Y1Q1 report, the final after the evaluation. */
const row = (project: { code: string }, code: string, overrides: Record<number, unknown> = {}) => {
  const cells: unknown[] = [
    '520102',
    project.code,
    code,
    winner,
    400000,
    '2026-04-01',
    '2027-03-31',
    1600,
    '120000.00',
    '2026-04-15',
    160000,
    '2026-10-15',
    'Y1Q1',
    120000,
    '2027-03-31',
  ];
  for (const [i, value] of Object.entries(overrides)) cells[Number(i)] = value;
  return cells;
};

async function upload(rows: unknown[][]) {
  const response = await nanming.request({
    method: 'POST',
    url: '/api/v1/contracts/imports',
    payload: uploadForm(await xlsxOf([header, ...rows], { textColumns: [1, 2, 3, 4, 13] })),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const commit = async (id: string) =>
  (await nanming.strict().post(`/api/v1/contracts/imports/${id}/commit`)).json();
const problemsOf = (report: { problems: { row: number; column: string; message: string }[] }) =>
  report.problems.map((p) => [p.row, p.column, p.message]);
const contractsOf = async (projectId: string) =>
  (await nanming.strict().get(`/api/v1/contracts?projectId=${projectId}`)).json().items as {
    id: string;
    code: string;
    status: string;
    version: number;
  }[];

describe('importing contracts from Excel (合同导入)', () => {
  beforeAll(async () => {
    const project = await awarded();
    const [provider, another] = await Promise.all([
      queryRows<{ credit_code: string }>(
        t.database.drizzle,
        sql`select credit_code from organisation where id = ${project.providerOrganisationId}`,
      ),
      queryRows<{ credit_code: string; name: string }>(
        t.database.drizzle,
        sql`select credit_code, name from organisation
            where id <> ${project.providerOrganisationId} order by credit_code limit 1`,
      ),
    ]);
    winner = provider[0]!.credit_code;
    other = { creditCode: another[0]!.credit_code, name: another[0]!.name };
  }, 120_000);

  it('offers a template that says indicators and workers are added in the drawer', async () => {
    const response = await nanming.get('/api/v1/contracts/import-template');
    expect(response.statusCode).toBe(200);
    const [headers] = await rowsOf(response.rawPayload);
    expect(headers).toEqual(
      expect.arrayContaining(['*合同编号', '*承接机构统一社会信用代码', '中期款报告期']),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const help: string[] = [];
    workbook.getWorksheet('填写说明')!.eachRow((r) => help.push(String(r.getCell(4).value ?? '')));
    expect(help.join('\n')).toContain('服务指标、项目人员与人员配备标准导入后在合同页');
  });

  it('drafts the contract of an awarded project through the service, audited with the job; the second import is unchanged', async () => {
    const project = await awarded();
    const rows = [row(project, 'IMP-HT-1')];
    const report = await upload(rows);
    expect(problemsOf(report)).toEqual([]);
    expect(await commit(report.id)).toMatchObject({ created: 1, unchanged: 0 });
    const [contract] = await contractsOf(project.id);
    const detail = (await nanming.strict().get(`/api/v1/contracts/${contract!.id}`)).json();
    expect(detail).toMatchObject({
      code: 'IMP-HT-1',
      status: 'draft',
      amountFen: 40_000_000,
      providerOrganisationId: project.providerOrganisationId,
      workHoursPerYear: 1600,
      indicators: [],
      workers: [],
    });
    expect(
      detail.tranches.map((x: Record<string, unknown>) => [
        x.kind,
        x.amountFen,
        x.gate,
        x.gatePeriodKey,
        x.gateRound,
      ]),
    ).toEqual([
      ['advance', 12_000_000, 'none', null, null],
      ['interim', 16_000_000, 'report', 'Y1Q1', null],
      ['final', 12_000_000, 'evaluation', null, 'final'],
    ]);
    const audited = await queryRows<{ detail_code: string }>(
      t.database.drizzle,
      sql`select detail_code from audit_event
          where entity_type = 'contract' and entity_id = ${contract!.id} and action = 'create'`,
    );
    expect(audited).toEqual([{ detail_code: 'import_row' }]);

    const again = await upload(rows);
    expect(problemsOf(again)).toEqual([]);
    expect(await commit(again.id)).toMatchObject({ created: 0, unchanged: 1 });
    expect(await contractsOf(project.id)).toHaveLength(1);

    // Signing waits for the indicators the drawer adds.
    const signing = await nanming.post(`/api/v1/contracts/${contract!.id}/sign`, {
      version: contract!.version,
      signedOn: today,
    });
    expect(signing.statusCode).toBe(400);
    expect(signing.json().error.details).toEqual([
      { path: 'body.indicators', message: '签订前须约定至少一项服务指标' },
    ]);
  });

  it('refuses each bad row on its column and drafts nothing before the commit', async () => {
    const [a, b, c, d] = [await awarded(), await awarded(), await awarded(), await awarded()];
    const draft = (
      await nanming.strict().post('/api/v1/projects', {
        regionCode: '520102',
        year: 2026,
        code: 'IMP-DRAFT-1',
        title: '尚未招标的项目',
        type: 'project',
        serviceFields: ['social_welfare'],
        budgetFen: 10_000_000,
        termStart: '2026-04-01',
        termEnd: '2027-03-31',
      })
    ).json();
    const report = await upload([
      row(a, 'IMP-HT-B1', { 3: other.creditCode }),
      row(b, 'IMP-HT-B2', { 13: 100000 }),
      row(c, 'IMP-HT-B3', { 0: '520103' }),
      row(draft, 'IMP-HT-B4'),
      row(c, 'IMP-HT-B5', { 4: 600000, 12: null, 14: '2027-05-01' }),
      row(d, 'IMP-HT-B6', { 8: null }),
    ]);
    expect(problemsOf(report)).toEqual([
      [
        2,
        '承接机构统一社会信用代码',
        `${other.name}不是本项目的中标机构（中标机构：${a.providerName}）`,
      ],
      [3, '尾款金额（元）', '各笔付款合计（380000.00 元）须等于合同金额（400000.00 元）'],
      [4, '区划代码', '不在您的管辖范围内'],
      [5, '项目编号', '只有已中标的项目可以起草合同'],
      [6, '合同金额（元）', '合同金额不能超过项目预算（500000.00 元）'],
      [6, '中期款报告期', '须选择合同期内的一个报告期'],
      [6, '尾款付款日期', '付款日期须在合同期限（2026-04-01 至 2027-03-31）之内'],
      [6, '尾款金额（元）', '各笔付款合计（400000.00 元）须等于合同金额（600000.00 元）'],
      [7, '首付款金额（元）', '必填'],
    ]);
    expect(report).toMatchObject({ totalRows: 6, validRows: 0 });
    for (const project of [a, b, c, d]) expect(await contractsOf(project.id)).toEqual([]);
  });
});
