import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, settled } from './support/form';
import { openAs } from './support/open-as';

const run = String(Date.now()).slice(-6);
const cityName = `贵阳市社会工作服务项目评估指标${run}`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the city extends the province template with an item of its own and publishes it; a county reads it and cannot change it', async () => {
  const guiyang = await openAs(browser, inject('baseUrl'), 'guiyang', '/indicators');

  await withFailureShot(guiyang, 'indicators-extend', async () => {
    await guiyang.getByRole('link', { name: '贵州省社会工作服务项目评估指标（通用）' }).click();
    await guiyang.getByText('一级指标合计 100 分').waitFor();
    await guiyang.getByRole('button', { name: '扩展为本级模板' }).click();
    const modal = await settled(guiyang.getByRole('dialog'));
    await chooseOption(guiyang, modal, '项目类型', '家庭综合服务中心');
    await modal.getByLabel('模板名称', { exact: true }).fill(cityName);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await guiyang.getByText('模板已创建，请编辑草稿').waitFor();
    await guiyang.getByRole('heading', { name: `${cityName} · 第 1 版` }).waitFor();
  });

  await withFailureShot(guiyang, 'indicators-edit', async () => {
    await guiyang.getByRole('button', { name: '编辑草稿' }).click();
    const row = guiyang.getByRole('row', { name: /2\.2 服务开展/ });
    await row.getByRole('button', { name: '添加下级' }).click();
    const modal = await settled(guiyang.getByRole('dialog'));
    await modal.getByLabel('指标名称', { exact: true }).fill('“筑城社工”品牌活动');
    await modal.getByLabel('分值', { exact: true }).fill('3');
    await chooseOption(guiyang, modal, '计分方式', '组合分');
    await chooseOption(guiyang, modal, '评分主体', '购买方');
    await modal.getByRole('button', { name: '添加一行' }).click();
    await modal.getByPlaceholder('计分内容').fill('每季度开展一次品牌活动');
    await modal.getByLabel('分值', { exact: true }).last().fill('3');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await guiyang.getByRole('row', { name: /2\.2\.4 “筑城社工”品牌活动/ }).waitFor();
    // The province's items carry the 上级 tag and offer no 修改 or 删除.
    const inherited = guiyang.getByRole('row', { name: /1\.1\.1 项目团队配置/ });
    await inherited.getByText('上级').waitFor();
    expect(await inherited.getByRole('button', { name: '删除' }).count()).toBe(0);
    await guiyang.getByRole('button', { name: '保存草稿' }).click();
    await guiyang.getByText('草稿已保存').waitFor();
  });

  await withFailureShot(guiyang, 'indicators-publish', async () => {
    await guiyang.getByRole('button', { name: /发\s*布/ }).click();
    await guiyang
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await guiyang.getByText('已发布', { exact: true }).first().waitFor();
    await guiyang.getByText('已发布的版本已冻结').waitFor();
    expect(await guiyang.getByRole('button', { name: '编辑草稿' }).count()).toBe(0);
  });

  const nanming = await openAs(browser, inject('baseUrl'), 'nanming', '/indicators');
  await withFailureShot(nanming, 'indicators-county', async () => {
    await nanming.getByRole('link', { name: cityName }).click();
    await nanming.getByRole('row', { name: /2\.2\.4 “筑城社工”品牌活动/ }).waitFor();
    expect(await nanming.getByRole('button', { name: '编辑草稿' }).count()).toBe(0);
    expect(await nanming.getByRole('button', { name: '新建版本' }).count()).toBe(0);
  });
});
