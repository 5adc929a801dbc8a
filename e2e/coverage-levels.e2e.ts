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

const measures = (page: Page) => page.getByRole('radiogroup', { name: '着色指标' });
const chosenMeasure = (page: Page) =>
  measures(page).locator('.ant-segmented-item-selected').innerText();
const tileValues = (page: Page) =>
  page
    .locator('g[data-region] text:nth-of-type(2)')
    .evaluateAll((texts) => texts.map((text) => text.textContent));

test('a township officer meets the tile map on a measure that applies there, and is told why the other does not', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'xinhua', '/coverage');
  await withFailureShot(page, 'coverage-township', async () => {
    await page.getByRole('group', { name: /村（社区）社工达标率分布图/ }).waitFor();
    expect(await chosenMeasure(page)).toBe('村（社区）社工达标率');
    await page.getByText('乡镇覆盖率不适用：下辖没有乡镇（街道）').waitFor();
    const values = await tileValues(page);
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((value) => /^\d+(\.\d)?%$/.test(value ?? ''))).toBe(true);
    await mkdir(artifacts, { recursive: true });
    await page.mouse.move(0, 0); // no tile's tooltip over the map in the kept picture
    await page
      .getByRole('tooltip')
      .waitFor({ state: 'hidden' })
      .catch(() => undefined);
    await page.screenshot({ path: `${artifacts}coverage-township.png`, fullPage: true });
  });
  await page.context().close();
});

test('the measure chosen is kept while drilling where it applies, and falls back where it does not', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/coverage');
  await withFailureShot(page, 'coverage-drill', async () => {
    await page.getByRole('group', { name: /乡镇覆盖率分布图/ }).waitFor();
    expect(await chosenMeasure(page)).toBe('乡镇覆盖率');

    // 低于标准站点 applies at every level: it stays chosen in the township.
    await measures(page).getByText('低于标准站点').click();
    await page.locator('g[data-region="520102016"]').click();
    await page.getByRole('group', { name: /低于标准站点分布图/ }).waitFor();
    expect(await chosenMeasure(page)).toBe('低于标准站点');

    // Back in the county, township coverage chosen; in the township it gives way to villages.
    await page.goBack();
    await measures(page).getByText('乡镇覆盖率').click();
    await page.getByRole('group', { name: /乡镇覆盖率分布图/ }).waitFor();
    await page.locator('g[data-region="520102016"]').click();
    await page.getByRole('group', { name: /村（社区）社工达标率分布图/ }).waitFor();
    expect(await tileValues(page)).not.toContain('—');
  });
  await page.context().close();
});
