import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { signIn, signOut } from './support/sign-in';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('an administrator signs in, reads the home page in Chinese, then in English, and signs out', async () => {
  const { context, page } = await openApp(browser, inject('baseUrl'));

  // Not signed in: the app sends us to the login page, in Chinese.
  await page.waitForURL(/\/login/);
  await page.getByText('社工管理平台').first().waitFor();
  await page.getByRole('button', { name: /登\s*录/ }).waitFor();

  await signIn(page, 'admin');
  await page.getByRole('heading', { name: '欢迎，系统管理员（演示）' }).waitFor();
  await page.getByText('可用功能').waitFor();
  await page.locator('.ant-layout-sider').getByText('账号管理').waitFor();
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}home-zh.png`, fullPage: true });

  await page.getByText('English', { exact: true }).click();
  await page.getByRole('heading', { name: 'Welcome, 系统管理员（演示）' }).waitFor();
  await page.getByText('What you can do').waitFor();
  await page.locator('.ant-layout-sider').getByText('Accounts').waitFor();

  await page.screenshot({ path: `${artifacts}home.png`, fullPage: true });

  // Signing out lands on the login page, still in the chosen language.
  await signOut(page, /系统管理员（演示）/);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');

  await context.close();
});
