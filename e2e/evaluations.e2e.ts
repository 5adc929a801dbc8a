import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { openDialog } from './support/form';
import { openAs } from './support/open-as';

// The demo's contract in service (南明区, jigou's organisation) and its 终期 round on the station
// template: six items for the third party, one for the supervising office, one for the community,
// and the contract's four agreed indicators as 产出 items of the third party.
const contractCode = 'NM-HT-2026-007';
const long = 120_000;
let browser: Browser;
let nanming: Page;
let jigou: Page;
let pinggu: Page;
let pinggu2: Page;
let roundUrl = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const base = inject('baseUrl');
  nanming = await openAs(browser, base, 'nanming', '/evaluations');
  jigou = await openAs(browser, base, 'jigou', '/own-evaluations');
  pinggu = await openAs(browser, base, 'pinggu', '/my-evaluations');
  pinggu2 = await openAs(browser, base, 'pinggu2', '/my-evaluations');
});

afterAll(async () => {
  await browser?.close();
});

/** Confirms the open Popconfirm (确定). */
async function confirmPop(page: Page, trigger: Locator) {
  // Clicked only when its popup is not already open; then 确定 on the newest popup, again while the
  // trigger's popup stays open — under load a click can land on the last popup as it fades out.
  const isOpen = async () =>
    ((await trigger.getAttribute('class', { timeout: 1_000 }).catch(() => '')) ?? '').includes(
      'ant-popover-open',
    );
  if (!(await isOpen())) await trigger.click();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page
      .locator('.ant-popconfirm-buttons:visible')
      .last()
      .getByRole('button', { name: /确\s*定/ })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    const closed = await expect
      .poll(isOpen, { timeout: 5_000 })
      .toBe(false)
      .then(
        () => true,
        () => false,
      );
    if (closed) return;
  }
  throw new Error('the confirmation did not take');
}

/** Marks every item of a scoring form at its best: the top level, or every part found. */
async function scoreAll(page: Page, form: Locator) {
  const items = form.getByRole('group');
  await items.first().waitFor();
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const radios = item.getByRole('radio');
    if ((await radios.count()) > 0) await radios.first().check();
    else for (const box of await item.getByRole('checkbox').all()) await box.check();
  }
  await confirmPop(page, form.getByRole('button', { name: '提交评分表' }));
  // Once submitted the sheet is read-only: its buttons go.
  await form.getByRole('button', { name: '提交评分表' }).waitFor({ state: 'detached' });
}

async function openAssignment(page: Page) {
  await page.goto('/my-evaluations');
  // The demo has a 中期 round too (韦评 assigned): this story is the 终期 one.
  await page
    .getByRole('row', { name: /终期评估/ })
    .getByRole('link')
    .click();
  await page.getByText('利益冲突声明').first().waitFor();
}

test(
  'a county officer opens the final round of a contract in service from 评估安排',
  async () => {
    await withFailureShot(nanming, 'evaluation-open', async () => {
      await nanming.goto('/evaluations');
      await nanming.getByRole('button', { name: `安排评估 ${contractCode} 终期评估` }).click();
      await nanming.waitForURL(/\/evaluations\/rounds\/[0-9a-f-]+$/);
      roundUrl = nanming.url();
      await nanming.getByText('评分中', { exact: true }).first().waitFor();
      await nanming.getByText('社会工作服务项目评估指标', { exact: false }).first().waitFor();
    });
  },
  long,
);

test(
  'the officer assigns both demo evaluators, seeing what the platform knows of each',
  async () => {
    await withFailureShot(nanming, 'evaluation-assign', async () => {
      const modal = await openDialog(
        nanming,
        nanming.getByRole('button', { name: '指派评估人员' }),
      );
      for (const name of ['韦评（评估人员）', '罗估（评估人员）']) {
        await modal.getByRole('button', { name: `指派 ${name}` }).click();
        if (await nanming.locator('.ant-popconfirm-buttons:visible').isVisible())
          await confirmPop(nanming, modal.getByRole('button', { name: `指派 ${name}` }));
        await nanming.getByText(`已指派 ${name}`).waitFor();
      }
      await modal.getByText('已指派', { exact: true }).nth(1).waitFor();
      await nanming.keyboard.press('Escape');
      const table = nanming.getByRole('table', { name: '评估人员' });
      await table.getByText('待声明利益冲突').nth(1).waitFor();
    });
  },
  long,
);

