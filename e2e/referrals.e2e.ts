import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
// Unique per run, so that the test can run again against a long-lived server.
const run = String(Date.now()).slice(-4);
const name = `李阿公${run}`;
const summary = `独居老人，近三个月情绪低落、睡眠差（${run}），已做初步支持，需精神卫生专业评估。`;
const result = `已完成精神卫生评估（${run}），建议社区持续陪伴、每月回访一次。`;
let browser: Browser;

/** Writes through the API as the signed-in user (the session's CSRF token in the header). */
async function post<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.post(path, {
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a station social worker refers a consenting client to the specialist, who accepts and reports back; the sender sees the result', async () => {
  // The specialist organisation zhuanke works for, as the account administrator sees it.
  const security = await openAs(browser, inject('baseUrl'), 'security', '/');
  const accounts = await (await security.request.get('/api/v1/accounts?q=zhuanke')).json();
  const specialist = accounts.items.find((a: { username: string }) => a.username === 'zhuanke') as {
    organisationId: string;
    organisationName: string;
  };
  expect(specialist.organisationId).toBeTruthy();
  await security.close();

  const sender = await openAs(browser, inject('baseUrl'), 'shegong', '/clients');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const client = await post<{ id: string }>(sender, '/api/v1/clients', {
    name,
    sex: 'male',
    birthDate: '1950-02-03',
    regionCode: '520102016001',
    riskLevel: 'medium',
    consent: { givenBy: 'self', givenOn: today },
    duplicatesChecked: true,
  });
  await post(sender, `/api/v1/clients/${client.id}/consents`, {
    kind: 'sharing',
    sharedWithOrganisationId: specialist.organisationId,
    givenBy: 'self',
    givenOn: today,
  });

  let referralPath = '';
  await withFailureShot(sender, 'referrals-send', async () => {
    await sender.goto(`/clients/${client.id}`);
    await sender.getByRole('heading', { name }).waitFor();
    const section = sender.locator('.ant-card', { hasText: '转介记录' });
    await section.getByText('还没有转介').waitFor();
    await section.getByRole('button', { name: /转\s*介/ }).click();
    const drawer = await settled(sender.getByRole('dialog'));
    // The organisations the client agreed to share with are offered first.
    await drawer.getByText(specialist.organisationName, { exact: true }).click();
    await drawer.getByLabel('转介原因').fill('情绪低落，需要专业心理评估');
    await drawer.getByLabel('共享摘要').fill(summary);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await sender.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    referralPath = new URL(sender.url()).pathname;
    await sender.getByRole('heading', { name }).waitFor();
    await sender.locator('.ant-tag', { hasText: '待接收' }).first().waitFor();
    await sender.locator('.ant-table-row', { hasText: '答复转介' }).waitFor();
  });

  const receiver = await openAs(browser, inject('baseUrl'), 'zhuanke', '/referrals');
  await withFailureShot(receiver, 'referrals-answer', async () => {
    await receiver.getByRole('heading', { name: '转介' }).waitFor();
    const row = receiver.locator('.ant-table-row', { hasText: '李*' }).first();
    await row.waitFor();
    await expect(receiver.locator('.ant-table').innerText()).resolves.not.toContain(name);
    await receiver.goto(referralPath);
    // Before accepting: what the referral shares, the client's name masked.
    await receiver.getByText('接收转介后可见服务对象姓名').waitFor();
    await receiver.getByText(summary).waitFor();
    await expect(receiver.locator('body').innerText()).resolves.not.toContain(name);
    await mkdir(artifacts, { recursive: true });
    await receiver.screenshot({
      path: `${artifacts}referrals-before-accepting.png`,
      fullPage: true,
    });

    await receiver.getByRole('button', { name: /^接\s*收$/ }).click();
    const accept = await settled(receiver.getByRole('dialog'));
    await accept.getByLabel('接收说明（可填安排）').fill('已安排心理咨询师本周家访');
    await accept.getByRole('button', { name: /^接\s*收$/ }).click();
    await receiver.getByRole('heading', { name }).waitFor();
    await receiver.locator('.ant-table-row', { hasText: '反馈转介结果' }).waitFor();

    await receiver.getByRole('button', { name: '反馈结果' }).click();
    const report = await settled(receiver.getByRole('dialog'));
    await report.getByLabel('服务结果').fill(result);
    await report.getByRole('button', { name: '反馈结果' }).click();
    await receiver.locator('.ant-tag', { hasText: '已完成' }).first().waitFor();
  });

  await withFailureShot(sender, 'referrals-result', async () => {
    await sender.goto('/referrals?box=outbox');
    const row = sender.locator('.ant-table-row', { hasText: name }).first();
    await row.locator('.ant-tag', { hasText: '已完成' }).waitFor();
    await row.getByRole('link', { name }).click();
    await sender.getByText(result).waitFor();
    await sender.getByText('反馈结果（办结）').waitFor();
    await sender.screenshot({ path: `${artifacts}referrals-result-back.png`, fullPage: true });
  });
});
