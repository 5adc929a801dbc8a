import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ageOn,
  maskPhone,
  maskResidentId,
  maskResidentIdShort,
  residentIdCheckChar,
} from '@shegong/domain';
import { residentIdFor, workerInput } from '../../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
const today = '2026-11-22';
let t: TestApp;
let nanming: TestClient;
let xinhua: TestClient;
let auditor: TestClient;
let security: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  xinhua = await t.signIn('xinhua');
  auditor = await t.signIn('auditor');
  security = await t.signIn('security');
});
afterAll(() => t.close());

/** Every valid ID number that shows as `masked` (first 6, last 2) and gives `age` on `today`. */
function candidatesFor(masked: string, age: number): string[] {
  const [prefix, seqEnd, check] = [masked.slice(0, 6), masked.slice(-2, -1), masked.slice(-1)];
  const candidates: string[] = [];
  for (let day = Date.UTC(2026 - age - 1, 0, 1); day < Date.UTC(2026 - age + 1, 0, 1);) {
    const date = new Date(day).toISOString().slice(0, 10);
    day += 86_400_000;
    if (ageOn(date, today) !== age) continue;
    for (let n = 0; n < 100; n++) {
      const first17 = `${prefix}${date.replaceAll('-', '')}${String(n).padStart(2, '0')}${seqEnd}`;
      if (residentIdCheckChar(first17) === check) candidates.push(first17 + check);
    }
  }
  return candidates;
}

async function identitySearchEvents(actorName: string) {
  const events = (
    await auditor.get('/api/v1/audit-events?entityType=identity_search&limit=200')
  ).json().items as { actorName: string; outcome: string; detail: unknown }[];
  // The detail is the text written, or a code with parameters: compared as its JSON either way.
  return events
    .filter((e) => e.actorName === actorName)
    .map((e) => ({ ...e, detail: JSON.stringify(e.detail) }));
}

