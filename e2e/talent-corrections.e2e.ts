import { residentIdCheckChar } from '@shegong/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, settled } from './support/form';
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

test('a city officer sets the target of a later year and the census is measured against it', async () => {
  const page = await openAs(
    browser,
    inject('baseUrl'),
    'guiyang',
    '/talent-statistics?region=520102',
  );
  await withFailureShot(page, 'talent-target-year', async () => {
    await page.getByRole('button', { name: '设定年度目标' }).click();
    const modal = await settled(page.getByRole('dialog'));
    await chooseOption(page, modal, '年度', '2029');
    await modal.getByLabel('目标社工人数', { exact: true }).fill('800');
    await modal.getByLabel('目标持证人数', { exact: true }).fill('900');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await modal.getByText('持证人数目标不能超过社工人数目标').waitFor();
    await modal.getByLabel('目标持证人数', { exact: true }).fill('300');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('年度目标已保存').waitFor();
    // The page now measures against 2029, and the year picker says so.
    await page.getByText('2029 年目标完成').waitFor();
    await page.getByRole('combobox', { name: '目标年度' }).waitFor();
  });
});
