import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseFirstOption, chooseOption, settled } from './support/form';
import { openAs } from './support/open-as';

// Unique per run, so that the test can run again against a long-lived server.
const run = String(Date.now()).slice(-6);
const title = `新华路街道长者关爱招标项目${run}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

type Project = { id: string; version: number };

test('an officer publishes a tender, jigou bids with its team, jigou2 is shown ineligible by the list rule, the officer scores and awards jigou: the project shows 已中标', async () => {
  const base = inject('baseUrl');
  const nanming = await openAs(browser, base, 'nanming', '/projects');
  const nanming2 = await openAs(browser, base, 'nanming2', '/projects');
  // The project set up through the API (the projects test drives that in the browser).
  let project = await post<Project>(nanming, '/api/v1/projects', {
    regionCode: '520102',
    year: 2026,
    code: `TENDER-${run}`,
    title,
    type: 'project',
    serviceFields: ['social_welfare'],
    budgetFen: 30_000_000,
    termStart: '2027-01-01',
    termEnd: '2027-12-31',
  });
  project = await post<Project>(nanming, `/api/v1/projects/${project.id}/review`, {
    version: project.version,
  });
  project = await post<Project>(nanming, `/api/v1/projects/${project.id}/reviews`, {
    version: project.version,
    reviewedOn: day(0),
    reviewers: [{ name: '王教授', affiliation: '贵州大学' }],
    opinion: '需求清楚，预算合理。',
    result: 'passed',
  });
  await post(nanming2, `/api/v1/projects/${project.id}/approve`, { version: project.version });
  const projectUrl = new URL(`/projects/${project.id}`, base).toString();

  await withFailureShot(nanming, 'tender-publish', async () => {
    await nanming.goto(projectUrl);
    await nanming.getByRole('tab', { name: '招标' }).click();
    await nanming.getByRole('button', { name: '发布招标' }).click();
    const modal = await settled(nanming.getByRole('dialog'));
    await modal.getByLabel('开始接受投标日期', { exact: true }).fill(day(0));
    await modal.getByLabel('投标截止日期', { exact: true }).fill(day(14));
    // The demo organisation's registry facts are what they are: the region and the lists are
    // asked for, and jigou2's organisation, on the abnormal-activity list, fails the second.
    await chooseOption(nanming, modal, '评估等级', '不要求');
    await chooseOption(nanming, modal, '年度检查', '不要求');
    for (const remove of await modal.locator('.ant-select-selection-item-remove').all())
      await remove.click();
    expect(await modal.getByRole('checkbox', { name: /未列入/ }).isChecked()).toBe(true);
    await modal.getByRole('button', { name: '发布招标' }).click();
    await nanming.getByText('招标已发布').waitFor();
    await nanming.getByText('招标中').first().waitFor();
  });

  const jigou = await openAs(browser, base, 'jigou', '/bids');
  const placeBid = async (bidder: Page, price: string) => {
    const row = bidder.getByRole('row', { name: new RegExp(title) }).first();
    await row.getByRole('button', { name: /^投\s*标$/ }).click();
    const modal = await settled(bidder.getByRole('dialog'));
    await modal.getByLabel('投标报价（元）', { exact: true }).fill(price);
    await chooseFirstOption(
      bidder,
      modal,
      '服务团队（本机构在职社工）',
      modal.locator('.ant-modal-title'),
    );
    await modal
      .getByLabel('服务方案', { exact: true })
      .fill('以站点为依托，开展长者入户探访、健康小组与社区互助网络建设。');
    await modal.getByRole('button', { name: /^投\s*标$/ }).click();
    await bidder.getByText('投标已提交').waitFor();
    await bidder
      .getByRole('row', { name: new RegExp(title) })
      .getByText('已投标')
      .waitFor();
  };
  await withFailureShot(jigou, 'tender-bid', () => placeBid(jigou, '288000'));

  // The organisation on the abnormal-activity list may bid; its verdict says why it cannot win.
  const jigou2 = await openAs(browser, base, 'jigou2', '/bids');
  await withFailureShot(jigou2, 'tender-bid-listed', async () => {
    await placeBid(jigou2, '260000');
    const own = jigou2.getByRole('row', { name: new RegExp(title) }).last();
    await own.getByText('不符合资格').waitFor();
    await own
      .getByText(/活动异常名录/)
      .first()
      .waitFor();
  });

  // Before the deadline the bidder withdraws (the bid stays as 已撤回) and bids again.
  await withFailureShot(jigou, 'tender-withdraw', async () => {
    await jigou.getByRole('button', { name: '撤回投标' }).click();
    const modal = await settled(jigou.getByRole('dialog'));
    await modal.getByLabel('撤回理由', { exact: true }).fill('服务方案需要调整');
    await modal.getByRole('button', { name: '撤回投标' }).click();
    await jigou.getByText('投标已撤回').waitFor();
    // The closing dialog still holds the reason typed: the page's line is read once it has gone.
    await modal.waitFor({ state: 'hidden' });
    await jigou.locator('#root').getByText('服务方案需要调整').waitFor();
    await jigou.getByText('已撤回').first().waitFor();
    await placeBid(jigou, '288000');
  });

  await withFailureShot(nanming, 'tender-award', async () => {
    await nanming.goto(projectUrl);
    await nanming.getByRole('tab', { name: '招标' }).click();
    await nanming.getByText('符合资格', { exact: true }).first().waitFor();
    // The listed bidder's row shows the rule it fails, with the entry the registry holds.
    const listedRow = nanming.getByRole('row').filter({ hasText: '不符合资格' });
    await listedRow
      .getByText(/活动异常名录/)
      .first()
      .waitFor();
    expect(await listedRow.getByRole('button', { name: '确定中标' }).count()).toBe(0);
    await nanming.getByRole('button', { name: '组建评审小组' }).click();
    let modal = await settled(nanming.getByRole('dialog'));
    await modal.getByLabel('评审专家', { exact: true }).fill('王教授，贵州大学');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('评审小组已组建').waitFor();
    await nanming.getByRole('button', { name: '录入评分：王教授' }).click();
    modal = await settled(nanming.getByRole('dialog'));
    const inputs = modal.locator('input.ant-input-number-input');
    const points = ['52', '27', '9'];
    for (const [i, value] of points.entries()) await inputs.nth(i).fill(value);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('评分已录入').waitFor();
    await nanming.getByText('88').first().waitFor();
    await nanming.getByRole('button', { name: '确定中标' }).first().click();
    modal = await settled(nanming.getByRole('dialog'));
    await modal.getByRole('button', { name: '确定中标' }).click();
    await nanming.getByText('已确定中标并公示').waitFor();
    await nanming.getByText('已中标').first().waitFor();
  });

  const detail = await (await nanming.request.get(`/api/v1/projects/${project.id}`)).json();
  expect(detail.state).toBe('awarded');

  // The winner sees its own scores once the result is out.
  await withFailureShot(jigou, 'tender-result', async () => {
    await jigou.reload();
    // Its withdrawn bid stays in the list as 已撤回; the standing one won.
    await jigou.getByText('已撤回').first().waitFor();
    const row = jigou
      .getByRole('row', { name: new RegExp(title) })
      .filter({ hasText: '本机构得分' });
    await row.getByText('中标', { exact: true }).waitFor();
    await row.getByText(/本机构得分 88/).waitFor();
  });
  await withFailureShot(jigou2, 'tender-result-listed', async () => {
    await jigou2.reload();
    await jigou2
      .getByRole('row', { name: new RegExp(title) })
      .last()
      .getByText('未中标')
      .waitFor();
  });
}, 120_000);

test('a provider that failed this year’s evaluation is shown barred in the demo tender, with the decision', async () => {
  const nanming = await openAs(browser, inject('baseUrl'), 'nanming', '/projects');
  const projects = await (await nanming.request.get('/api/v1/projects?q=NM-2026-DEMO-T1')).json();
  const demo = projects.items.find((p: { code: string }) => p.code === 'NM-2026-DEMO-T1');
  await withFailureShot(nanming, 'tender-barred', async () => {
    await nanming.goto(new URL(`/projects/${demo.id}`, inject('baseUrl')).toString());
    await nanming.getByRole('tab', { name: '招标' }).click();
    const barred = nanming.getByRole('row').filter({ hasText: '2026-06-20 评估不合格' });
    await barred.getByText('不符合资格').waitFor();
    await barred.getByText(/2027-12-31 前不得参与投标（南民评〔2026〕7号）/).waitFor();
  });
});
