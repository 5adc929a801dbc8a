import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInput } from '../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let admin: TestClient; // 系统管理员, scope 贵阳市 5201
let security: TestClient; // 安全管理员, scope 5201
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  [admin, security, auditor] = await Promise.all([
    t.signIn('admin'),
    t.signIn('security'),
    t.signIn('auditor'),
  ]);
});
afterAll(() => t.close());

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: `user${Math.random().toString(36).slice(2, 8)}`,
  realName: '李四',
  phone: '13812345678',
  regionCode: '520102',
  password: 'Initial#2026',
  ...overrides,
});

describe('account administration', () => {
  it('creates an account inside the admin scope, masks the phone and audits it', async () => {
    const response = await admin.post('/api/v1/accounts', newAccount({ username: 'li.si' }));
    expect(response.statusCode).toBe(201);
    const account = response.json();
    expect(account).toMatchObject({
      username: 'li.si',
      phone: '138****5678',
      regionName: '贵州省 / 贵阳市 / 南明区',
      roles: [],
      mustChangePassword: true,
      version: 1,
    });
    const { items } = (
      await auditor.get(`/api/v1/audit-events?entityType=account&entityId=${account.id}`)
    ).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'create',
      actorName: '系统管理员（演示）',
      regionCode: '520102',
    });
    expect(items[0].changes.phone).toEqual([null, '138****5678']);
    expect(items[0].changes).not.toHaveProperty('passwordHash');
  });

  it('refuses a scope outside the admin own scope, and a duplicate name', async () => {
    const outside = await admin.post('/api/v1/accounts', newAccount({ regionCode: '520302' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0]).toMatchObject({ path: 'body.regionCode' });
    const duplicate = await admin.post('/api/v1/accounts', newAccount({ username: 'nanming' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details[0].path).toBe('body.username');
  });

  it('refuses roles from a system administrator: roles are the security administrator power', async () => {
    const response = await admin.post(
      '/api/v1/accounts',
      newAccount({ roles: ['civil_affairs_county'] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].path).toBe('body.roles');
  });

  it('lets the security administrator assign roles that fit the scope, and audits the change', async () => {
    const account = (await admin.post('/api/v1/accounts', newAccount())).json();
    const wrongTier = await security.put(`/api/v1/accounts/${account.id}/access`, {
      version: 1,
      roles: ['civil_affairs_city'],
      regionCode: '520102',
    });
    expect(wrongTier.statusCode).toBe(400);
    const mixedAdmin = await security.put(`/api/v1/accounts/${account.id}/access`, {
      version: 1,
      roles: ['audit_admin', 'social_worker'],
      regionCode: '520102',
    });
    expect(mixedAdmin.statusCode).toBe(400);
    const assigned = await security.put(`/api/v1/accounts/${account.id}/access`, {
      version: 1,
      roles: ['civil_affairs_county'],
      regionCode: '520102',
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ roles: ['civil_affairs_county'], version: 2 });
    const { items } = (
      await auditor.get(`/api/v1/audit-events?entityId=${account.id}&action=update`)
    ).json();
    expect(items[0].changes.roles).toEqual([[], ['civil_affairs_county']]);
  });

  it('binds an organisation administrator to one organisation in scope, and only such an account', async () => {
    const nanming = await t.signIn('nanming');
    const [own, other] = await Promise.all(
      [
        organisationInput('520102', 880001, { name: '绑定测试社工中心' }),
        organisationInput('520302', 880002, { name: '遵义测试社工中心' }),
      ].map(async (input) => (await nanming.post('/api/v1/organisations', input)).json()),
    );
    const options = (await security.get('/api/v1/accounts/organisation-options?q=绑定')).json();
    expect(options).toEqual([expect.objectContaining({ id: own.id, name: '绑定测试社工中心' })]);
    const inYunyan = await security.get(
      '/api/v1/accounts/organisation-options?q=绑定&region=520103',
    );
    expect(inYunyan.json()).toEqual([]); // only organisations inside the account's future scope

    await t.accountWith({ username: 'org.bound', roles: [], regionCode: '520102' });
    const [account] = (await admin.get('/api/v1/accounts?q=org.bound')).json().items;
    const assign = (body: Record<string, unknown>) =>
      security.put(`/api/v1/accounts/${account.id}/access`, {
        version: account.version,
        regionCode: '520102',
        ...body,
      });
    const fieldOf = async (
      response: Promise<{ json(): { error: { details: { path: string }[] } } }>,
    ) => (await response).json().error.details[0]!.path;
    expect(await fieldOf(assign({ roles: ['org_admin'] }))).toBe('body.organisationId');
    expect(await fieldOf(assign({ roles: ['org_admin'], organisationId: other.id }))).toBe(
      'body.organisationId',
    ); // 遵义 is outside both scopes: as if it did not exist
    expect(await fieldOf(assign({ roles: ['civil_affairs_county'], organisationId: own.id }))).toBe(
      'body.organisationId',
    );
    const bound = await assign({ roles: ['org_admin'], organisationId: own.id });
    expect(bound.statusCode).toBe(200);
    expect(bound.json()).toMatchObject({
      organisationId: own.id,
      organisationName: '绑定测试社工中心',
    });

    // The account now works as that organisation's administrator, and as no other's.
    const again = await t.signIn('org.bound');
    expect((await again.get(`/api/v1/organisations/${own.id}`)).statusCode).toBe(200);
    const { items } = (await again.get('/api/v1/organisations')).json();
    expect(items.map((o: { id: string }) => o.id)).toEqual([own.id]);
  });

  it('rejects a PATCH that tries to slip in roles or a region (mass assignment)', async () => {
    const account = (await admin.post('/api/v1/accounts', newAccount())).json();
    const response = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: 1,
      roles: ['system_admin'],
      regionCode: '',
    });
    expect(response.statusCode).toBe(400);
    expect((await admin.get(`/api/v1/accounts/${account.id}`)).json()).toMatchObject({
      roles: [],
      regionCode: '520102',
      version: 1,
    });
  });

  it('lets nobody change their own roles or scope', async () => {
    const me = (await security.get('/api/v1/auth/session')).json().account;
    const mine = (await security.get(`/api/v1/accounts/${me.id}`)).json();
    const response = await security.put(`/api/v1/accounts/${me.id}/access`, {
      version: mine.version,
      roles: ['security_admin'],
      regionCode: '52',
    });
    expect(response.statusCode).toBe(403);
  });

  it('answers 409 to an update carrying a stale version', async () => {
    const account = (await admin.post('/api/v1/accounts', newAccount())).json();
    expect(
      (await admin.patch(`/api/v1/accounts/${account.id}`, { version: 1, realName: '王五' }))
        .statusCode,
    ).toBe(200);
    const stale = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: 1,
      realName: '赵六',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('disables an account, which ends its sessions and stops its sign-in', async () => {
    const account = (
      await admin.post('/api/v1/accounts', newAccount({ username: 'to.disable' }))
    ).json();
    const disabled = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: 1,
      status: 'disabled',
    });
    expect(disabled.json().status).toBe('disabled');
    const login = await t.anonymous.post('/api/v1/auth/login', {
      username: 'to.disable',
      password: 'Initial#2026',
    });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('shows a lockout and lets an administrator lift it', async () => {
    for (let i = 0; i < 5; i++)
      await t.anonymous.post('/api/v1/auth/login', { username: 'xinhua', password: 'wrong' });
    const { items } = (await admin.get('/api/v1/accounts?q=xinhua')).json();
    expect(items[0].lockedUntil).not.toBeNull();
    const unlocked = await admin.post(`/api/v1/accounts/${items[0].id}/unlock`);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect(
      (
        await t.anonymous.post('/api/v1/auth/login', {
          username: 'xinhua',
          password: 'Shegong@2026',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('resets a password: the old one stops working and a change is required', async () => {
    const account = (
      await admin.post('/api/v1/accounts', newAccount({ username: 'reset.me' }))
    ).json();
    const reset = await admin.post(`/api/v1/accounts/${account.id}/password-reset`, {
      password: 'Another#2026',
    });
    expect(reset.statusCode).toBe(200);
    expect(
      (
        await t.anonymous.post('/api/v1/auth/login', {
          username: 'reset.me',
          password: 'Initial#2026',
        })
      ).statusCode,
    ).toBe(401);
    const login = await t.anonymous.post('/api/v1/auth/login', {
      username: 'reset.me',
      password: 'Another#2026',
    });
    expect(login.json().mustChangePassword).toBe(true);
  });
});

describe('region scope of accounts', () => {
  it('lists only accounts inside the scope; a sibling county admin sees none of 南明区', async () => {
    const local = (
      await admin.post(
        '/api/v1/accounts',
        newAccount({ username: 'yunyan.admin', regionCode: '520103' }),
      )
    ).json();
    await security.put(`/api/v1/accounts/${local.id}/access`, {
      version: 1,
      roles: ['system_admin'],
      regionCode: '520103',
    });
    const session = await t.anonymous.post('/api/v1/auth/login', {
      username: 'yunyan.admin',
      password: 'Initial#2026',
    });
    expect(session.statusCode).toBe(200);
    const yunyanAdmin = await t.signIn('yunyan.admin', 'Initial#2026').catch(() => null);
    expect(yunyanAdmin).not.toBeNull();
    await yunyanAdmin!.post('/api/v1/auth/password', {
      currentPassword: 'Initial#2026',
      newPassword: 'Yunyan#2026',
    });
    const client = await t.signIn('yunyan.admin', 'Yunyan#2026');
    const { items, total } = (await client.get('/api/v1/accounts?pageSize=200')).json();
    expect(total).toBe(items.length);
    expect(items.every((a: { regionCode: string }) => a.regionCode.startsWith('520103'))).toBe(
      true,
    );
    const nanming = (await admin.get('/api/v1/accounts?q=nanming')).json().items[0];
    const peek = await client.get(`/api/v1/accounts/${nanming.id}`);
    const missing = await client.get('/api/v1/accounts/01900000-0000-7000-8000-000000000000');
    expect(peek.statusCode).toBe(404);
    expect(peek.json()).toEqual(missing.json());
    const change = await client.patch(`/api/v1/accounts/${nanming.id}`, {
      version: 1,
      realName: '改名',
    });
    expect(change.statusCode).toBe(404);
    expect((await admin.get(`/api/v1/accounts/${nanming.id}`)).json().realName).toBe('南明民政');
  });

  it('keeps officers without account permissions out of account administration', async () => {
    const officer = await t.signIn('guiyang');
    const response = await officer.get('/api/v1/accounts');
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toBe('没有执行此操作的权限');
  });
});
