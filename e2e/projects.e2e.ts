import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, fillDate, settled } from './support/form';
import { openAs } from './support/open-as';

// Unique per run, so that the test can run again against a long-lived server.
const run = String(Date.now()).slice(-6);
const sourceName = `福彩公益金（社工服务）测试${run}`;
const title = `新华路街道困境儿童关爱项目${run}`;
const code = `E2E-${run}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The POST of a move as the signed-in user, answering its status (the drafter's approval). */
async function tryPost(page: Page, path: string, body: unknown): Promise<number> {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.post(path, {
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  return response.status();
}

test('a county officer records a source and drafts a project; a second officer of the county approves its set-up, the drafter could not', async () => {
  const nanming = await openAs(browser, inject('baseUrl'), 'nanming', '/funds');

  await withFailureShot(nanming, 'fund-source', async () => {
    await nanming.getByRole('button', { name: '登记资金来源' }).click();
    const drawer = await settled(nanming.getByRole('dialog'));
    await chooseOption(nanming, drawer, '资金类别', '福彩公益金');
    await drawer.getByLabel('资金名称', { exact: true }).fill(sourceName);
    await drawer.getByLabel('金额（元）', { exact: true }).fill('500000');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('资金来源已登记').waitFor();
    await nanming
      .getByRole('cell', { name: new RegExp(sourceName) })
      .first()
      .waitFor();
  });

  let projectUrl = '';
  await withFailureShot(nanming, 'project-draft', async () => {
    await nanming.goto(new URL('/projects', inject('baseUrl')).toString());
    await nanming.getByRole('button', { name: '新建项目' }).click();
    const drawer = await settled(nanming.getByRole('dialog'));
    await drawer.getByLabel('项目名称', { exact: true }).fill(title);
    await drawer.getByLabel('项目编号', { exact: true }).fill(code);
    await chooseOption(nanming, drawer, '购买方式', '项目购买');
    await chooseOption(nanming, drawer, '服务领域', '社会福利');
    await drawer
      .getByLabel('需求调研', { exact: true })
      .fill('辖区困境儿童 85 人，缺少课后照护与心理支持。');
    await drawer.getByLabel('项目预算（元）', { exact: true }).fill('300000');
    await fillDate(drawer, '开始日期', '2026-04-01');
    await fillDate(drawer, '结束日期', '2027-03-31');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = nanming.url();
    await nanming.getByText('项目草稿已创建').waitFor();
  });

  await withFailureShot(nanming, 'project-review', async () => {
    await nanming.getByRole('button', { name: '提交论证' }).click();
    let modal = await settled(nanming.getByRole('dialog'));
    await modal.getByRole('button', { name: '提交论证' }).click();
    await nanming.getByRole('button', { name: '记录论证结论' }).waitFor();
    await nanming.getByRole('button', { name: '记录论证结论' }).click();
    modal = await settled(nanming.getByRole('dialog'));
    await modal.getByPlaceholder('姓名').fill('王教授');
    await modal.getByPlaceholder('单位').fill('贵州大学');
    await modal.getByLabel('论证意见', { exact: true }).fill('需求清楚，预算合理，同意立项。');
    await modal.getByRole('radio', { name: '通过', exact: true }).check();
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('论证结论已记录').waitFor();
    // The drafter is told another officer must approve, and is offered no approval.
    await nanming.getByText('立项须由编制人以外的另一名工作人员审批。').waitFor();
    expect(await nanming.getByRole('button', { name: '批准立项' }).count()).toBe(0);
  });

  // Nor does the API let the drafter approve.
  const id = projectUrl.split('/').at(-1)!;
  const detail = await (await nanming.request.get(`/api/v1/projects/${id}`)).json();
  expect(
    await tryPost(nanming, `/api/v1/projects/${id}/approve`, { version: detail.version }),
  ).toBe(409);

  const nanming2 = await openAs(browser, inject('baseUrl'), 'nanming2', '/projects');
  await withFailureShot(nanming2, 'project-approve', async () => {
    await nanming2.goto(projectUrl);
    await nanming2.getByRole('button', { name: '批准立项' }).click();
    const modal = await settled(nanming2.getByRole('dialog'));
    await modal.getByRole('button', { name: '批准立项' }).click();
    await nanming2.getByText('项目状态已更新').waitFor();
    await nanming2.getByRole('tab', { name: '项目进程' }).click();
    await nanming2.getByText('南明民政（复核）').first().waitFor();
    await nanming2.getByText(/批准立项 → 已立项/).waitFor();
  });

  // The drafter allocates the source to the project set up.
  await withFailureShot(nanming, 'fund-allocation', async () => {
    await nanming.goto(new URL('/funds', inject('baseUrl')).toString());
    const row = nanming.getByRole('row', { name: new RegExp(sourceName) });
    await row.getByRole('button', { name: '安排到项目' }).click();
    const modal = await settled(nanming.getByRole('dialog'));
    await chooseOption(nanming, modal, '项目', title, {
      search: code,
      closer: modal.locator('.ant-modal-title'),
    });
    await modal.getByLabel('安排金额（元）', { exact: true }).fill('300000');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await nanming.getByText('资金已安排').waitFor();
    await nanming.goto(projectUrl);
    await nanming.getByRole('tab', { name: '资金安排' }).click();
    await nanming.getByText(sourceName).waitFor();
  });
});
