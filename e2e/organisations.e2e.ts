import { creditCodeCheckChar } from '@shegong/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, fillDate, pickRegion, settled } from './support/form';
import { openAs } from './support/open-as';

let browser: Browser;
// Unique per run, so that the test can run again against a long-lived server.
const run = Date.now().toString().slice(-9);
const name = `南明区测试社会工作服务中心${run}`;
const first17 = `52520102${run}`;
const creditCode = first17 + creditCodeCheckChar(first17);
let organisationPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('a county officer registers an organisation, rates it and finds the grade in the list', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/organisations');
  await withFailureShot(page, 'organisations', async () => {
    await page.getByRole('button', { name: /登\s*记/ }).click();

    const drawer = await settled(page.getByRole('dialog'));
    await drawer.getByLabel('统一社会信用代码', { exact: true }).fill(creditCode.toLowerCase());
    await drawer.getByLabel('组织名称', { exact: true }).fill(name);
    await chooseOption(page, drawer, '组织类型', '社会服务机构');
    await chooseOption(page, drawer, '发起背景', '高校背景');
    await fillDate(drawer, '登记日期', '2019-03-01');
    await drawer.getByLabel('法定代表人', { exact: true }).fill('王测试');
    await pickRegion(page, drawer, '所属区划', '520102', '贵州省 / 贵阳市 / 南明区');
    await chooseOption(page, drawer, '服务领域', '社会救助');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();

    // Registered: the detail page opens, with no grade yet and the reason it cannot be rated.
    await page.getByText(`已登记：${name}`).waitFor();
    await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
    organisationPath = new URL(page.url()).pathname;
    await page.getByText(creditCode, { exact: true }).waitFor();
    await page.getByText('暂不可参加评估').waitFor();

    // The legal representative is masked; the officer who keeps the record may show it (audited).
    await page.getByText('王**', { exact: true }).waitFor();
    await page.getByRole('button', { name: '显示完整信息' }).click();
    await settled(page.getByRole('dialog'));
    await page.getByRole('button', { name: '确认显示' }).click();
    await page.getByText('王测试', { exact: true }).waitFor();

    await page.getByRole('button', { name: '记录评估等级' }).click();
    const modal = await settled(page.getByRole('dialog'));
    await chooseOption(page, modal, '等级', '4A级');
    await modal.getByLabel('评估得分', { exact: true }).fill('920');
    await modal.getByLabel('评估机构', { exact: true }).fill('贵阳市社会组织评估委员会');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('评估等级已记录').waitFor();
    await page.locator('.ant-table-row', { hasText: '贵阳市社会组织评估委员会' }).waitFor();

    await page.goto(`/organisations?q=${encodeURIComponent(name)}`);
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.waitFor();
    await row.getByText('4A级').waitFor();
    await row.getByRole('cell', { name: '贵州省 / 贵阳市 / 南明区', exact: true }).waitFor();
  });
  await page.context().close();
});

test('an officer of a sibling county cannot open the organisation', async () => {
  expect(organisationPath).toMatch(/^\/organisations\//);
  const page = await openAs(browser, inject('baseUrl'), 'yunyan', organisationPath);
  await page.getByText('404', { exact: true }).waitFor();
  await expect(page.getByText(name).count()).resolves.toBe(0);
  await page.context().close();
});

test('a township officer reads the file without a grants tab that would read as "none given"', async () => {
  expect(organisationPath).toMatch(/^\/organisations\//);
  const officer = await openAs(browser, inject('baseUrl'), 'nanming', organisationPath);
  await officer.getByRole('tab', { name: '资助奖励（0）' }).waitFor();
  await officer.context().close();

  const township = await openAs(browser, inject('baseUrl'), 'xinhua', organisationPath);
  await township.getByRole('tab', { name: /评估等级/ }).waitFor();
  await expect(township.getByRole('tab', { name: /资助奖励/ }).count()).resolves.toBe(0);
  // The representative stays masked, with no way to show it to a reader who may not edit.
  await township.getByText('王**', { exact: true }).waitFor();
  await expect(township.getByRole('button', { name: '显示完整信息' }).count()).resolves.toBe(0);
  await township.context().close();
});
