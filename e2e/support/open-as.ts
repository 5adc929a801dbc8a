import type { Browser, Page } from 'playwright-core';
import { openApp } from './browser';
import { signIn } from './sign-in';

/** Opens a page of the app as a user, through the login page it redirects to. */
export async function openAs(
  browser: Browser,
  baseUrl: string,
  user: string,
  path: string,
): Promise<Page> {
  const { page } = await openApp(browser, baseUrl, path);
  await page.waitForURL(/\/login/);
  await signIn(page, user);
  await page.waitForURL((url) => url.pathname === new URL(path, baseUrl).pathname);
  return page;
}
