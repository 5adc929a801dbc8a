import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
// Unique per run, so that the test can run again against a long-lived server.
const run = String(Date.now()).slice(-4);
const name = `王阿婆${run}`;
const notes = `家访：案主与儿子关系缓和，愿意参加社区老年活动（${run}）`;
const reason = `核查群众来信反映的服务情况（${run}）`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The modal or drawer open now, once it has slid in. */
const dialog = (page: Page) => settled(page.getByRole('dialog').filter({ visible: true }).last());

async function save(scope: Locator) {
  await scope.getByRole('button', { name: /保\s*存/ }).click();
  await scope.waitFor({ state: 'hidden' });
}

/** 进入<stage>, confirmed; the steps then show it current. */
async function advance(page: Page, stage: string) {
  await page.getByRole('button', { name: `进入${stage}` }).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await page.getByText(`已进入${stage}阶段`).waitFor();
}

// The whole story of a case, many pages long: more than the default minute on a busy machine.
test('a social worker takes a client through the stages to a closure the supervisor approves; a county officer sees counts, the notes only with a reason', async () => {
  const worker = await openAs(browser, inject('baseUrl'), 'shegong', '/');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const client = await post<{ id: string }>(worker, '/api/v1/clients', {
    name,
    sex: 'female',
    birthDate: '1948-04-05',
    regionCode: '520102016001',
    riskLevel: 'medium',
    populationGroups: ['elderly'],
    consent: { givenBy: 'self', givenOn: today },
    duplicatesChecked: true,
  });

  let casePath = '';
  await withFailureShot(worker, 'casework-stages', async () => {
    // The social worker lands on the home page with the desk on it.
    await worker.getByText('我的个案').waitFor();
    await worker.goto('/casework');
    await worker.getByRole('heading', { name: '个案工作台' }).waitFor();
    // 开案 from the client's file.
    await worker.goto(`/clients/${client.id}`);
    await worker.getByRole('heading', { name }).waitFor();
    const cases = worker.locator('.ant-card', { hasText: '该服务对象暂无个案' });
    await cases.getByRole('button', { name: /开\s*案/ }).click();
    const opening = await dialog(worker);
    await opening.getByText(name).waitFor();
    await chooseOption(worker, opening, '站点', '新华路街道社会工作服务站');
    await chooseOption(worker, opening, '督导', '周敏（督导）');
    await save(opening);
    await worker.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(worker.url()).pathname;
    await worker.getByRole('heading', { name: `${name}的个案` }).waitFor();

    // 接案
    await worker.getByRole('button', { name: '填写接案记录' }).click();
    const intake = await dialog(worker);
    await chooseOption(worker, intake, '来源', '村（居）委会推荐');
    await intake.getByLabel('主诉问题').fill('独居，与儿子关系紧张，情绪低落');
    await save(intake);
    await advance(worker, '预估');

    // A stage cannot be skipped: 计划 needs an assessment first.
    await worker.getByRole('button', { name: '进入计划' }).click();
    await worker
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await worker.getByText('进入计划前须至少完成一次预估').waitFor();

    // 预估 on the general needs form: every domain scored with a reason.
    await worker.getByRole('button', { name: '记录预估' }).click();
    const assessing = await dialog(worker);
    await chooseOption(worker, assessing, '预估表', '综合需求预估（8 项）');
    const domains = assessing.locator('[data-domain]');
    await expect.poll(() => domains.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const domain = domains.nth(i);
      await domain.getByText(i < 3 ? '2 较困难' : '3 一般').click();
      await domain.getByPlaceholder('评分理由').fill(`第${i + 1}项的观察`);
    }
    await save(assessing);
    await advance(worker, '计划');

    // 计划: a goal and its task.
    await worker.getByRole('button', { name: '增加服务目标' }).click();
    const goal = await dialog(worker);
    await goal.getByLabel('目标').fill('改善母子关系');
    await goal.getByPlaceholder('任务').fill('每周家访一次');
    await goal.getByPlaceholder('完成期限').click();
    await goal.getByPlaceholder('完成期限').fill(today);
    await goal.getByPlaceholder('完成期限').press('Enter');
    await save(goal);
    await worker.getByText('每周家访一次').waitFor();
    await advance(worker, '介入');

    // 介入: a contact.
    await worker.getByRole('button', { name: '记录服务' }).click();
    const contact = await dialog(worker);
    await contact.getByLabel('时长（分钟）').fill('45');
    await contact.getByLabel('服务内容').fill(notes);
    await save(contact);
    await worker.getByText(notes).waitFor();
    await advance(worker, '评估');

    // 评估 of every goal, then 申请结案.
    await worker.getByRole('button', { name: '记录评估' }).click();
    const evaluating = await dialog(worker);
    await evaluating.getByText('已达成').click();
    await evaluating.getByLabel('评估小结').fill('母子关系明显改善，案主情绪稳定');
    await save(evaluating);
    await worker.getByRole('button', { name: '申请结案' }).click();
    const closing = await dialog(worker);
    await chooseOption(worker, closing, '结案原因', '服务目标达成');
    await closing.getByLabel('结案小结').fill('服务目标均已达成，案主同意结案');
    await save(closing);
    await worker.getByText('结案申请待督导审批，期间不能记录。').waitFor();
    await mkdir(artifacts, { recursive: true });
    await worker.goto('/casework');
    await worker.getByRole('heading', { name: '个案工作台' }).waitFor();
    await worker.screenshot({ path: `${artifacts}casework-desk.png`, fullPage: true });
  });

  const supervisor = await openAs(browser, inject('baseUrl'), 'dudao', '/case-approvals');
  await withFailureShot(supervisor, 'casework-approval', async () => {
    await supervisor.getByRole('link', { name }).click();
    await supervisor.waitForURL((url) => url.pathname === casePath);
    await supervisor.getByRole('button', { name: '批准结案' }).click();
    const approving = await dialog(supervisor);
    await approving.getByLabel('审批意见（选填）').fill('同意结案');
    await approving.getByRole('button', { name: '批准结案' }).click();
    await supervisor.locator('.ant-tag', { hasText: '已结案' }).first().waitFor();
    await supervisor.getByRole('tab', { name: '时间线' }).click();
    await supervisor.getByText('督导批准结案').waitFor();
    await mkdir(artifacts, { recursive: true });
    await supervisor.screenshot({ path: `${artifacts}casework-closed.png`, fullPage: true });
  });

  const caseId = casePath.split('/').at(-1)!;
  const officer = await openAs(browser, inject('baseUrl'), 'nanming', '/case-statistics');
  await withFailureShot(officer, 'casework-officer', async () => {
    await officer.getByRole('heading', { name: '个案统计' }).waitFor();
    await officer.getByText('个案总数').waitFor();
    const row = officer.locator('.ant-table-row', { hasText: caseId.slice(-8).toUpperCase() });
    await row.waitFor();
    // Counts and de-identified rows: no name, no notes.
    const body = await officer.locator('body').innerText();
    expect(body).not.toContain(name);
    expect(body).not.toContain(notes);
    await mkdir(artifacts, { recursive: true });
    await officer.screenshot({ path: `${artifacts}casework-statistics.png`, fullPage: true });
    await row.getByRole('link', { name: '说明理由调阅' }).click();
    await officer.getByLabel('调阅理由').fill(reason);
    await officer.getByRole('button', { name: '说明理由并调阅' }).click();
    await officer.getByText('您已说明理由调阅本个案档案').waitFor();
    await officer.getByRole('tab', { name: '介入' }).click();
    await officer.getByText(notes).waitFor();
    await officer.screenshot({
      path: `${artifacts}casework-opened-with-reason.png`,
      fullPage: true,
    });
  });

  await withFailureShot(worker, 'casework-openings', async () => {
    await worker.goto(casePath);
    await worker.getByRole('tab', { name: '调阅记录' }).click();
    await worker.locator('.ant-table-row', { hasText: reason }).getByText('南明民政').waitFor();
  });
}, 120_000);
