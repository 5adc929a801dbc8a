import type { Page } from 'playwright-core';

export const demoPassword = 'Shegong@2026';

/** Signs in through the login form (the page must show it) and waits for the app shell. */
export async function signIn(page: Page, username: string, password = demoPassword) {
  await page.getByLabel('账号', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.locator('.ant-layout-sider').waitFor();
}

/** Signs out with the user menu and waits for the login page. */
export async function signOut(page: Page, userMenuName: RegExp) {
  await page.getByRole('button', { name: userMenuName }).click();
  await page.getByRole('menuitem', { name: /退出登录|Sign out/ }).click();
  await page.waitForURL(/\/login/);
}
