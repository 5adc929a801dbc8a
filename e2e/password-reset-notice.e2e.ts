import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject, test } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { openAs } from './support/open-as';

let browser: Browser;
// Unique per run, so that the test can run again against a long-lived server.
const username = `reset${Date.now().toString(36)}`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('after a reset, the holder is told who set the password before choosing their own', async () => {
  const admin = await openAs(browser, inject('baseUrl'), 'admin', '/admin/accounts');
  const { csrfToken } = await (await admin.request.get('/api/v1/auth/session')).json();
  const created = await admin.request.post('/api/v1/accounts', {
    headers: { 'x-csrf-token': csrfToken },
    data: { username, realName: '重置测试', regionCode: '520102', password: 'Initial@2026x' },
  });
  if (!created.ok()) throw new Error(`account not created: ${await created.text()}`);

  await admin.getByPlaceholder('账号、姓名或手机号').fill(username);
  await admin.getByRole('button', { name: /查\s*询/ }).click();
  const row = admin.locator('.ant-table-row', { hasText: username });
  await row.getByRole('button', { name: '重置密码' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('新密码', { exact: true }).fill('Temporary@2026x');
  await dialog.getByLabel('确认新密码', { exact: true }).fill('Temporary@2026x');
  await dialog.getByRole('button', { name: '重置密码' }).click();
  await admin.getByText('密码已重置').waitFor();
  await admin.context().close();

  const { page } = await openApp(browser, inject('baseUrl'), '/');
  await page.waitForURL(/\/login/);
  await page.getByLabel('账号', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Temporary@2026x');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(/\/change-password/);
  const notice = page.getByTestId('password-set-by');
  await notice
    .getByText(/您现在的密码由 系统管理员（演示）（admin）于 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d 设置/)
    .waitFor();

  await page.getByLabel('当前密码', { exact: true }).fill('Temporary@2026x');
  await page.getByLabel('新密码', { exact: true }).fill('Own@Choice2026x');
  await page.getByLabel('确认新密码', { exact: true }).fill('Own@Choice2026x');
  await page.getByRole('button', { name: /修改密码/ }).click();
  await page.locator('.ant-layout-sider').waitFor();
  await page.context().close();
});
