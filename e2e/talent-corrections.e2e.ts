import { residentIdCheckChar } from '@shegong/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { settled } from './support/form';
import { openAs } from './support/open-as';

// Unique per run, so that the test can run again against a long-lived server.
const run = Date.now();
const first17 = `52010219880808${String(100 + (run % 900))}`;
const idNumber = first17 + residentIdCheckChar(first17);
const name = `更正测试${String(run).slice(-4)}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

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

test('a county officer corrects a certificate, deletes a mistyped score with a reason, and finds the registration by ID number', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/workers');
  await withFailureShot(page, 'talent-corrections', async () => {
    const worker = await post<{ id: string }>(page, '/api/v1/workers', {
      idNumber,
      name,
      educationLevel: 'bachelor',
      regionCode: '520102016',
    });
    await post(page, `/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'social_worker',
      subject: 'law_and_policy',
      year: 2024,
      score: 48,
    });
    const certificate = await post<{ id: string }>(
      page,
      `/api/v1/workers/${worker.id}/certificates`,
      { level: 'assistant_social_worker', certifiedOn: '2020-06-30', managementNumber: 'A-1' },
    );
    await post(page, `/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
      appliedOn: '2021-01-10',
    });

    await page.goto(`/workers/${worker.id}?tab=certificates`);
    const certificateRow = page.locator('.ant-table-row', { hasText: 'A-1' });
    await certificateRow.getByRole('button', { name: /更\s*正/ }).click();
    const editing = await settled(page.getByRole('dialog'));
    await editing.getByLabel('管理号', { exact: true }).fill('ZJ2020-0001');
    await editing.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已更正').waitFor();
    await page.locator('.ant-table-row', { hasText: 'ZJ2020-0001' }).waitFor();

    // A certificate a registration depends on stays, with the reason why.
    await page
      .locator('.ant-table-row', { hasText: 'ZJ2020-0001' })
      .getByRole('button', { name: /删\s*除/ })
      .click();
    const refusing = await settled(page.getByRole('dialog'));
    await refusing.getByLabel('删除原因', { exact: true }).fill('误录');
    await refusing.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('该证书已有 1 条登记记录，不能删除').waitFor();
    await refusing.getByRole('button', { name: /取\s*消/ }).click();
    await refusing.waitFor({ state: 'hidden' });

    const scoreRow = page
      .locator('.ant-card-small', { hasText: '社会工作师' })
      .locator('.ant-table-row');
    await scoreRow.getByRole('button', { name: /删\s*除/ }).click();
    const deleting = await settled(page.getByRole('dialog'));
    await deleting.getByLabel('删除原因', { exact: true }).fill('录入到了其他社工名下');
    await deleting.getByRole('button', { name: /删\s*除/ }).click();
    await page.getByText('已删除').waitFor();
    await page.getByText('尚无考试成绩').waitFor();

    // The registrations list finds the application by the whole ID number and names the region.
    await page.goto('/registrations?view=all');
    const search = page.getByRole('searchbox', { name: '姓名或完整身份证号' });
    await search.fill(idNumber);
    await search.press('Enter');
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.getByText('贵州省 / 贵阳市 / 南明区 / 新华路街道').waitFor();
    await expect(page.locator('.ant-table-row').count()).resolves.toBe(1);
  });
});
