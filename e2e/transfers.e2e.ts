import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { residentIdCheckChar } from '@shegong/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, pickRegion, settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
// Unique per run, so that the test can run again against a long-lived server.
const run = Date.now();
const first17 = `52010219930707${String(100 + (run % 900))}`;
const idNumber = first17 + residentIdCheckChar(first17);
const name = `调动测试${String(run).slice(-4)}`;
const employer = `云岩区某社工站${String(run).slice(-4)}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('云岩区 asks for a worker of 南明区 from the refused registration, and 南明区 approves the transfer', async () => {
  // A worker of 南明区, in post there.
  const nanming = await openAs(browser, inject('baseUrl'), 'nanming', '/workers');
  const worker = await post<{ id: string }>(nanming, '/api/v1/workers', {
    idNumber,
    name,
    educationLevel: 'bachelor',
    regionCode: '520102016',
  });
  await post(nanming, `/api/v1/workers/${worker.id}/employments`, {
    employerKind: 'community',
    employerName: '新华路社区',
    postType: 'community_post',
    startedOn: '2021-04-01',
  });

  // 云岩区 tries to register the same person: told it is registered elsewhere, offered a transfer.
  const yunyan = await openAs(browser, inject('baseUrl'), 'yunyan', '/workers');
  await withFailureShot(yunyan, 'transfer-request', async () => {
    await yunyan.getByRole('button', { name: '登记社工' }).click();
    let drawer = await settled(yunyan.getByRole('dialog'));
    await drawer.getByLabel('身份证号', { exact: true }).fill(idNumber);
    await drawer.getByLabel('姓名', { exact: true }).fill(name);
    await chooseOption(yunyan, drawer, '学历', '本科');
    await pickRegion(
      yunyan,
      drawer,
      '所属区划',
      '520103019',
      '贵州省 / 贵阳市 / 云岩区 / 大营路街道',
    );
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await drawer.getByText('该身份证号已在其他辖区登记，可申请人才调入').first().waitFor();
    await drawer.getByRole('button', { name: '申请调入该社工' }).click();

    // The request starts from what was typed; the new job is filled in.
    await yunyan.waitForURL((url) => url.pathname === '/transfers');
    drawer = await settled(yunyan.getByRole('dialog', { name: '申请调入社工' }));
    await expect(drawer.getByLabel('身份证号', { exact: true }).inputValue()).resolves.toBe(
      idNumber,
    );
    await expect(drawer.getByLabel('姓名', { exact: true }).inputValue()).resolves.toBe(name);
    await pickRegion(
      yunyan,
      drawer,
      '调入后所属区划',
      '520103019',
      '贵州省 / 贵阳市 / 云岩区 / 大营路街道',
    );
    await chooseOption(yunyan, drawer, '单位类型', '其他');
    await drawer.getByLabel('工作单位', { exact: true }).fill(employer);
    await chooseOption(yunyan, drawer, '岗位类型', '其他系统');
    await drawer.getByLabel('申请说明', { exact: true }).fill('随家庭迁居云岩区，已与新单位签约');
    // The kept picture shows the whole request: a viewport tall enough for the drawer.
    await mkdir(artifacts, { recursive: true });
    const viewport = yunyan.viewportSize();
    await yunyan.setViewportSize({ width: viewport?.width ?? 1440, height: 1400 });
    await yunyan.waitForTimeout(300);
    await yunyan.screenshot({ path: `${artifacts}transfer-request.png` });
    if (viewport) await yunyan.setViewportSize(viewport);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await yunyan.getByText('调入申请已提交，待社工所在辖区审批').waitFor();

    // Pending, and nothing says where the person is registered.
    const row = yunyan.locator('.ant-table-row', { hasText: name });
    await row.getByText('待审批').waitFor();
    await row.getByText('批准后显示').waitFor();
    await expect(row.getByText('南明区').count()).resolves.toBe(0);
  });

  // 南明区 sees the request for its worker and approves it.
  await withFailureShot(nanming, 'transfer-approve', async () => {
    await nanming.goto('/transfers?side=releasing');
    const row = nanming.locator('.ant-table-row', { hasText: name });
    await row.getByText('云岩区').first().waitFor();
    await row.getByText('随家庭迁居云岩区，已与新单位签约').waitFor();
    await nanming.screenshot({ path: `${artifacts}transfer-approval.png`, fullPage: true });
    await row.getByRole('button', { name: /^批\s*准$/ }).click();
    const confirm = await settled(nanming.getByRole('dialog'));
    await confirm.getByText(/原单位的从业经历于今日结束/).waitFor();
    await confirm.getByRole('button', { name: /^批\s*准$/ }).click();
    await nanming.getByText(new RegExp(`已批准，${name}已调入`)).waitFor();
    await row.getByText('已批准').waitFor();
  });

  // The worker is 云岩区's now, with both jobs in the history.
  await withFailureShot(yunyan, 'transfer-moved', async () => {
    await yunyan.reload();
    const row = yunyan.locator('.ant-table-row', { hasText: name });
    await row.getByText('已批准').waitFor();
    await row.getByRole('link', { name }).click();
    await yunyan.waitForURL((url) => url.pathname === `/workers/${worker.id}`);
    await yunyan.getByText('大营路街道').first().waitFor();
    await yunyan.getByRole('tab', { name: /从业/ }).click();
    await yunyan.getByText(employer).first().waitFor();
    await yunyan.getByText('新华路社区').first().waitFor();

    // The census counts the move in: 大营路街道 took one worker in this year.
    await yunyan.goto('/talent-statistics');
    const flows = yunyan.locator('.ant-card', { hasText: '人才流动（经批准的调入、调出人数）' });
    const moved = flows.locator('.ant-table-row', { hasText: '大营路街道' }).first();
    await moved.waitFor();
    await expect(moved.locator('td').nth(2).innerText()).resolves.toMatch(/^[1-9]\d*$/);
  });
  await nanming.context().close();
  await yunyan.context().close();
});
