import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, fillDate, openDialog } from './support/form';
import { openAs } from './support/open-as';

// Unique per run, so that the test can run again against a long-lived server.
const run = String(Date.now()).slice(-6);
const title = `南明区社工站运营合同项目${run}`;
const contractCode = `NM-HT-${run}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

type Project = { id: string; version: number };
type Staff = { workerId: string; name: string }[];

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** A PUT through the API as the signed-in user (support/api has the POST). */
async function put<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = await get<{ csrfToken: string }>(page, '/api/v1/auth/session');
  const response = await page.request.put(path, {
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * A project of 南明区 driven through review, set-up (by a second officer), an open tender, jigou's
 * bid with its staff, the panel's scores and the award: 已中标, as apps/server/test/purchase-world
 * does it. Its term runs from July 2026, so the first quarter (Y1Q1) has ended.
 */
async function awardedProject(nanming: Page, nanming2: Page, jigou: Page): Promise<Project> {
  let project = await post<Project>(nanming, '/api/v1/projects', {
    regionCode: '520102',
    year: 2026,
    code: `HT-E2E-${run}`,
    title,
    type: 'station_operation',
    needs: '辖区独居老人 320 人，缺少日常探访。',
    area: { regionCodes: ['520102'], stationIds: [] },
    serviceFields: ['social_welfare'],
    populationGroups: ['elderly'],
    budgetFen: 50_000_000,
    termStart: '2026-07-01',
    termEnd: '2027-06-30',
  });
  project = await post<Project>(nanming, `/api/v1/projects/${project.id}/review`, {
    version: project.version,
  });
  project = await post<Project>(nanming, `/api/v1/projects/${project.id}/reviews`, {
    version: project.version,
    reviewedOn: today,
    reviewers: [{ name: '王教授', affiliation: '贵州大学' }],
    opinion: '需求清楚，预算合理。',
    result: 'passed',
  });
  project = await post<Project>(nanming2, `/api/v1/projects/${project.id}/approve`, {
    version: project.version,
  });
  let tender = await post<{ id: string; version: number; panel: { id: string }[] }>(
    nanming,
    '/api/v1/tenders',
    {
      projectId: project.id,
      projectVersion: project.version,
      notice: '欢迎符合条件的社会工作服务机构投标。',
      opensOn: today,
      deadline: today,
      rules: {
        minimumRating: null,
        minimumInspection: null,
        excludeListed: false,
        serviceFields: [],
        fieldsMatch: 'any',
        regionRequired: false,
      },
    },
  );
  const staff = (await get<{ items: Staff }>(jigou, '/api/v1/bidder-staff')).items;
  const bid = await post<{ id: string }>(jigou, `/api/v1/tenders/${tender.id}/bids`, {
    priceFen: 48_000_000,
    team: staff.slice(0, 2).map((s) => s.workerId),
    plan: '以站点为依托，开展入户探访、小组活动与社区营造，配备持证社工。',
  });
  tender = await put(nanming, `/api/v1/tenders/${tender.id}/panel`, {
    version: tender.version,
    members: [{ name: '王教授', unit: '贵州大学' }],
  });
  tender = await put(nanming, `/api/v1/tenders/${tender.id}/scores`, {
    version: tender.version,
    memberId: tender.panel[0]!.id,
    scores: [
      { bidId: bid.id, criterion: 'technical', points: 50 },
      { bidId: bid.id, criterion: 'price', points: 25 },
      { bidId: bid.id, criterion: 'credit', points: 8 },
    ],
  });
  await post(nanming, `/api/v1/tenders/${tender.id}/award`, {
    version: tender.version,
    bidId: bid.id,
  });
  return project;
}
let base = '';
let nanming: Page;
let nanming2: Page;
let jigou: Page;
let project: Project;
let lead: Staff[number];
let worker: Staff[number];
const projectUrl = (tab: string) => new URL(`/projects/${project.id}?tab=${tab}`, base).toString();

// The three users signed in, and the project awarded to jigou's organisation through the API.
beforeAll(async () => {
  base = inject('baseUrl');
  nanming = await openAs(browser, base, 'nanming', '/projects');
  nanming2 = await openAs(browser, base, 'nanming2', '/projects');
  jigou = await openAs(browser, base, 'jigou', '/bids');
  project = await awardedProject(nanming, nanming2, jigou);
  expect((await get<{ state: string }>(nanming, `/api/v1/projects/${project.id}`)).state).toBe(
    'awarded',
  );
  const staff = (
    await get<{ items: Staff }>(nanming, `/api/v1/contracts/provider-staff?projectId=${project.id}`)
  ).items;
  expect(staff.length).toBeGreaterThanOrEqual(2);
  [lead, worker] = staff as [Staff[number], Staff[number]];
});

test('a county officer drafts the contract of an awarded project: indicators, named staff, tranches', async () => {
  await withFailureShot(nanming, 'contract-draft', async () => {
    await nanming.goto(projectUrl('contract'));
    const drawer = await openDialog(nanming, nanming.getByRole('button', { name: '起草合同' }));
    await drawer.getByLabel('合同编号', { exact: true }).fill(contractCode);
    await drawer.getByLabel('合同金额（元）', { exact: true }).fill('480000');
    await drawer.getByLabel('工时标准（小时/年）', { exact: true }).fill('1600');
    await drawer.getByLabel('配备人数（不少于）', { exact: true }).fill('2');
    await drawer.getByLabel('其中持证社工（不少于）', { exact: true }).fill('0');

    const first = drawer.getByRole('group', { name: '指标 1' });
    await chooseOption(nanming, first, '统计口径', '个案（开案数）');
    await first.getByLabel('指标名称', { exact: true }).fill('个案服务');
    await first.getByLabel('约定量', { exact: true }).fill('40');
    await drawer.getByRole('button', { name: '添加指标' }).click();
    const second = drawer.getByRole('group', { name: '指标 2' });
    await chooseOption(nanming, second, '统计口径', '其他（手工填报）');
    await second.getByLabel('指标名称', { exact: true }).fill('志愿者培训');
    await second.getByLabel('约定量', { exact: true }).fill('4');
    await second.getByLabel('单位', { exact: true }).fill('场');

    // Two of the provider's staff, part-time (so that the test may run again on the same server).
    await chooseOption(nanming, drawer, '列入合同的人员', lead.name);
    await chooseOption(nanming, drawer, '列入合同的人员', worker.name);
    await drawer.locator('.ant-drawer-title').click();
    await drawer.getByLabel(`${lead.name} 岗位`, { exact: true }).fill('项目主管');
    await drawer.getByLabel(`${worker.name} 岗位`, { exact: true }).fill('一线社工');
    await drawer.getByRole('switch', { name: `${lead.name} 专职` }).click();
    await drawer.getByRole('switch', { name: `${worker.name} 专职` }).click();

    await fillTranche(nanming, drawer, 1, { dueOn: '2026-07-15', amount: '144000' });
    await drawer.getByRole('button', { name: '添加付款节点' }).click();
    await fillTranche(nanming, drawer, 2, {
      dueOn: '2026-10-15',
      amount: '192000',
      gate: '阶段报告通过审核',
      period: 'Y1Q1',
    });
    await drawer.getByRole('button', { name: '添加付款节点' }).click();
    await fillTranche(nanming, drawer, 3, {
      kind: '尾款',
      dueOn: '2027-06-30',
      amount: '144000',
      gate: '评估结果已出',
      round: '终期评估',
    });
    await drawer.getByText('各笔付款合计 480,000.00 元').waitFor();
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('合同草稿已保存').waitFor();
    await nanming.getByText(contractCode).waitFor();
    await nanming.getByText('草拟中', { exact: true }).waitFor();
    await nanming.getByRole('cell', { name: '志愿者培训' }).waitFor();
    await nanming.getByRole('cell', { name: '项目主管' }).waitFor();
  });
});

test('the officer signs it (version 1) and starts the service', async () => {
  await withFailureShot(nanming, 'contract-sign-start', async () => {
    let modal = await openDialog(nanming, nanming.getByRole('button', { name: '签订合同' }));
    await modal.getByRole('button', { name: '签订合同' }).click();
    await nanming.getByText('合同已签订', { exact: true }).waitFor();
    await versionRow(nanming, '第 1 版').getByText('签订', { exact: true }).waitFor();
    modal = await openDialog(nanming, nanming.getByRole('button', { name: '开始服务' }));
    await modal.getByRole('button', { name: '开始服务' }).click();
    await nanming.getByText('已开始服务').waitFor();
    await nanming.getByText('服务中').first().waitFor();
  });
});

test('the officer asks for the advance, which he may not approve himself; the interim tranche waits for the Q1 report', async () => {
  await withFailureShot(nanming, 'contract-request', async () => {
    await nanming.getByRole('tab', { name: '付款' }).click();
    const advance = trancheRow(nanming, '首付款');
    const modal = await openDialog(nanming, advance.getByRole('button', { name: '申请付款' }));
    await modal.getByRole('button', { name: '申请付款' }).click();
    await nanming.getByText('付款已申请，待另一名工作人员审批').waitFor();
    await advance.getByText('待审批').waitFor();
    await modal.waitFor({ state: 'hidden' });
    // Four eyes: the officer who asked has nothing to approve (the server refuses it too).
    await advance.getByText('待另一名工作人员审批').waitFor();
    expect(await advance.getByRole('button', { name: /^审\s*批$/ }).count()).toBe(0);
    // The interim tranche waits for the Q1 report.
    await trancheRow(nanming, '中期款').getByText('未满足').waitFor();
    expect(
      await trancheRow(nanming, '中期款').getByRole('button', { name: '申请付款' }).isDisabled(),
    ).toBe(true);
  });
});

test('a colleague approves the advance and records it paid', async () => {
  await withFailureShot(nanming2, 'contract-approve-pay', async () => {
    await nanming2.goto(projectUrl('payments'));
    const advance = trancheRow(nanming2, '首付款');
    let modal = await openDialog(nanming2, advance.getByRole('button', { name: /^审\s*批$/ }));
    await modal.getByRole('button', { name: /^审\s*批$/ }).click();
    await nanming2.getByText('付款已审批').waitFor();
    modal = await openDialog(nanming2, advance.getByRole('button', { name: '登记支付' }));
    await modal.getByLabel('凭证号', { exact: true }).fill(`PZ-${run}`);
    await modal.getByRole('button', { name: '登记支付' }).click();
    await nanming2.getByText('已登记支付').waitFor();
    await advance.getByText('已支付').waitFor();
    await advance.getByText(`凭证 PZ-${run}`, { exact: false }).waitFor();
  });
});

test('the officer amends the contract: the paid advance stays as it was, the final tranche grows (version 2)', async () => {
  await withFailureShot(nanming, 'contract-amend', async () => {
    await nanming.goto(projectUrl('contract'));
    const drawer = await openDialog(nanming, nanming.getByRole('button', { name: '合同变更' }));
    await drawer.getByLabel('变更理由', { exact: true }).fill('服务范围扩大至两个社区，增加尾款。');
    const advance = drawer.getByRole('group', { name: '第 1 笔付款' });
    await advance.getByText('已申请或已支付，不能变更').waitFor();
    expect(await advance.getByLabel('金额（元）', { exact: true }).isDisabled()).toBe(true);
    await drawer.getByLabel('合同金额（元）', { exact: true }).fill('500000');
    await drawer
      .getByRole('group', { name: '第 3 笔付款' })
      .getByLabel('金额（元）', { exact: true })
      .fill('164000');
    await drawer.getByText('各笔付款合计 500,000.00 元').waitFor();
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('合同已变更').waitFor();
    await versionRow(nanming, '第 2 版').getByText('服务范围扩大至两个社区，增加尾款。').waitFor();
    await nanming.getByText('500,000.00').first().waitFor();
  });
});

test("the provider's administrator sees only its own contracts, the project read-only, and submits the Y1Q1 report", async () => {
  await withFailureShot(jigou, 'contract-provider-report', async () => {
    // jigou's list holds its own organisation's contracts only.
    const mine = await get<{ items: { code: string; providerName: string }[]; total: number }>(
      jigou,
      '/api/v1/contracts?pageSize=200',
    );
    const providerName = mine.items.find((c) => c.code === contractCode)?.providerName ?? '';
    expect(providerName).not.toBe('');
    expect(mine.items.every((c) => c.providerName === providerName)).toBe(true);
    await jigou.goto(new URL('/own-contracts', base).toString());
    await jigou.getByRole('row', { name: new RegExp(contractCode) }).waitFor();
    expect(await jigou.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(mine.total);

    await jigou.getByRole('link', { name: title }).click();
    await jigou.waitForURL(/\/projects\/[0-9a-f-]{36}/);
    await jigou.getByText(contractCode).waitFor();
    // Read-only for the provider: no change of the contract, no payment.
    expect(await jigou.getByRole('button', { name: '合同变更' }).count()).toBe(0);
    await jigou.getByRole('tab', { name: '付款' }).click();
    await trancheRow(jigou, '首付款').getByText('已支付').waitFor();
    expect(await jigou.getByRole('button', { name: '申请付款' }).count()).toBe(0);

    await jigou.getByRole('tab', { name: '阶段报告' }).click();
    const modal = await openDialog(
      jigou,
      jigou.getByRole('row', { name: /Y1Q1/ }).getByRole('button', { name: /^填\s*报$/ }),
    );
    await modal.getByText('个案服务（约定 40 个 / 每年）').waitFor();
    await modal.getByLabel(/^志愿者培训/).fill('1');
    await modal.getByLabel('人员经费（元）', { exact: true }).fill('20000');
    await modal.getByLabel('服务活动经费（元）', { exact: true }).fill('15000');
    await modal.getByLabel('行政管理费（元）', { exact: true }).fill('5000');
    await modal.getByText('人员经费占比 50%').waitFor();
    await modal
      .getByLabel('工作总结', { exact: true })
      .fill('本季度开展入户探访与志愿者培训，建立独居老人探访台账。');
    await modal.getByRole('button', { name: '提交报告' }).click();
    await jigou.getByText('阶段报告已提交').waitFor();
    const row = jigou.getByRole('row', { name: /Y1Q1/ });
    await row.getByText('待审核').waitFor();
    await row.getByText('低于规定比例').waitFor();
  });
});

test('the officer accepts the report: the interim tranche may now be requested', async () => {
  await withFailureShot(nanming, 'contract-accept', async () => {
    await nanming.goto(projectUrl('reports'));
    const row = nanming.getByRole('row', { name: /Y1Q1/ });
    const modal = await openDialog(nanming, row.getByRole('button', { name: /^通\s*过$/ }));
    await modal.getByText('本季度开展入户探访与志愿者培训，建立独居老人探访台账。').waitFor();
    await modal.getByRole('button', { name: /^通\s*过$/ }).click();
    await nanming.getByText('阶段报告已通过').waitFor();
    await row.getByText('已通过').waitFor();

    await nanming.getByRole('tab', { name: '付款' }).click();
    const interim = trancheRow(nanming, '中期款');
    await interim.getByText('已满足').waitFor();
    const request = interim.getByRole('button', { name: '申请付款' });
    await request.waitFor();
    expect(await request.isEnabled()).toBe(true);
  });
});

/** A row of the contract's versions. */
const versionRow = (page: Page, version: string) =>
  page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: version });

/** The row of the tranche board of one kind (each kind stands once in this contract). */
const trancheRow = (page: Page, kind: string) =>
  page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: kind });

async function fillTranche(
  page: Page,
  drawer: Locator,
  n: number,
  fields: {
    kind?: string;
    dueOn: string;
    amount: string;
    gate?: string;
    period?: string;
    round?: string;
  },
) {
  const group = drawer.getByRole('group', { name: `第 ${n} 笔付款` });
  if (fields.kind) await chooseOption(page, group, '类型', fields.kind);
  await fillDate(group, '到期日', fields.dueOn);
  await group.getByLabel('金额（元）', { exact: true }).fill(fields.amount);
  if (fields.gate) await chooseOption(page, group, '付款条件', fields.gate);
  if (fields.period) await chooseOption(page, group, '报告期', fields.period);
  if (fields.round) await chooseOption(page, group, '评估轮次', fields.round);
}