test(
  'the evaluators declare: 罗估 a conflict (recused), 韦评 none — only then the project opens',
  async () => {
    await withFailureShot(pinggu2, 'evaluation-declare-conflict', async () => {
      await openAssignment(pinggu2);
      // Before declaring: nothing of the project (its indicators, reports, the sheet).
      expect(await pinggu2.getByText('合同指标').count()).toBe(0);
      await pinggu2.getByRole('radio', { name: '存在利益冲突', exact: true }).check();
      await pinggu2.getByLabel('冲突情况说明').fill('本人配偶在承接机构任职');
      await pinggu2.getByRole('button', { name: '提交声明' }).click();
      await pinggu2.getByText('已申报利益冲突，您将回避本次评估').waitFor();
      await pinggu2.getByText('申报利益冲突（已回避）').first().waitFor();
    });
    await withFailureShot(pinggu, 'evaluation-declare-clear', async () => {
      await openAssignment(pinggu);
      await pinggu.getByRole('button', { name: '提交声明' }).click();
      await pinggu.getByText('已声明无利益冲突').waitFor();
      await pinggu.getByText('合同指标').first().waitFor();
      await pinggu.getByRole('cell', { name: '困境儿童个案', exact: true }).waitFor();
    });
  },
  long,
);

test(
  'the cleared evaluator scores the contract’s indicators and opens its service outputs (recorded)',
  async () => {
    await withFailureShot(pinggu, 'evaluation-outputs', async () => {
      await openAssignment(pinggu);
      // The agreed indicators are items of the sheet, with their agreed level.
      await pinggu.getByText('困境儿童个案（约定每年 30 个）').first().waitFor();
      const drawer = await openDialog(pinggu, pinggu.getByRole('button', { name: '查看服务产出' }));
      await drawer.getByText('服务产出（查看留痕）').waitFor();
      await drawer
        .getByRole('table', { name: '服务产出（查看留痕）' })
        .getByText('学业支持小组')
        .waitFor();
      await drawer.getByText('24 节 / 每年').waitFor();
      await pinggu.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    });
  },
  long,
);

