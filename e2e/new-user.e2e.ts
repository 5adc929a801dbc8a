import { creditCodeCheckChar } from '@shegong/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser, openApp } from './support/browser';
import { withFailureShot } from './support/failure';
import { settled } from './support/form';
import { openAs } from './support/open-as';
import { signIn } from './support/sign-in';

// What a new user meets (issue #13): forms that check as they go and name the field, tables that
// show they scroll, filters that fit their words, empty pages that guide, home cards that promise
// only what the reader may do.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Select placeholders wider than their box: cut off with an ellipsis. */
const clippedPlaceholders = (page: Page) =>
  page
    .locator('.ant-select-placeholder')
    .evaluateAll((spans) =>
      spans.filter((span) => span.scrollWidth > span.clientWidth + 1).map((s) => s.textContent),
    );

const wide = async (page: Page) => page.setViewportSize({ width: 1440, height: 900 });

test('the organisation form checks the credit code as it is typed and names each missing choice', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/organisations');
  await withFailureShot(page, 'forms-organisation', async () => {
    await page
      .getByRole('button', { name: /登\s*记/ })
      .first()
      .click();
    const drawer = await settled(page.getByRole('dialog'));
    const code = drawer.getByLabel('统一社会信用代码', { exact: true });
    const first17 = '52520102MJ0012345';
    const check = creditCodeCheckChar(first17);
    const wrong = check === '0' ? '1' : '0';
    await code.fill(first17 + wrong);
    await drawer.getByText('统一社会信用代码校验位错误').waitFor();
    await code.fill(first17 + check);
    await drawer.getByText('识别为：民办非企业单位/社会服务机构，登记机关区划 520102').waitFor();

    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByText('请选择组织类型').waitFor();
    await drawer.getByText('请选择所属区划').waitFor();
    // Errors name the field, not the picker's placeholder, and ask to choose, not to type.
    const errors = await drawer.locator('.ant-form-item-explain-error').allInnerTexts();
    expect(
      errors.filter((e) => e.includes('选择行政区划') || e.startsWith('请输入组织类型')),
    ).toEqual([]);
  });
  await page.context().close();
});

test('the worker form warns when the major and the social-work switch disagree', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/workers');
  await withFailureShot(page, 'forms-major', async () => {
    await page.getByRole('button', { name: '登记社工' }).click();
    const drawer = await settled(page.getByRole('dialog'));
    await drawer.getByLabel('所学专业', { exact: true }).fill('社会工作');
    await drawer.getByText('所学专业为社会工作，但未标记为社会工作专业，请核对').waitFor();
    await drawer.getByLabel('社会工作专业', { exact: true }).click();
    await drawer
      .getByText('所学专业为社会工作，但未标记为社会工作专业，请核对')
      .waitFor({ state: 'detached' });
  });
  await page.context().close();
});

test('at 1440 px the station and worker tables keep their key columns and show that they scroll', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/stations');
  await withFailureShot(page, 'tables-wide', async () => {
    await wide(page);
    const stickyHeader = (name: string) =>
      page
        .getByRole('columnheader', { name, exact: true })
        .first()
        .evaluate((th) => getComputedStyle(th).position);
    await page.locator('.ant-table-row').first().waitFor();
    expect(await stickyHeader('站点名称')).toBe('sticky');
    expect(await stickyHeader('在岗/应配')).toBe('sticky');
    await page.locator('.ant-table-sticky-scroll').waitFor();

    // A station's staff lead to the workers.
    await page.locator('.ant-table-row').first().getByRole('link').first().click();
    await page.waitForURL(/\/stations\/[0-9a-f-]{36}$/);
    const staff = page
      .locator('.ant-table', { has: page.getByRole('columnheader', { name: '社工姓名' }) })
      .locator('.ant-table-row')
      .first()
      .getByRole('link');
    await staff.click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);

    await page.goto('/workers');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await stickyHeader('姓名')).toBe('sticky');
    expect(await stickyHeader('身份证号')).toBe('sticky');
    await page.locator('.ant-table-sticky-scroll').waitFor();
  });
  await page.context().close();
});

test('in English the worker and organisation filters show their whole placeholders', async () => {
  const { context, page } = await openApp(browser, inject('baseUrl'), '/workers');
  await withFailureShot(page, 'filters-english', async () => {
    await page.waitForURL(/\/login/);
    await signIn(page, 'nanming');
    await page.getByText('English', { exact: true }).click();
    await page.getByPlaceholder(/^Name \(from the surname\)/).waitFor();
    expect(await clippedPlaceholders(page)).toEqual([]);
    const placeholders = page.locator('#filters .ant-select-placeholder');
    await placeholders.filter({ hasText: /^All education$/ }).waitFor();
    await placeholders.filter({ hasText: /^Years in service$/ }).waitFor();

    await page.goto('/organisations');
    await page.locator('.ant-select-placeholder', { hasText: /^All backgrounds$/ }).waitFor();
    expect(await clippedPlaceholders(page)).toEqual([]);
  });
  await context.close();
});

test('empty incubation, course and reward pages say what they are for and offer the first step', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'yunyan', '/incubation');
  await withFailureShot(page, 'empty-states', async () => {
    const empty = page.locator('.ant-empty');
    await empty.getByText('尚无孵化基地').waitFor();
    await empty.getByText(/孵化基地为初创社会组织提供场地和扶持/).waitFor();
    await empty.getByRole('button', { name: '新建孵化基地' }).click();
    await settled(page.getByRole('dialog'));
    await page.keyboard.press('Escape');

    await page.goto('/education');
    await empty.getByText(/继续教育课程在这里登记/).waitFor();
    await empty.getByRole('button', { name: '开设课程' }).waitFor();

    await page.goto('/rewards');
    await empty.getByText(/奖励在社工档案的“奖励”页申请/).waitFor();
    await empty.getByRole('button', { name: '前往人才名录' }).click();
    await page.waitForURL(/\/workers$/);
  });
  await page.context().close();
});

test('a read-only organisation administrator is promised no changes on the home page', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'jigou', '/');
  await withFailureShot(page, 'home-read-only', async () => {
    await page.getByText('查阅社会组织档案、评估等级、年检与信用记录').waitFor();
    await page.getByText('查阅社工档案、证书、从业与登记情况').waitFor();
    await expect(page.getByText(/^登记社会组织/).count()).resolves.toBe(0);
    await expect(page.getByText(/^登记社工档案/).count()).resolves.toBe(0);
    // The about card names what exists and says what is still being built.
    await page.getByText(/政府购买服务、服务对象与服务过程、志愿者等模块正在建设中/).waitFor();
  });
  await page.context().close();
});
