import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  addDays,
  chinaToday,
  maskResidentIdShort,
  residentIdCheckChar,
  type TalentCensus,
} from '@shegong/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import ExcelJS from '../apps/server/src/platform/export/exceljs';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, fillDate, pickRegion, settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
// Unique per run, so that the test can run again against a long-lived server.
const run = Date.now();
const sequence = String(100 + (run % 900));
const first17 = `52010219960315${sequence}`;
const idNumber = first17 + residentIdCheckChar(first17);
const masked = `520102********${idNumber.slice(-4)}`;
const name = `测试社工${String(run).slice(-4)}`;
// 新华路街道: inside nanming's county, and the whole scope of the township officer xinhua.
const township = '520102016';
const townshipPath = '贵州省 / 贵阳市 / 南明区 / 新华路街道';
let browser: Browser;
let workerPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** Reviews the one application on the worker's 登记 tab (初审 or 终审) as passed. */
async function review(page: Page, stage: '初审' | '终审') {
  const card = page
    .getByRole('tabpanel')
    .locator('.ant-card-small', { hasText: '助理社会工作师' })
    .first();
  // antd spaces out a two-character label: 初 审.
  await card.getByRole('button', { name: new RegExp(`^${stage[0]}\\s*${stage[1]}$`) }).click();
  const modal = await settled(page.getByRole('dialog'));
  await modal.getByRole('button', { name: '提交审核' }).click();
  await modal.waitFor({ state: 'hidden' });
}

test('a county officer registers a worker, sees the ID masked, reveals it, records a certificate and applies for registration', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/workers');
  await withFailureShot(page, 'talent-register', async () => {
    await page.getByRole('button', { name: '登记社工' }).click();
    const drawer = await settled(page.getByRole('dialog'));
    await drawer.getByLabel('身份证号', { exact: true }).fill(idNumber.toLowerCase());
    await drawer.getByText('识别为：1996-03-15 出生').waitFor();
    await drawer.getByLabel('姓名', { exact: true }).fill(name);
    await chooseOption(page, drawer, '学历', '本科');
    await pickRegion(page, drawer, '所属区划', township, townshipPath);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已登记：${name}`).waitFor();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    workerPath = new URL(page.url()).pathname;

    // The list finds the worker by the whole ID number and shows it masked.
    await page.goto(`/workers?q=${idNumber}`);
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.getByText(masked, { exact: true }).waitFor();
    await expect(row.getByText(idNumber).count()).resolves.toBe(0);
    await page.getByText('已加载 1 人，共 1 人').waitFor();
    await row.getByRole('link', { name }).click();
    await page.waitForURL((url) => url.pathname === workerPath);

    // The record: masked until revealed, and the reveal asks first.
    await page.getByText('查阅已留痕').waitFor();
    await page.getByText(masked, { exact: true }).waitFor();
    await page.getByRole('button', { name: '显示完整信息' }).click();
    const confirm = await settled(page.getByRole('dialog'));
    await confirm.getByText('将记录在审计日志中').waitFor();
    await confirm.getByRole('button', { name: '确认显示' }).click();
    await page.getByText(idNumber, { exact: true }).waitFor();

    // A junior certificate from last month, then the application to register it.
    await page.getByRole('button', { name: '登记证书' }).click();
    let modal = await settled(page.getByRole('dialog'));
    await chooseOption(page, modal, '证书等级', '助理社会工作师');
    await fillDate(modal, '取证日期', addDays(chinaToday(), -30));
    await modal.getByLabel('管理号', { exact: true }).fill(`E2E${sequence}`);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('证书已登记').waitFor();
    await page.locator('.ant-table-row', { hasText: `E2E${sequence}` }).waitFor();

    await page.getByRole('tab', { name: /^登记/ }).click();
    await page.getByRole('button', { name: '申请登记' }).click();
    modal = await settled(page.getByRole('dialog'));
    await modal.getByText(/^首次登记期：/).waitFor();
    await modal.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('登记申请已提交，待初审').waitFor();

    // The first review, by the county.
    await review(page, '初审');
    await page.getByText('审核已提交').waitFor();
    const card = page
      .getByRole('tabpanel')
      .locator('.ant-card-small', { hasText: '助理社会工作师' })
      .first();
    await card.getByText('初审通过', { exact: true }).waitFor();

    // The first reviewer is not offered the final review, and is told who may make it.
    const awaiting = card.getByText('待他人终审', { exact: true });
    await awaiting.waitFor();
    await expect(card.getByRole('button', { name: /^终\s*审$/ }).count()).resolves.toBe(0);
    await awaiting.hover();
    await page
      .getByRole('tooltip')
      .getByText(/^您已完成初审，终审须由另一位有审核权限的人员（民政工作人员（省级）/)
      .waitFor();
  });
  await page.context().close();
});

test('the city makes the final review from the list of pending applications, and the worker is registered', async () => {
  expect(workerPath).toMatch(/^\/workers\//);
  const page = await openAs(
    browser,
    inject('baseUrl'),
    'guiyang',
    `/registrations?region=${township}`,
  );
  await withFailureShot(page, 'talent-review', async () => {
    const row = page.locator('.ant-table-row', { hasText: name });
    await row.getByRole('button', { name: /^终\s*审$/ }).click();
    const modal = await settled(page.getByRole('dialog'));
    await modal.getByText('终审须由初审以外的人员进行').waitFor();
    await modal.getByRole('button', { name: '提交审核' }).click();
    await page.getByText(`终审通过，${name} 已登记（有效期 3 年）`).waitFor();

    await page.goto(`${workerPath}?tab=registrations`);
    const card = page
      .getByRole('tabpanel')
      .locator('.ant-card-small', { hasText: '助理社会工作师' })
      .first();
    await card.getByText('已登记', { exact: true }).first().waitFor();
    // The review history: the county's first review, the city's final one.
    const history = card.locator('.ant-timeline');
    await history.getByText('南明民政', { exact: false }).waitFor();
    await history.getByText('筑城民政', { exact: false }).waitFor();
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}worker.png`, fullPage: true });
  });
  await page.context().close();
});