describe('searching the registry by ID or phone number', () => {
  it('does not let a township officer confirm a masked ID number by searching the candidates', async () => {
    const idNumber = residentIdFor(301, '19880714');
    await nanming.strict().post('/api/v1/workers', workerInput(301, { idNumber, name: '韦小宝' }));
    const shown = (await xinhua.get(`/api/v1/workers?q=${encodeURIComponent('韦小宝')}`)).json()
      .items[0];
    // Beside the age, the number shows its first 6 and last 2 only: thousands of candidates.
    expect(shown.idNumber).toBe(maskResidentIdShort(idNumber));
    const candidates = candidatesFor(shown.idNumber, shown.age);
    expect(candidates).toContain(idNumber);
    expect(candidates.length).toBeGreaterThan(3000);

    // The attack: numbers that fit the mask and the age, searched in turn — none is answered.
    const tried = [idNumber, ...candidates.filter((c) => c !== idNumber).slice(0, 30)];
    const confirmed: string[] = [];
    for (const candidate of tried) {
      for (const url of [
        `/api/v1/workers?q=${candidate}`,
        `/api/v1/workers/export?q=${candidate}`,
        `/api/v1/registrations?q=${candidate}`,
      ]) {
        const answer = await xinhua.get(url);
        if (answer.statusCode === 200 && answer.body.includes(shown.id)) confirmed.push(candidate);
        expect(answer.statusCode).toBe(403);
        expect(answer.body).not.toContain(shown.id);
      }
    }
    expect(confirmed).toEqual([]);
    expect((await xinhua.get(`/api/v1/workers?q=${idNumber}`)).json().error.details[0].path).toBe(
      'query.q',
    );

    // Each attempt is in the audit trail, the number masked.
    const events = await identitySearchEvents('新华路街道民政');
    expect(events.length).toBeGreaterThanOrEqual(tried.length * 3);
    expect(events.every((e) => e.outcome === 'failure')).toBe(true);
    expect(events.some((e) => e.detail.includes(maskResidentId(idNumber)))).toBe(true);
    expect(JSON.stringify(events)).not.toContain(idNumber);
  });

  it('finds by ID number for an officer who may reveal it, and audits the search masked', async () => {
    const idNumber = residentIdFor(302, '19900101');
    await nanming.strict().post('/api/v1/workers', workerInput(302, { idNumber }));
    const found = (await nanming.get(`/api/v1/workers?q=${idNumber}`)).json();
    expect(found.items.map((w: { name: string }) => w.name)).toEqual(['测试社工302']);
    const events = await identitySearchEvents('南明民政');
    expect(events[0]).toMatchObject({ outcome: 'success' });
    expect(events[0]!.detail).toContain(maskResidentId(idNumber));
    expect(JSON.stringify(events)).not.toContain(idNumber);
  });

  it('does not answer a sheet of candidate numbers beyond the hourly allowance', async () => {
    const idNumber = residentIdFor(304, '19910203');
    await nanming.strict().post('/api/v1/workers', workerInput(304, { idNumber, name: '令狐冲' }));
    const shown = (await xinhua.get(`/api/v1/workers?q=${encodeURIComponent('令狐冲')}`)).json()
      .items[0];
    const candidates = candidatesFor(shown.idNumber, shown.age).slice(0, 40);
    if (!candidates.includes(idNumber)) candidates[0] = idNumber;
    const rows = candidates.map((c) => [c, '令狐冲', '助理社会工作师', '2024-06-30', '']);
    const file = await xlsxOf(
      [['身份证号', '姓名', '证书等级', '发证日期', '证书管理号'], ...rows],
      { textColumns: [1, 5] },
    );
    const upload = (client: TestClient) =>
      client.request({
        method: 'POST',
        url: '/api/v1/certificates/imports',
        payload: uploadForm(file, 'candidates.xlsx'),
      });
    const refused = await upload(xinhua);
    expect(refused.statusCode, refused.body).toBe(429);
    expect(refused.body).not.toContain('"row"');
    const tripped = (await identitySearchEvents('新华路街道民政')).filter((e) =>
      e.detail.includes('certificate import'),
    );
    expect(tripped).toMatchObject([{ outcome: 'failure' }]);
    expect(JSON.stringify(tripped)).not.toContain(idNumber);
    // An officer who may reveal the numbers is answered row by row, as before.
    expect((await upload(nanming)).json().validRows).toBe(1);
  });

  it('limits searches by phone number per account and hour, as the security policy says', async () => {
    const policy = (await security.get('/api/v1/security-policy')).json();
    expect(policy.identitySearchesPerHour).toBe(30);
    await security
      .strict()
      .put('/api/v1/security-policy', { ...policy, identitySearchesPerHour: 5 });

    // Phone numbers of the mask 139****0303, tried in turn.
    const phone = '13900000303';
    await nanming.strict().post('/api/v1/workers', workerInput(303, { phone }));
    const answers: number[] = [];
    for (let n = 0; n < 8; n++) {
      const candidate = `139${String(n).padStart(4, '0')}0303`;
      answers.push((await xinhua.get(`/api/v1/workers?q=${candidate}`)).statusCode);
    }
    expect(answers).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect((await xinhua.get(`/api/v1/workers?q=${phone}`)).json().error.code).toBe('RATE_LIMITED');
    // Names are still searched, and another account has its own allowance.
    expect((await xinhua.get(`/api/v1/workers?q=${encodeURIComponent('测试')}`)).statusCode).toBe(
      200,
    );
    expect((await nanming.get(`/api/v1/workers?q=${phone}`)).json().items).toHaveLength(1);

    // The audit administrator sees the account run into the limit.
    const tripped = (await identitySearchEvents('新华路街道民政')).filter(
      (e) => e.detail.includes('"reason":"limit"') && e.detail.includes('"where":"workers"'),
    );
    expect(tripped).toHaveLength(4);
    expect(tripped[0]!.detail).toContain(maskPhone(phone));
    expect(JSON.stringify(tripped)).not.toContain(phone);
  });
});