test(
  'the cleared evaluator attaches a PDF to an item of the sheet and sees it listed',
  async () => {
    await withFailureShot(pinggu, 'evaluation-file', async () => {
      await openAssignment(pinggu);
      const item = pinggu
        .locator('.ant-card')
        .filter({ hasText: '评分表' })
        .filter({ has: pinggu.getByRole('button', { name: '提交评分表' }) })
        .last()
        .getByRole('group')
        .first();
      await item.locator('input[type=file]').setInputFiles({
        name: 'E2E走访记录.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      });
      await pinggu.getByText('已上传 E2E走访记录.pdf').waitFor();
      await item.getByRole('link', { name: 'E2E走访记录.pdf' }).waitFor();
    });
  },
  long,
);

test(
  'the officer sees the conflict with its note and waives it with a reason',
  async () => {
    await withFailureShot(nanming, 'evaluation-waive', async () => {
      await nanming.goto(roundUrl);
      const table = nanming.getByRole('table', { name: '评估人员' });
      await table.getByText('本人配偶在承接机构任职', { exact: false }).waitFor();
      const row = table.getByRole('row', { name: /罗估/ });
      const modal = await openDialog(nanming, row.getByRole('button', { name: '豁免冲突' }));
      await modal.getByLabel('豁免理由').fill('仅有两名评估人员，经科室集体研究予以豁免');
      await modal.getByRole('button', { name: /确\s*定/ }).click();
      await nanming.getByText('已豁免，该评估人员可以评分').waitFor();
      await table.getByText('冲突已豁免').waitFor();
    });
  },
  long,
);

test(
  'both evaluators score every item of the third party and submit',
  async () => {
    for (const page of [pinggu, pinggu2])
      await withFailureShot(page, 'evaluation-score', async () => {
        await openAssignment(page);
        const form = page
          .locator('.ant-card')
          .filter({ hasText: '评分表' })
          .filter({ has: page.getByRole('button', { name: '提交评分表' }) })
          .last();
        await scoreAll(page, form);
      });
  },
  long,
);

test(
  'the officer fills the office sheets, locks and publishes',
  async () => {
    await withFailureShot(nanming, 'evaluation-office', async () => {
      await nanming.goto(roundUrl);
      for (const party of ['业务主管部门', '购买方', '服务对象/社区']) {
        await nanming.getByRole('button', { name: new RegExp(`${party}评分表`) }).click();
        const panel = nanming
          .locator('.ant-collapse-item-active')
          .filter({ hasText: `${party}评分表` });
        await scoreAll(nanming, panel);
        await panel.locator('.ant-collapse-header').click();
      }
      await confirmPop(nanming, nanming.getByRole('button', { name: '锁定评分' }));
      await nanming.getByText('评分已锁定').waitFor();
      await nanming.getByText('已锁定', { exact: true }).first().waitFor();
      await nanming
        .getByRole('button', { name: /重新评分/ })
        .first()
        .waitFor();
      await confirmPop(nanming, nanming.getByRole('button', { name: '公示结果' }));
      await nanming.getByText('结果已公示').waitFor();
      await nanming.getByText('已公示', { exact: true }).first().waitFor();
    });
  },
  long,
);

test(
  'the provider reads the published result and objects to one item',
  async () => {
    await withFailureShot(jigou, 'evaluation-object', async () => {
      await jigou.goto('/own-evaluations');
      await jigou
        .getByRole('link', { name: /困境儿童/ })
        .first()
        .click();
      await jigou.getByText('一级指标', { exact: true }).waitFor();
      const modal = await openDialog(
        jigou,
        jigou.getByRole('button', { name: '提出异议 项目管理制度' }),
      );
      await modal.getByLabel('异议理由').fill('制度汇编已于三月补齐，请核查补充材料');
      await modal.getByRole('button', { name: '提交异议' }).click();
      await jigou.getByText('异议已提交').waitFor();
      await jigou.getByRole('table', { name: '异议' }).getByText('待处理').waitFor();
    });
  },
  long,
);

test(
  'the officer decides the objection with a reason',
  async () => {
    await withFailureShot(nanming, 'evaluation-decide', async () => {
      await nanming.goto(roundUrl);
      const objections = nanming.getByRole('table', { name: '异议' });
      await objections.getByText('制度汇编已于三月补齐', { exact: false }).waitFor();
      const modal = await openDialog(nanming, objections.getByRole('button', { name: '处理异议' }));
      await modal.getByRole('radio', { name: '异议不成立', exact: true }).check();
      await modal.getByLabel('处理理由').fill('评分已为最高等级，补充材料不改变评定');
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await nanming.getByText('异议已处理').waitFor();
      await objections.getByText('异议不成立').waitFor();
    });
  },
  long,
);

test(
  'the provider confirms the result',
  async () => {
    await withFailureShot(jigou, 'evaluation-confirm', async () => {
      await jigou.reload();
      await confirmPop(jigou, jigou.getByRole('button', { name: '确认结果' }));
      await jigou.getByText('已确认评估结果').waitFor();
    });
  },
  long,
);

test(
  'the officer makes the round final and sees what it did: the final tranche may be paid',
  async () => {
    await withFailureShot(nanming, 'evaluation-final', async () => {
      await nanming.goto(roundUrl);
      await confirmPop(nanming, nanming.getByRole('button', { name: /定\s*档/ }));
      await nanming.getByText('已定档').first().waitFor();
      await nanming.getByText('定档后的结果').waitFor();
      await nanming.getByText(/笔付款.*的评估条件已满足，可申请支付/).waitFor();
      await nanming.getByText(/已记入承接机构信用记录/).waitFor();
    });
  },
  long,
);

test(
  'the printable report lists the marks, the evidence and the objection',
  async () => {
    await withFailureShot(nanming, 'evaluation-print', async () => {
      await nanming.goto(`${roundUrl}/print`);
      await nanming.getByText('评分明细与评分依据').waitFor();
      await nanming.getByText('制度汇编已于三月补齐', { exact: false }).waitFor();
      // The evaluator's file, by name, in the evidence of its item.
      await nanming.getByText('E2E走访记录.pdf', { exact: false }).waitFor();
      await nanming.getByRole('button', { name: /打\s*印/ }).waitFor();
      // Printed, the page stands alone: no side menu, no header, no print button.
      await nanming.emulateMedia({ media: 'print' });
      expect(await nanming.locator('.ant-layout-sider').isVisible()).toBe(false);
      expect(await nanming.getByRole('button', { name: /打\s*印/ }).isVisible()).toBe(false);
      await nanming.emulateMedia({ media: 'screen' });
    });
  },
  long,
);

test(
  'the officer draws the year’s spot checks with a seed and sees it kept with the draw',
  async () => {
    await withFailureShot(nanming, 'evaluation-draw', async () => {
      await nanming.goto('/evaluations?tab=draws');
      const form = nanming.locator('.ant-card').filter({ hasText: '年度抽查抽签' });
      await form.getByLabel('随机种子').fill('e2e-draw-seed');
      await form.getByRole('button', { name: /抽\s*签/ }).click();
      await nanming.getByText(/已抽取 \d+ 个项目/).waitFor();
      // The draw's card keeps the seed that lets anyone re-run it, and its strata.
      const card = nanming
        .locator('.ant-card')
        .filter({ has: nanming.locator('.ant-descriptions', { hasText: 'e2e-draw-seed' }) })
        .last();
      await card.locator('.ant-descriptions-item-label', { hasText: '随机种子' }).waitFor();
      await card.getByText('分层（县区 · 项目类型）').first().waitFor();
    });
  },
  long,
);

test(
  'the round page reads in English',
  async () => {
    await withFailureShot(nanming, 'evaluation-english', async () => {
      await nanming.goto(roundUrl);
      await nanming.getByText('定档后的结果').waitFor();
      await nanming.getByText('English', { exact: true }).click();
      await nanming.getByText('What the final result did').waitFor();
      await nanming.getByRole('table', { name: 'Evaluators' }).waitFor();
      await nanming.getByText('困境儿童个案（约定每年 30 个）').first().waitFor();
      expect(await nanming.getByText('定档后的结果').count()).toBe(0);
    });
  },
  long,
);
