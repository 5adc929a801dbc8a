import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/demo-accounts';
import { clientFor, createTestApp, sessionOf, type TestApp } from '../../../test/test-app';

/** A clock the tests move by hand through lockouts and session timeouts. */
const fakeNow = { time: new Date('2026-11-22T09:00:00+08:00').getTime() };
const advance = (minutes: number) => (fakeNow.time += minutes * 60_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date(fakeNow.time) });
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('signing in', () => {
  it('signs in a demo officer, sets an httpOnly SameSite cookie and returns the session', async () => {
    const response = await login('nanming', demoPassword);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sg_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(response.json()).toMatchObject({
      account: {
        username: 'nanming',
        regionCode: '520102',
        regionName: '贵州省 / 贵阳市 / 南明区',
      },
      mustChangePassword: false,
    });
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const unknown = await login('nobody-here', 'Whatever#1');
    const wrong = await login('yunyan', 'Wrong#Password1');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    expect(unknown.json().error).toMatchObject({
      code: 'BAD_CREDENTIALS',
      message: '账号或密码错误',
    });
  });

  it('locks an account for 30 minutes after 5 failures, then lets it in again', async () => {
    for (let i = 0; i < 5; i++) expect((await login('xinhua', `bad-${i}`)).statusCode).toBe(401);
    const locked = await login('xinhua', demoPassword);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    advance(29);
    expect((await login('xinhua', demoPassword)).statusCode).toBe(423);
    advance(2);
    expect((await login('xinhua', demoPassword)).statusCode).toBe(200);
  });

  it('locks unknown names the same way, so locking does not reveal which names exist', async () => {
    for (let i = 0; i < 5; i++) await login('ghost', `bad-${i}`);
    expect((await login('ghost', 'anything')).json().error.code).toBe('ACCOUNT_LOCKED');
  });

  it('records sign-ins and failures in the audit trail', async () => {
    const auditor = await t.signIn('auditor');
    const { items } = (
      await auditor.get('/api/v1/audit-events?action=login_failed&limit=100')
    ).json();
    expect(items.map((e: { detail: unknown }) => e.detail)).toContainEqual({
      code: 'login_bad_credentials',
      params: { username: 'yunyan' },
    });
  });

  it('refuses a malformed body naming the field, before any work', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual([
      'body.password',
    ]);
  });
});

describe('sessions', () => {
  it('ends after 30 idle minutes', async () => {
    const client = await t.signIn('guiyang');
    advance(20);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
    advance(31);
    const expired = await client.get('/api/v1/auth/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('ends 12 hours after sign-in however active the user is', async () => {
    const client = await t.signIn('guizhou');
    for (let step = 0; step < 35; step++) {
      advance(20); // 35 × 20 min = 11 h 40 min, never idle for 30
      expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
    }
    advance(20);
    expect((await client.get('/api/v1/auth/session')).json().error.code).toBe('SESSION_EXPIRED');
  });

  it('is revoked on the server by logout: the old cookie no longer works', async () => {
    const client = await t.signIn('yunyan');
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or with a forged one', async () => {
    const client = await t.signIn('yunyan');
    const withoutToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: client.session!.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('CSRF_REJECTED');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: client.session!.cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await client.get('/api/v1/auth/session')).statusCode).toBe(200);
  });
});

describe('changing the password', () => {
  it('forces a new account to change its password before anything else', async () => {
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/v1/accounts', {
      username: 'first.login',
      realName: '首次登录',
      regionCode: '520102',
      password: 'Initial#2026',
    });
    expect(created.statusCode).toBe(201);
    const first = clientFor(t.app, sessionOf(await login('first.login', 'Initial#2026')));
    expect((await first.get('/api/v1/divisions')).json().error.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    const weak = await first.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2026',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_POLICY');
    const changed = await first.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2026',
      newPassword: 'Better#Pass2026',
    });
    expect(changed.statusCode).toBe(200);
    // The old session is gone; the new one (new cookie and CSRF token) works.
    expect((await first.get('/api/v1/auth/session')).statusCode).toBe(401);
    const renewed = clientFor(t.app, sessionOf(changed));
    expect((await renewed.get('/api/v1/divisions')).statusCode).toBe(200);
    expect((await login('first.login', 'Initial#2026')).statusCode).toBe(401);
    expect((await login('first.login', 'Better#Pass2026')).statusCode).toBe(200);
  });

  it('refuses a wrong current password', async () => {
    const client = await t.signIn('guiyang');
    const response = await client.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'Better#Pass2026',
    });
    expect(response.json().error.code).toBe('BAD_CREDENTIALS');
  });
});

describe('rate limit', () => {
  it('slows down repeated sign-in attempts from one address', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const attempts = [];
      for (let i = 0; i < 4; i++) {
        attempts.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { username: 'a', password: 'b' },
            })
          ).statusCode,
        );
      }
      expect(attempts).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
