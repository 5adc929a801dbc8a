import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { fillDate, settled } from './support/form';
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

/** Picks a year in the calendar card's year select. */
async function showYear(page: Page, year: number) {
  const card = page.locator('.ant-card', { hasText: '工作日历' }).last();
  await card.getByLabel('年度').click();
  await page.locator('.ant-select-item-option', { hasText: String(year) }).click();
  await card.locator('.ant-select', { hasText: String(year) }).waitFor();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({
    state: 'hidden',
  });
  return card;
}

test('the system administrator keeps the working calendar: the 2026 arrangement, a day added and removed', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'admin', '/admin/working-calendar');
  // A day left by an earlier run against the same server goes first.
  const { csrfToken } = await (await page.request.get('/api/v1/auth/session')).json();
  await page.request.delete('/api/v1/calendar-days/2028-01-08', {
    headers: { 'x-csrf-token': csrfToken },
  });

  await withFailureShot(page, 'working-calendar', async () => {
    await page.getByRole('heading', { name: '工作日历与时限' }).waitFor();
    await page.getByText('办理时限', { exact: true }).waitFor();

    let card = await showYear(page, 2026);
    await card.getByText('放假 33 天，调休上班 6 天').waitFor();
    const makeUp = card.locator('.ant-table-row', { hasText: '2026-02-14' });
    await expect(makeUp.innerText()).resolves.toMatch(/周六\s+调休上班\s+春节调休/);
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}working-calendar.png`, fullPage: true });

    card = await showYear(page, 2028);
    await card.getByText('2028 年尚未录入放假安排').waitFor();

    // A make-up working day on a Wednesday is refused on the field.
    await card.getByRole('button', { name: '添加安排' }).click();
    let dialog = await settled(page.getByRole('dialog'));
    await fillDate(dialog, '日期', '2028-01-05');
    await dialog.getByText('调休上班', { exact: true }).click();
    await dialog.getByLabel('名称').fill('调休');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('调休上班日只能是周六或周日（周一至周五本来就是工作日）').waitFor();

    // On the Saturday it is recorded.
    await fillDate(dialog, '日期', '2028-01-08');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('2028-01-08 已设为调休上班').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const row = card.locator('.ant-table-row', { hasText: '2028-01-08' });
    await expect(row.innerText()).resolves.toMatch(/周六\s+调休上班\s+调休/);

    // Renamed, then removed: the year is back to weekends only.
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    dialog = await settled(page.getByRole('dialog'));
    await dialog.getByLabel('名称').fill('元旦调休');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await card.locator('.ant-table-row', { hasText: '元旦调休' }).waitFor();

    await row.getByRole('button', { name: /撤\s*销/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /撤\s*销/ })
      .click();
    await page.getByText('已撤销 2028-01-08 的安排').waitFor();
    await card.getByText('2028 年尚未录入放假安排').waitFor();
  });
  await page.context().close();
});

test('a county officer has no such page', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/');
  const menu = page.locator('.ant-layout-sider');
  await menu.getByText('首页').waitFor();
  await expect(menu.getByText('工作日历与时限').count()).resolves.toBe(0);
  await page.goto('/admin/working-calendar');
  await page.getByText('403', { exact: true }).waitFor();
  await page.context().close();
});