test('a county officer imports a sheet of continuing-education hours and sees them on the worker', async () => {
  expect(workerPath).toMatch(/^\/workers\//);
  const today = chinaToday();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学时');
  sheet.getColumn(1).numFmt = '@';
  sheet.addRows([
    ['身份证号', '姓名', '课程或活动名称', '类型', '学时', '日期'],
    [idNumber, name, `E2E儿童保护培训${sequence}`, '培训课程', 12, today],
    [idNumber, '', `E2E个案督导${sequence}`, '督导', 6, today],
    [idNumber, '', `E2E未来培训${sequence}`, '培训课程', 3, addDays(today, 3)],
  ]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/education');
  await withFailureShot(page, 'talent-credit-import', async () => {
    await page.getByRole('button', { name: /导\s*入$/ }).click();
    const modal = await settled(page.getByRole('dialog'));
    await modal.locator('input[type=file]').setInputFiles({
      name: '继续教育学时.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await modal.getByText('1 行有问题，这些行不会导入').waitFor();
    await modal.getByRole('row', { name: /日期不能晚于今天/ }).waitFor();
    await modal.getByRole('button', { name: '导入 2 条有效记录' }).click();
    await modal.getByText('新增 2 条，更新 0 条，无变化 0 条').waitFor();
    await modal.getByRole('button', { name: /^完\s*成$/ }).click();

    await page.goto(`${workerPath}?tab=education`);
    const ledger = page.getByRole('tabpanel');
    await ledger
      .locator('.ant-table-row', { hasText: `E2E儿童保护培训${sequence}` })
      .getByText('12', { exact: true })
      .waitFor();
    await ledger
      .locator('.ant-table-row', { hasText: `E2E个案督导${sequence}` })
      .getByText('6', { exact: true })
      .waitFor();
  });
  await page.context().close();
});

test('the census shows the total of the scope, with its charts', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/talent-statistics');
  await withFailureShot(page, 'talent-statistics', async () => {
    const census = await getJson<TalentCensus>(page, '/api/v1/talent-statistics?region=520102');
    const totalCard = page.getByRole('link', { name: /社工总数/ });
    await totalCard.getByText(census.total.toLocaleString('zh-CN'), { exact: true }).waitFor();
    expect(census.total).toBeGreaterThan(0);
    await expect(page.locator('canvas').count()).resolves.toBeGreaterThanOrEqual(8);
    // Let the charts finish their entrance animation before the picture.
    await page.waitForTimeout(1_500);
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}talent-statistics.png`, fullPage: true });

    // A count leads to the workers behind it.
    await totalCard.click();
    await page.waitForURL((url) => url.pathname === '/workers');
    expect(new URL(page.url()).searchParams.get('region')).toBe('520102');
    await page.getByText(`共 ${census.total} 人`).waitFor();

    // The 本级 row lists only those recorded on the county itself, under a filter the list shows
    // and the user can clear (then the whole county again).
    const own = census.byRegion.find((row) => row.regionCode === '520102')!;
    expect(own.total).toBeGreaterThan(0);
    await page.goBack();
    const ownRow = page.locator('.ant-table-row', {
      has: page.getByText('本级', { exact: true }),
    });
    await ownRow.getByRole('link', { name: String(own.total), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('regionExact') === 'true');
    await page.getByText(`共 ${own.total} 人`).waitFor();
    const exact = page.locator('.ant-select', { hasText: '仅本级（不含下级）' });
    await exact.hover();
    await exact.locator('.ant-select-clear').click();
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('regionExact'));
    await page.getByText(`共 ${census.total} 人`).waitFor();

    // A point of the trend leads to the workers in post at that year-end (the link it opens).
    const last = census.trend.at(-1)!;
    await page.goto(`${inject('baseUrl')}/workers?region=520102&employedAt=${last.year}`);
    await page.getByText(`共 ${last.employed} 人`).waitFor();
    await page.getByText(String(last.year), { exact: true }).first().waitFor();
  });
  await page.context().close();
});

test('a township officer sees the worker but cannot reveal the ID number', async () => {
  expect(workerPath).toMatch(/^\/workers\//);
  const page = await openAs(browser, inject('baseUrl'), 'xinhua', workerPath);
  await withFailureShot(page, 'talent-township', async () => {
    // Without the reveal permission the age stands beside the number: only its last 2 show.
    await page.getByText(maskResidentIdShort(idNumber), { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: '显示完整信息' }).count()).resolves.toBe(0);
  });
  await page.context().close();
});
