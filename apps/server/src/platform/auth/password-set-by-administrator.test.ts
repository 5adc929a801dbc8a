import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  createTestApp,
  sessionOf,
  type TestApp,
  type TestClient,
} from '../../../test/test-app';

let t: TestApp;
let admin: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

interface Event {
  id: string;
  action: string;
  actorName: string | null;
  regionCode: string;
  detail: unknown;
}

const eventsOf = async (reader: TestClient, query: string): Promise<Event[]> => {
  const response = await reader.get(`/api/v1/audit-events?limit=100&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
};
const says = (event: Event | undefined, text: string) =>
  JSON.stringify(event?.detail ?? null).includes(text);

describe('a password an administrator set', () => {
  it('lets its holder only choose a new one, telling them who set it and when', async () => {
    const officer = (await admin.get('/api/v1/accounts?q=nanming')).json().items[0];
    const reset = await admin.post(`/api/v1/accounts/${officer.id}/password-reset`, {
      password: 'Temporary#2026',
    });
    expect(reset.statusCode, reset.body).toBe(200);

    const signedIn = await login('nanming', 'Temporary#2026');
    expect(signedIn.statusCode).toBe(200);
    const notice = { realName: '系统管理员（演示）', username: 'admin', at: expect.any(String) };
    expect(signedIn.json()).toMatchObject({
      mustChangePassword: true,
      passwordSetByAdministrator: notice,
    });
    const holder = clientFor(t.app, sessionOf(signedIn));
    for (const url of ['/api/v1/workers', '/api/v1/stations', '/api/v1/organisations']) {
      const refused = await holder.get(url);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await holder.get('/api/v1/auth/session')).json().passwordSetByAdministrator).toEqual(
      notice,
    );

    const changed = await holder.post('/api/v1/auth/password', {
      currentPassword: 'Temporary#2026',
      newPassword: 'Own#Choice2026',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().passwordSetByAdministrator).toBeNull();
    expect((await login('nanming', 'Own#Choice2026')).json()).toMatchObject({
      mustChangePassword: false,
      passwordSetByAdministrator: null,
    });

    // The auditor reads the account's trail: the reset, and the sign-in and the change made
    // with that password, each naming the reset.
    const trail = await eventsOf(auditor, `entityType=account&entityId=${officer.id}`);
    const resetEvent = trail.find((e) => e.actorName === '系统管理员（演示）');
    expect(resetEvent).toBeDefined();
    const signIn = trail.find((e) => e.action === 'login' && says(e, resetEvent!.id));
    const change = trail.find((e) => e.action === 'password_change' && says(e, resetEvent!.id));
    expect(signIn).toMatchObject({ actorName: '南明民政' });
    expect(change).toMatchObject({ actorName: '南明民政' });
    const later = trail.filter((e) => e.action === 'login' && e.id !== signIn!.id);
    expect(later.some((e) => says(e, resetEvent!.id))).toBe(false);
  });

  it('names the administrator who created an account with its first password', async () => {
    const created = await admin.post('/api/v1/accounts', {
      username: 'new.officer',
      realName: '新同事',
      regionCode: '520102',
      password: 'Initial#2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    const first = await login('new.officer', 'Initial#2026');
    expect(first.json()).toMatchObject({
      mustChangePassword: true,
      passwordSetByAdministrator: { realName: '系统管理员（演示）', username: 'admin' },
    });
    const trail = await eventsOf(auditor, `entityType=account&entityId=${created.json().id}`);
    const creation = trail.find((e) => e.action === 'create')!;
    expect(trail.some((e) => e.action === 'login' && says(e, creation.id))).toBe(true);
  });
});

describe('failed sign-ins of names with no account', () => {
  it('are filed under the top of the deployment, where its top-level auditor reads them', async () => {
    const provinceAuditor = await t.accountWith({
      username: 'province.auditor',
      roles: ['audit_admin'],
      regionCode: '52',
    });
    expect((await login('no.such.name', 'Whatever#1')).statusCode).toBe(401);
    expect((await login('yunyan', 'Wrong#Password1')).statusCode).toBe(401);

    const seenAbove = await eventsOf(provinceAuditor, 'action=login_failed');
    const unknown = seenAbove.find((e) => says(e, 'no.such.name'));
    // Every account of the demo lies in 贵州省: nothing is filed for the whole country alone.
    expect(unknown).toMatchObject({ regionCode: '52', actorName: null });
    expect(seenAbove.find((e) => says(e, 'yunyan'))).toMatchObject({ regionCode: '520103' });

    // An auditor below the top sees the attempts on accounts in their scope, never the others:
    // whether an attempt shows there does not say whether the name exists elsewhere.
    const seenBelow = await eventsOf(auditor, 'action=login_failed');
    expect(seenBelow.some((e) => says(e, 'no.such.name'))).toBe(false);
    expect(seenBelow.some((e) => says(e, 'yunyan'))).toBe(true);
  });
});
