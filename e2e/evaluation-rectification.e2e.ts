import {
  leavesOf,
  partyOf,
  roundResult,
  type EvaluationRoundDetail,
  type IndicatorItem,
  type ItemMark,
  type ScoringParty,
} from '@shegong/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { openDialog } from './support/form';
import { openAs } from './support/open-as';

// The demo's 中期评估 of NM-HT-2026-007 (韦评 assigned, the declaration due), scored through the
// API to a 合格 result with one item the provider contests; the pages then decide the objection,
// show it on both sides and run the rectification plan that 合格 asks for.
const long = 180_000;
let browser: Browser;
let nanming: Page;
let jigou: Page;
let pinggu: Page;
let round: EvaluationRoundDetail;
let contested: IndicatorItem;

async function get<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

async function put<T>(page: Page, path: string, body: unknown): Promise<T> {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.fetch(path, {
    method: 'PUT',
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(response.ok(), `${path} answered ${response.status()}: ${await response.text()}`).toBe(
    true,
  );
  return (await response.json()) as T;
}

const markOf = (item: IndicatorItem, best: boolean): ItemMark =>
  item.scoringType === 'graded'
    ? {
        key: item.key,
        checkedParts: [],
        level: best ? item.levels[0]!.label : item.levels.at(-1)!.label,
      }
    : { key: item.key, checkedParts: best ? item.parts.map((_, i) => i) : [], level: null };

/**
 * Marks for a 合格 round: every item at its best but enough of the third party's at their worst
 * that the total stays 合格 even after the contested (graded, worst) item is re-scored to its best.
 */
function passingMarks(items: IndicatorItem[], weights: EvaluationRoundDetail['partyWeights']) {
  const leaves = leavesOf(items);
  const worst = new Set<string>();
  const totalWith = (best: (key: string) => boolean) =>
    roundResult(
      items,
      [...new Set(leaves.map(partyOf))].map((party) => ({
        party,
        marks: leaves.filter((l) => partyOf(l) === party).map((l) => markOf(l, best(l.key))),
      })),
      weights,
    ).total!;
  for (const leaf of leaves.filter((l) => partyOf(l) === 'third_party')) {
    worst.add(leaf.key);
    const first = leaves.find((l) => worst.has(l.key) && l.scoringType === 'graded');
    if (!first) continue;
    const after = totalWith((key) => !worst.has(key) || key === first.key);
    if (after < 80) {
      expect(totalWith((key) => !worst.has(key))).toBeGreaterThanOrEqual(60);
      return { worst, contested: first };
    }
  }
  throw new Error('no 合格 marks found');
}

const marksFor = (items: IndicatorItem[], party: ScoringParty, worst: Set<string>) =>
  leavesOf(items)
    .filter((l) => partyOf(l) === party)
    .map((l) => markOf(l, !worst.has(l.key)));

beforeAll(async () => {
  browser = await launchBrowser();
  const base = inject('baseUrl');
  nanming = await openAs(browser, base, 'nanming', '/evaluations');
  jigou = await openAs(browser, base, 'jigou', '/own-evaluations');
  pinggu = await openAs(browser, base, 'pinggu', '/my-evaluations');

  // The demo's one 中期 round (the other story runs its 终期).
  const rounds = await get<{ items: { id: string }[] }>(
    nanming,
    '/api/v1/evaluation-rounds?kind=midterm&status=open',
  );
  const id = rounds.items[0]!.id;
  round = await get<EvaluationRoundDetail>(nanming, `/api/v1/evaluation-rounds/${id}`);
  const { worst, contested: item } = passingMarks(round.items, round.partyWeights);
  contested = item;

  const assignment = round.assignments.find((a) => a.evaluatorName.startsWith('韦评'))!;
  const mine = await get<{ assignment: { version: number } }>(
    pinggu,
    `/api/v1/my-evaluations/${assignment.id}`,
  );
  await post(pinggu, `/api/v1/my-evaluations/${assignment.id}/declaration`, {
    version: mine.assignment.version,
    conflict: false,
  });
  const saved = await put<{ project: { sheet: { version: number } } }>(
    pinggu,
    `/api/v1/my-evaluations/${assignment.id}/sheet`,
    { marks: marksFor(round.items, 'third_party', worst) },
  );
  await post(pinggu, `/api/v1/my-evaluations/${assignment.id}/sheet/submit`, {
    version: saved.project.sheet.version,
  });
  const offices = [...new Set(leavesOf(round.items).map(partyOf))].filter(
    (p) => p !== 'third_party',
  );
  for (const party of offices) {
    const after = await put<EvaluationRoundDetail>(
      nanming,
      `/api/v1/evaluation-rounds/${id}/sheets/${party}`,
      { marks: marksFor(round.items, party, worst) },
    );
    const sheet = after.sheets.find((s) => s.party === party)!;
    await post(nanming, `/api/v1/evaluation-rounds/${id}/sheets/${party}/submit`, {
      version: sheet.version,
    });
  }
  let detail = await get<EvaluationRoundDetail>(nanming, `/api/v1/evaluation-rounds/${id}`);
  detail = await post(nanming, `/api/v1/evaluation-rounds/${id}/lock`, { version: detail.version });
  expect(detail.grade).toBe('pass');
  detail = await post(nanming, `/api/v1/evaluation-rounds/${id}/publish`, {
    version: detail.version,
  });
  await post(jigou, `/api/v1/own-evaluations/${id}/objections`, {
    itemKey: contested.key,
    reason: '补充材料已提交，请复核该项评分',
  });
  round = detail;
}, long);

afterAll(async () => {
  await browser?.close();
});

test(
  'the officer upholds the objection with a re-score; both sides see it',
  async () => {
    await withFailureShot(nanming, 'rectification-decide', async () => {
      await nanming.goto(`/evaluations/rounds/${round.id}`);
      const objections = nanming.getByRole('table', { name: '异议' });
      await objections.getByText('补充材料已提交', { exact: false }).waitFor();
      const modal = await openDialog(nanming, objections.getByRole('button', { name: '处理异议' }));
      await modal.getByRole('radio', { name: '异议成立（重新评分）', exact: true }).check();
      await modal
        .getByRole('radio', { name: new RegExp(`^${contested.levels[0]!.label}`) })
        .check();
      await modal.getByLabel('处理理由').fill('补充材料证实该项已达到最高等级');
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await nanming.getByText('异议已处理').waitFor();
      await objections.getByText('异议成立', { exact: false }).waitFor();
      // The re-score history names the item's new score and the reason.
      await nanming.getByText('补充材料证实该项已达到最高等级').first().waitFor();
    });
    await withFailureShot(jigou, 'rectification-objection-seen', async () => {
      await jigou.goto(`/own-evaluations/${round.id}`);
      const objections = jigou.getByRole('table', { name: '异议' });
      await objections.getByText('异议成立', { exact: false }).waitFor();
      await objections.getByText('补充材料证实该项已达到最高等级').waitFor();
    });
  },
  long,
);

test(
  'a 合格 result asks the provider for a plan, which it submits and the officer accepts',
  async () => {
    const provider = await get<{ version: number }>(jigou, `/api/v1/own-evaluations/${round.id}`);
    await post(jigou, `/api/v1/own-evaluations/${round.id}/confirm`, {
      version: provider.version,
    });
    const detail = await get<EvaluationRoundDetail>(
      nanming,
      `/api/v1/evaluation-rounds/${round.id}`,
    );
    const final = await post<EvaluationRoundDetail>(
      nanming,
      `/api/v1/evaluation-rounds/${round.id}/finalise`,
      { version: detail.version },
    );
    expect(final.grade).toBe('pass');
    await withFailureShot(jigou, 'rectification-submit', async () => {
      await jigou.goto(`/own-evaluations/${round.id}`);
      const card = jigou.locator('.ant-card').filter({ hasText: '整改方案' }).first();
      const modal = await openDialog(jigou, card.getByRole('button', { name: '提交整改方案' }));
      await modal
        .getByLabel('整改方案')
        .fill('一、补齐服务档案；二、每月召开督导会；三、季度自查。');
      await modal.getByRole('button', { name: /确\s*定/ }).click();
      await jigou.getByText('整改方案已提交').first().waitFor();
    });
    await withFailureShot(nanming, 'rectification-accept', async () => {
      await nanming.goto(`/evaluations/rounds/${round.id}`);
      const card = nanming.locator('.ant-card').filter({ hasText: '整改方案' }).first();
      await card.getByText('一、补齐服务档案', { exact: false }).waitFor();
      await card.getByRole('button', { name: /通\s*过/ }).click();
      await nanming
        .locator('.ant-popconfirm-buttons:visible')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await nanming.getByText('整改方案已通过').first().waitFor();
    });
  },
  long,
);
