import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { residentIdCheckChar } from '@shegong/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { pickRegion, settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
// Unique per run, so that the test can run again against a long-lived server.
const run = Date.now();
const first17 = `52010219580312${String(101 + 2 * (run % 400))}`;
const idNumber = first17 + residentIdCheckChar(first17);
const name = `王阿婆${String(run).slice(-4)}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a station social worker registers a client after the duplicate check, which then finds her; an officer opens the file only with a reason', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'shegong', '/clients');
  let clientUrl = '';
  await withFailureShot(page, 'clients-register', async () => {
    await page.getByRole('heading', { name: '服务对象' }).waitFor();
    await page.getByRole('button', { name: '登记服务对象' }).first().click();
    const drawer = await settled(page.getByRole('dialog'));
    await drawer.getByLabel('姓名', { exact: true }).fill(name);
    await drawer.getByLabel('身份证号', { exact: true }).fill(idNumber);
    await drawer
      .getByRole('button', { name: /查\s*重/ })
      .first()
      .click();
    await drawer.getByText('本辖区未发现相同或疑似的服务对象，可以登记。').waitFor();
    await drawer.getByRole('button', { name: '填写档案' }).click();
    // 1958, and an odd sequence: the ID number says a man; the form must agree.
    await drawer.getByText('男', { exact: true }).click();
    await pickRegion(
      page,
      drawer,
      '居住地（村/社区）',
      '纪念塔',
      '贵州省 / 贵阳市 / 南明区 / 新华路街道 / 纪念塔社区',
    );
    await drawer.getByText('中风险', { exact: true }).click();
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('heading', { name }).waitFor();
    clientUrl = new URL(page.url()).pathname;
    const file = page.locator('.ant-descriptions');
    await expect(file.innerText()).resolves.toContain('520102');
    await expect(file.innerText()).resolves.not.toContain(idNumber);
    await page.locator('.ant-table-row', { hasText: '接受服务' }).waitFor();

    // The same person again: the check finds her, masked, and offers her file instead.
    await page.goto('/clients');
    await page.getByRole('button', { name: '登记服务对象' }).first().click();
    const again = await settled(page.getByRole('dialog'));
    await again.getByLabel('姓名', { exact: true }).fill('某人');
    await again.getByLabel('身份证号', { exact: true }).fill(idNumber);
    await again
      .getByRole('button', { name: /查\s*重/ })
      .first()
      .click();
    await again.getByText('身份证号相同').waitFor();
    await expect(again.innerText()).resolves.not.toContain(name);
    expect(await again.getByRole('button', { name: '都不是同一人，继续登记' }).count()).toBe(0);
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}clients-duplicate-check.png`, fullPage: true });
  });

  const officer = await openAs(browser, inject('baseUrl'), 'nanming', clientUrl);
  await withFailureShot(officer, 'clients-open-file', async () => {
    await officer.getByRole('heading', { name: '调阅服务对象档案' }).waitFor();
    await expect(officer.locator('body').innerText()).resolves.not.toContain(name);
    await officer.getByLabel('调阅理由').fill('核查群众来信反映的服务情况');
    await officer.getByRole('button', { name: '说明理由并调阅' }).click();
    await officer.getByRole('heading', { name }).waitFor();
    await officer.locator('.ant-table-row', { hasText: '核查群众来信反映的服务情况' }).waitFor();
  });
});
