import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { openAs } from './support/open-as';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** The number a figure card shows under its title. */
async function figure(page: Page, title: string): Promise<number> {
  const statistic = page.locator('.ant-statistic', {
    has: page.locator('.ant-statistic-title').getByText(title, { exact: true }),
  });
  const value = await statistic.locator('.ant-statistic-content-value').innerText();
  return Number(value.replace(/,/g, ''));
}

test('a county officer reads the region’s service work on one page; a new case counts, and the figure leads to the same number', async () => {
  const worker = await openAs(browser, inject('baseUrl'), 'shegong', '/');
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const officer = await openAs(browser, inject('baseUrl'), 'nanming', '/service-overview');

  await withFailureShot(officer, 'service-overview', async () => {
    await officer.getByRole('heading', { name: '服务概览' }).waitFor();
    await officer.getByText('本年服务人次', { exact: true }).waitFor();
    const before = await figure(officer, '在案个案');

    const client = await post<{ id: string }>(worker, '/api/v1/clients', {
      name: `概览对象${String(Date.now()).slice(-4)}`,
      sex: 'male',
      birthDate: '1950-06-01',
      regionCode: '520102016001',
      riskLevel: 'low',
      consent: { givenBy: 'self', givenOn: today },
      duplicatesChecked: true,
    });
    const stations = await get<{ id: string; name: string }[]>(
      worker,
      '/api/v1/case-options/stations',
    );
    const team = await get<{ id: string; name: string; isMe: boolean }[]>(
      worker,
      '/api/v1/case-options/colleagues',
    );
    await post(worker, '/api/v1/cases', {
      clientId: client.id,
      stationId: stations.find((s) => s.name === '新华路街道社会工作服务站')!.id,
      workerIds: [team.find((c) => c.isMe)!.id],
      supervisorId: team.find((c) => c.name === '周敏（督导）')!.id,
    });

    await officer.reload();
    await officer.getByText('本年服务人次', { exact: true }).waitFor();
    expect(await figure(officer, '在案个案')).toBe(before + 1);
    // The township the client lives in counts it among its divisions.
    const township = officer.getByRole('row', { name: /新华路街道/ });
    await township.waitFor();

    // The figure leads to the case counts of the same region, where it is the same number.
    await officer.getByRole('link', { name: /在案个案/ }).click();
    await officer.getByRole('heading', { name: '个案统计' }).waitFor();
    expect(await figure(officer, '在案')).toBe(before + 1);
  });
  await worker.close();
  await officer.close();
});
