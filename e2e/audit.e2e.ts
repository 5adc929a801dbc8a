import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Signs in through the API and returns a caller that sends the session and its CSRF token. */
async function apiAs(username: string) {
  const baseUrl = inject('baseUrl');
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Shegong@2026' }),
  });
  if (!login.ok) throw new Error(`sign-in of ${username}: ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
}

const tableWidth = (page: Page) =>
  page
    .locator('.ant-table-content > table')
    .evaluate((table) => table.getBoundingClientRect().width);

test('an auditor reads who changed what: names, labelled fields and region names, and an expanded row keeps the table on screen', async () => {
  // A county officer corrects a worker: social work major, education, and the division moved up
  // to the county.
  const nanming = await apiAs('nanming');
  const [listed] = (await nanming('GET', '/workers?limit=1')).items as { id: string }[];
  const worker = await nanming('GET', `/workers/${listed!.id}`);
  await nanming('PATCH', `/workers/${worker.id}`, {
    version: worker.version,
    socialWorkMajor: !worker.socialWorkMajor,
    educationLevel: worker.educationLevel === 'master' ? 'bachelor' : 'master',
    regionCode: '520102',
  });

  const page = await openAs(browser, inject('baseUrl'), 'auditor', '/admin/audit');
  await withFailureShot(page, 'audit-log', async () => {
    const row = page
      .locator('.ant-table-row', { hasText: '修改' })
      .filter({ hasText: '社工' })
      .first();
    await row.waitFor();
    // The object is the worker's kind and masked name, not an id's tail.
    expect(await row.innerText()).toMatch(/社工 · \S\*+/);
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}audit-log.png`, fullPage: true });

    const collapsed = await tableWidth(page);
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = page.locator('.ant-table-expanded-row').first();
    await detail.getByText('社会工作专业').waitFor();
    await detail
      .getByText(/^(是|否)$/)
      .first()
      .waitFor();
    await detail.getByText('学历').waitFor();
    await detail
      .getByText(/^(硕士|本科)$/)
      .first()
      .waitFor();
    await detail.getByText('所属区划').waitFor();
    await detail.getByText('贵州省 / 贵阳市 / 南明区', { exact: true }).waitFor();

    // Expanding keeps the table as wide as before and every column on screen.
    const expanded = await tableWidth(page);
    expect(expanded).toBeLessThan(2 * 1366);
    expect(Math.abs(expanded - collapsed)).toBeLessThan(2);
    for (const name of ['操作人', '操作', '对象']) {
      const header = await page.getByRole('columnheader', { name, exact: true }).boundingBox();
      expect(header!.x + header!.width).toBeLessThan(1366);
    }
    await page.screenshot({ path: `${artifacts}audit-log-expanded.png`, fullPage: true });

    await row.locator('.ant-table-row-expand-icon').click();
    expect(Math.abs((await tableWidth(page)) - collapsed)).toBeLessThan(2);
  });
  await page.context().close();
});
