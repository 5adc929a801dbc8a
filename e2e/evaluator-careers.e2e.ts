import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { post } from './support/api';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { chooseOption, openDialog } from './support/form';
import { openAs } from './support/open-as';

// A new evaluator of the city, linked in the accounts page to a worker the demo operator (the
// provider of the demo contract) employs today: the assignment form then flags them.
const username = `e2eeval${Date.now().toString(36)}`;
const realName = '测评员（链接人才库）';
const long = 120_000;
let browser: Browser;
let base = '';

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject('baseUrl');
});

afterAll(async () => {
  await browser?.close();
});

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return (await (await page.request.get(path)).json()) as T;
}

test(
  'a security administrator links an evaluator to the registry, and the officer sees the tie on the assignment form',
  async () => {
    const admin = await openAs(browser, base, 'admin', '/admin/accounts');
    await post(admin, '/api/v1/accounts', {
      username,
      realName,
      regionCode: '5201',
      password: 'Welcome@2026x',
    });
    await admin.context().close();
    const jigou = await openAs(browser, base, 'jigou', '/');
    const [staff] = (await apiGet<{ items: { name: string }[] }>(jigou, '/api/v1/bidder-staff'))
      .items;
    await jigou.context().close();

    const security = await openAs(browser, base, 'security', '/admin/accounts');
    await withFailureShot(security, 'evaluator-link', async () => {
      await security.getByPlaceholder('账号、姓名或手机号').fill(username);
      await security.getByRole('button', { name: /查\s*询/ }).click();
      const row = security.locator('.ant-table-row', { hasText: username });
      const modal = await openDialog(security, row.getByRole('button', { name: '分配角色' }));
      const title = modal.getByText('分配角色与管辖范围');
      await modal.getByLabel('角色', { exact: true }).click();
      await security.locator('.ant-select-item-option', { hasText: /^评估人员$/ }).click();
      await title.click(); // closes the option list
      await chooseOption(security, modal, '所管理的机构', '社', {
        search: '社',
        closer: title,
      });
      await chooseOption(security, modal, '人才库中的社工', staff!.name, {
        search: staff!.name,
        closer: title,
      });
      await modal.getByRole('button', { name: /保\s*存/ }).click();
      await security.getByText('角色与管辖范围已更新').waitFor();
      await row.getByRole('link', { name: username }).click();
      await security.getByText(new RegExp(`^${staff!.name}（.*\\*{10}\\d{2}）$`)).waitFor();
    });
    await security.context().close();

    const nanming = await openAs(browser, base, 'nanming', '/evaluations');
    await withFailureShot(nanming, 'evaluator-signal', async () => {
      const rounds = await apiGet<{ items: { id: string; status: string }[] }>(
        nanming,
        '/api/v1/evaluation-rounds',
      );
      // What the platform knows of each candidate, for every round of the provider (other stories
      // score and close the demo's rounds, in an order of their own).
      const flagged: string[] = [];
      for (const round of rounds.items) {
        const candidates = await apiGet<{
          items: { name: string; signals: { kind: string }[] }[];
        }>(nanming, `/api/v1/evaluation-rounds/${round.id}/candidates`);
        const candidate = candidates.items.find((c) => c.name === realName);
        if (candidate?.signals.some((x) => x.kind === 'employed_by_provider'))
          flagged.push(round.id);
      }
      expect(flagged.length).toBeGreaterThan(0);
      // In the browser on a round still open for assignment, when one is left: looked at, not assigned.
      const open = rounds.items.find((r) => r.status === 'open' && flagged.includes(r.id));
      if (!open) return;
      await nanming.goto(`/evaluations/rounds/${open.id}`);
      const modal = await openDialog(
        nanming,
        nanming.getByRole('button', { name: '指派评估人员' }),
      );
      const candidate = modal.getByRole('row', { name: new RegExp(realName) });
      await candidate.getByText('评估人员现就职于承接机构').waitFor();
    });
    await nanming.context().close();
  },
  long,
);
