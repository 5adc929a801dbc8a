import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { pickRegion, settled } from './support/form';
import { openAs as openAsUser } from './support/open-as';

let browser: Browser;
// Unique per run, so that the test can run again against a long-lived server.
const username = `e2e${Date.now().toString(36)}`;
const realName = '测试社工';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page as a user, through the login page it redirects to. */
function openAs(user: string, path: string): Promise<Page> {
  return openAsUser(browser, inject('baseUrl'), user, path);
}

/** The accounts list filtered to the test's account, and its row. */
async function findAccountRow(page: Page) {
  await page.getByPlaceholder('账号、姓名或手机号').fill(username);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  const row = page.locator('.ant-table-row', { hasText: username });
  await row.waitFor();
  return row;
}

test('a system administrator creates an account in the accounts page', async () => {
  const page = await openAs('admin', '/admin/accounts');
  await page.getByRole('button', { name: '新建账号' }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('账号', { exact: true }).fill(username);
  await drawer.getByLabel('姓名', { exact: true }).fill(realName);

  // The scope, found with the region picker's search box.
  await pickRegion(page, drawer, '管辖范围', '南明区', '贵州省 / 贵阳市 / 南明区');
  await drawer.getByText('贵阳市 / 南明区').waitFor();

  await drawer.getByLabel('初始密码', { exact: true }).fill('Welcome@2026x');
  await drawer.getByLabel('确认新密码', { exact: true }).fill('Welcome@2026x');
  await drawer.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText(`账号 ${username} 已创建`).waitFor();

  const row = await findAccountRow(page);
  await row.getByText(realName).waitFor();
  await row.getByText('贵州省 / 贵阳市 / 南明区').waitFor();
  await page.context().close();
});

test('a security administrator assigns the new account a role', async () => {
  const page = await openAs('security', '/admin/accounts');
  const row = await findAccountRow(page);
  await row.getByRole('button', { name: '分配角色' }).click();

  const modal = page.getByRole('dialog');
  await modal.getByLabel('角色', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: '民政工作人员（县级）' }).click();
  await modal.getByText('分配角色与管辖范围').click(); // closes the option list
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('角色与管辖范围已更新').waitFor();

  await row.getByText('民政工作人员（县级）').waitFor();
  await page.context().close();
});

test('a security administrator makes the account the administrator of one organisation', async () => {
  const page = await openAs('security', '/admin/accounts');
  const row = await findAccountRow(page);
  await row.getByRole('button', { name: '分配角色' }).click();
  const modal = await settled(page.getByRole('dialog'));

  // The county role gives way to 机构管理员, which asks for the organisation it manages.
  await modal.locator('.ant-select-selection-item-remove').first().click();
  await modal.getByLabel('角色', { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: /^机构管理员$/ }).click();
  await modal.getByText('分配角色与管辖范围').click(); // closes the option list
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await modal.getByText('请选择机构管理员所管理的机构').waitFor();

  const field = modal.getByLabel('所管理的机构', { exact: true });
  await field.fill('社');
  const option = page
    .locator(`.ant-select-dropdown:has([id="${await field.getAttribute('id')}_list"])`)
    .locator('.ant-select-item-option')
    .first();
  const chosen = (await option.textContent())!.replace(/（.*$/, '');
  await option.click();
  await modal.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('角色与管辖范围已更新').waitFor();
  await row.getByText('机构管理员').waitFor();

  await row.getByRole('link', { name: username }).click();
  await page.getByText(chosen, { exact: true }).waitFor();
  await page.context().close();
});

test('an audit administrator finds the creation in the audit log', async () => {
  const page = await openAs('auditor', '/admin/audit');
  const created = page.locator('.ant-table-row', { hasText: '新增' }).filter({ hasText: '账号' });
  await created.first().waitFor();
  await created
    .first()
    .getByRole('button', { name: /展开行|Expand row/ })
    .click();
  await page.locator('.ant-table-expanded-row', { hasText: username }).waitFor();
  await page.context().close();
});

test('a county officer sees no account administration and is refused it', async () => {
  const page = await openAs('nanming', '/');
  const menu = page.locator('.ant-layout-sider');
  await menu.getByText('首页').waitFor();
  await expect(menu.getByText('账号管理').count()).resolves.toBe(0);

  await page.goto('/admin/accounts');
  await page.getByText('您没有访问此页面的权限').waitFor();
  await page.getByText('403', { exact: true }).waitFor();
  await page.context().close();
});
