import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from './support/browser';
import { withFailureShot } from './support/failure';
import { signIn } from './support/sign-in';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
/** A phone held upright: the station worker in the village. */
const phone = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A call to the API as the signed-in user (writes carry the session's CSRF token). */
async function call<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const session = await (await page.request.get('/api/v1/auth/session')).json();
  const response = await page.request.fetch(path, {
    method,
    data: body,
    headers: { 'X-CSRF-Token': session.csrfToken },
  });
  expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

test('on a phone, shegong records a group session’s attendance in one save and the station’s person-times rise', async () => {
  const context = await browser.newContext({
    baseURL: inject('baseUrl'),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: phone,
    isMobile: true,
    hasTouch: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto('/groups');
  await page.waitForURL(/\/login/);
  await signIn(page, 'shegong');

  await withFailureShot(page, 'groupwork-phone', async () => {
    const today = shanghaiToday();
    const month = today.slice(0, 7);
    const run = Date.now() % 100_000;
    const [station] = await call<{ id: string; name: string }[]>(
      page,
      'GET',
      '/api/v1/groupwork/stations',
    );
    const client = (name: string, n: number) =>
      call<{ id: string }>(page, 'POST', '/api/v1/clients', {
        name,
        sex: n % 2 ? 'male' : 'female',
        birthDate: '1950-03-01',
        regionCode: '520102016001',
        riskLevel: 'low',
        consent: { givenBy: 'self', givenOn: today },
        duplicatesChecked: true,
      });
    const present = await client(`王来${run}`, 1);
    const absent = await client(`李缺${run}`, 2);
    const group = await call<{ id: string }>(page, 'POST', '/api/v1/groups', {
      stationId: station!.id,
      name: `长者互助小组${run}`,
      goal: '增进长者之间的互助',
      populationGroups: ['elderly'],
      serviceField: 'social_welfare',
      plannedSessions: 6,
    });
    for (const member of [present, absent])
      await call(page, 'POST', `/api/v1/groups/${group.id}/members`, {
        clientId: member.id,
        joinedOn: today,
      });
    await call(page, 'POST', `/api/v1/groups/${group.id}/sessions`, {
      heldOn: today,
      durationMinutes: 90,
      topic: '相识与契约',
    });
    const monthOf = () =>
      call<{ personTimes: number }>(
        page,
        'GET',
        `/api/v1/person-times/station-month?stationId=${station!.id}&month=${month}`,
      );
    const before = (await monthOf()).personTimes;

    // From the group's page to the sheet of its session.
    await page.goto(`/groups/${group.id}`);
    await page.getByText('相识与契约').waitFor();
    await page.getByRole('link', { name: '签到', exact: true }).click();
    await page.waitForURL(/\/attendance\/[0-9a-f-]{36}$/);
    const list = page.getByRole('list', { name: '签到名单' });
    await list.waitFor();

    // Made for the phone: nothing wider than the screen, touch targets at least 44 px high.
    const sheet = await page.evaluate(() => {
      const overlay = document.querySelector<HTMLElement>('[data-attendance-sheet]')!;
      return {
        view: window.innerWidth,
        width: overlay.getBoundingClientRect().width,
        content: overlay.scrollWidth,
      };
    });
    expect(sheet).toEqual({ view: phone.width, width: phone.width, content: phone.width });
    const row = (name: string) => list.getByRole('listitem', { name });
    const presentButton = row(`王来${run}`).getByRole('button', { name: /出\s*席/ });
    const box = await presentButton.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);

    const save = page.getByRole('button', { name: '保存签到' });
    await expect(save.isDisabled()).resolves.toBe(true);
    await presentButton.tap();
    await row(`李缺${run}`)
      .getByRole('button', { name: /缺\s*席/ })
      .tap();
    await expect(presentButton.getAttribute('aria-pressed')).resolves.toBe('true');
    await mkdir(artifacts, { recursive: true });
    await page.waitForTimeout(600); // the tap's ripple, for the kept screenshot only
    await page.screenshot({ path: `${artifacts}attendance-phone.png` });
    await save.tap();
    // Only the one present counts: registered but absent is no person-time.
    await page.getByText('签到已保存，本场人次 1').waitFor();
    expect((await monthOf()).personTimes).toBe(before + 1);

    // The station's month shows the rise.
    await page.goto(`/person-times?station=${station!.id}&month=${month}`);
    const figure = page.locator('.ant-statistic', { hasText: `${month} 服务人次` });
    await figure.locator('.ant-statistic-content', { hasText: String(before + 1) }).waitFor();
    await expect(figure.locator('.ant-statistic-content').innerText()).resolves.toBe(
      String(before + 1),
    );
    await page.getByRole('link', { name: `长者互助小组${run}` }).waitFor();
  });
  await context.close();
});
