import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Coverage, Division, Station } from '@shegong/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, pickRegion, settled } from './support/form';
import { openAs } from './support/open-as';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const county = '520102';
const countyPath = '贵州省 / 贵阳市 / 南明区';
let browser: Browser;

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

/** A township of the county without a township station yet, and one of its villages without one. */
async function freePlaces(page: Page) {
  const coverage = await getJson<Coverage>(page, `/api/v1/coverage?region=${county}`);
  const stationsOf = async (region: string, tier: string) =>
    (
      await getJson<{ items: Station[] }>(
        page,
        `/api/v1/stations?region=${region}&tier=${tier}&pageSize=200`,
      )
    ).items;
  // Coverage counts operating stations only: a planned one still takes the township.
  const townshipStations = await stationsOf(county, 'township_station');
  const township = coverage.children.find(
    (child) => !townshipStations.some((s) => s.regionCode === child.regionCode),
  );
  if (!township) throw new Error(`every township of ${county} has a station already`);
  const { items: villages } = await getJson<{ items: Division[] }>(
    page,
    `/api/v1/divisions?parent=${township.regionCode}`,
  );
  const villageStations = await stationsOf(township.regionCode, 'village_station');
  const village = villages.find((v) => !villageStations.some((s) => s.regionCode === v.code));
  if (!village) throw new Error(`every village of ${township.regionName} has a station`);
  return { township, village };
}

test('a county officer builds a township station and a village station under it, staffs them and sees the coverage', async () => {
  const page = await openAs(browser, inject('baseUrl'), 'nanming', '/stations');
  await withFailureShot(page, 'stations', async () => {
    const { township, village } = await freePlaces(page);
    const townshipPath = `${countyPath} / ${township.regionName}`;
    const townshipStation = `${township.regionName}社会工作服务站`;
    const villageStation = `${village.name}社会工作服务站`;

    // The township station; a county division is refused with the reason.
    await page.getByRole('button', { name: '新建站点' }).click();
    let drawer = await settled(page.getByRole('dialog'));
    await chooseOption(page, drawer, '站点类型', '乡镇(街道)社会工作服务站');
    await pickRegion(page, drawer, '所在区划', county, countyPath);
    await drawer.getByText('乡镇(街道)社会工作服务站须设在乡镇（街道）级区划').waitFor();
    await pickRegion(page, drawer, '所在区划', township.regionCode, townshipPath);
    await drawer.getByLabel('站点名称', { exact: true }).fill(townshipStation);
    await drawer.getByLabel('服务人口', { exact: true }).fill('30000');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已新建站点：${townshipStation}`).waitFor();
    await page.waitForURL(/\/stations\/[0-9a-f-]{36}$/);
    const townshipStationPath = new URL(page.url()).pathname;

    await page.getByRole('button', { name: '配备社工' }).click();
    let modal = await settled(page.getByRole('dialog'));
    await modal.getByLabel('社工姓名', { exact: true }).fill('李站长');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('李站长 已到岗').waitFor();
    await page.locator('.ant-table-row', { hasText: '李站长' }).getByText('在岗').waitFor();

    // The village station: its parent is found from the division tree.
    await page.goto('/stations');
    await page.getByRole('button', { name: '新建站点' }).click();
    drawer = await settled(page.getByRole('dialog'));
    await chooseOption(page, drawer, '站点类型', '村(社区)社会工作服务站');
    await pickRegion(page, drawer, '所在区划', village.code, `${townshipPath} / ${village.name}`);
    await drawer.getByLabel('站点名称', { exact: true }).fill(villageStation);
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText(`已新建站点：${villageStation}`).waitFor();
    await page.getByRole('link', { name: townshipStation }).waitFor();

    await page.getByRole('button', { name: '配备社工' }).click();
    modal = await settled(page.getByRole('dialog'));
    await modal.getByLabel('社工姓名', { exact: true }).fill('赵社工');
    await chooseOption(page, modal, '岗位类型', '兼职');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('赵社工 已到岗').waitFor();

    // The township station lists the village station below it.
    await page.goto(townshipStationPath);
    await page.getByRole('link', { name: villageStation }).waitFor();

    // Coverage of the county: the township count includes the new station.
    await page.goto(`/coverage?region=${county}`);
    const coverage = await getJson<Coverage>(page, `/api/v1/coverage?region=${county}`);
    const { townshipsWithStation, townships } = coverage.summary;
    await page.getByText(`${townshipsWithStation}/${townships} 个乡镇（街道）已建站`).waitFor();
    const rows = page
      .locator('.ant-table', { has: page.getByRole('columnheader', { name: '乡镇建站' }) })
      .locator('.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(coverage.children.length);
    await page.locator('canvas').first().waitFor();

    // The tile map: one tile per township in code order, coloured by township coverage; the new
    // station's township shows 100%, its tooltip the full path and the figures.
    const map = page.getByRole('group', { name: /乡镇覆盖率分布图/ });
    const tiles = map.locator('g[data-region]');
    expect(await tiles.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-region')))).toEqual(
      coverage.children.map((child) => child.regionCode),
    );
    const tile = map.getByRole('button', { name: new RegExp(`^${townshipPath}：乡镇覆盖率`) });
    await tile.getByText('100.0%').waitFor();
    await tile.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.getByText(townshipPath, { exact: true }).waitFor();
    await tooltip.getByText('乡镇建站：1/1（100.0%）').waitFor();
    await page.getByRole('radiogroup', { name: '着色指标' }).getByText('低于标准站点').click();
    const belowNorm = coverage.children.find((c) => c.regionCode === township.regionCode)!;
    await page
      .getByRole('group', { name: /低于标准站点分布图/ })
      .getByRole('button', {
        name: `${townshipPath}：低于标准站点 ${belowNorm.stationsBelowNorm}，按回车查看下级区划`,
      })
      .waitFor();
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}coverage.png`, fullPage: true });

    // Drill into the township and back up with the trail.
    await rows.filter({ hasText: township.regionName }).getByRole('button').click();
    await page.getByText(`${townshipPath} · 下级区划`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe(township.regionCode);
    await rows.filter({ hasText: village.name }).first().waitFor();
    await page
      .locator('.ant-breadcrumb')
      .getByRole('link', { name: '南明区', exact: true })
      .click();
    await page.getByText(`${countyPath} · 下级区划`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBeNull();

    // The same drill from the map: a click on the township's tile, then its villages as tiles
    // (not drillable: nothing lies below a village); and from the keyboard.
    await page.locator(`g[data-region="${township.regionCode}"]`).click();
    await page.getByText(`${townshipPath} · 下级区划`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe(township.regionCode);
    const villageTile = page.locator(`g[data-region="${village.code}"]`);
    expect(await villageTile.getAttribute('role')).toBe('img');
    await page.goBack();
    await page.getByText(`${countyPath} · 下级区划`, { exact: true }).waitFor();
    await page.locator(`g[data-region="${township.regionCode}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByText(`${townshipPath} · 下级区划`, { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe(township.regionCode);
  });
  await page.context().close();
});
