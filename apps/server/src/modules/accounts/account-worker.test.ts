import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInput, workerInput } from '../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let admin: TestClient; // 系统管理员, scope 5201
let security: TestClient; // 安全管理员, scope 5201
let auditor: TestClient;
let nanming: TestClient;
let worker: { id: string; name: string };
let agency: string;

const detailOf = (response: { json(): { error: { details: { path: string }[] } } }) =>
  response.json().error.details[0]!;

/** A new account of the demo county, without roles yet. */
async function newAccount() {
  return (
    await admin.strict().post('/api/v1/accounts', {
      username: `link${Math.random().toString(36).slice(2, 8)}`,
      realName: '韦评',
      regionCode: '520102',
      password: 'Initial#2026',
    })
  ).json() as { id: string; version: number };
}

const evaluatorAccess = (version: number, workerId: string | null, roles = ['evaluator']) => ({
  version,
  roles,
  regionCode: '520102',
  organisationId: agency,
  workerId,
});

beforeAll(async () => {
  t = await createTestApp();
  [admin, security, auditor, nanming] = await Promise.all([
    t.signIn('admin'),
    t.signIn('security'),
    t.signIn('auditor'),
    t.signIn('nanming'),
  ]);
  worker = (
    await nanming.strict().post('/api/v1/workers', workerInput(961, { name: '韦小评' }))
  ).json();
  const pinggu = (await security.strict().get('/api/v1/accounts?q=pinggu&pageSize=1')).json()
    .items[0];
  agency = pinggu.organisationId;
}, 120_000);
afterAll(() => t.close());

describe('an evaluator’s account linked to the talent registry', () => {
  it('offers the workers of the administrator’s scope by name, the ID number masked', async () => {
    const options = (await security.strict().get('/api/v1/accounts/worker-options?q=韦小')).json();
    expect(options).toEqual([
      {
        id: worker.id,
        name: '韦小评',
        idNumber: expect.stringMatching(/^520102\*{10}\d{2}$/),
        regionName: '贵州省 / 贵阳市 / 南明区 / 新华路街道',
      },
    ]);
    // Roles and links are the security administrator's power, not the system administrator's.
    expect((await admin.get('/api/v1/accounts/worker-options?q=韦小')).statusCode).toBe(403);
  });

  it('links the account to the worker, shows the worker masked, and audits the change', async () => {
    const account = await newAccount();
    const linked = await security.put(
      `/api/v1/accounts/${account.id}/access`,
      evaluatorAccess(account.version, worker.id),
    );
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({
      workerId: worker.id,
      worker: { id: worker.id, name: '韦小评', idNumber: expect.stringMatching(/\*{10}/) },
    });
    const { items } = (
      await auditor.get(`/api/v1/audit-events?entityType=account&entityId=${account.id}`)
    ).json();
    expect(items[0].changes.workerId).toEqual([null, worker.id]);

    // One worker, one evaluator account: a second is refused on the field.
    const second = await newAccount();
    const again = await security.put(
      `/api/v1/accounts/${second.id}/access`,
      evaluatorAccess(second.version, worker.id),
    );
    expect(again.statusCode).toBe(409);
    expect(detailOf(again)).toMatchObject({
      path: 'body.workerId',
      message: '该社工已关联另一个同角色的账号',
    });
    // Another role may name the same worker: the person's social worker account.
    const asSocialWorker = await security.put(
      `/api/v1/accounts/${second.id}/access`,
      evaluatorAccess(second.version, worker.id, ['social_worker']),
    );
    expect(asSocialWorker.statusCode, asSocialWorker.body).toBe(200);
  });

  it('refuses a worker on an account of another role, and a worker that does not exist', async () => {
    const account = await newAccount();
    const officer = await security.request({
      method: 'PUT',
      url: `/api/v1/accounts/${account.id}/access`,
      headers: { 'accept-language': 'en-US' },
      payload: {
        ...evaluatorAccess(account.version, worker.id),
        roles: ['civil_affairs_county'],
        organisationId: null,
      },
    });
    expect(officer.statusCode).toBe(400);
    expect(detailOf(officer)).toMatchObject({
      path: 'body.workerId',
      message: 'Only evaluator and social worker accounts name a worker of the talent registry',
    });
    const missing = await security.put(
      `/api/v1/accounts/${account.id}/access`,
      evaluatorAccess(account.version, '01a00000-0000-7000-8000-000000000000'),
    );
    expect(missing.statusCode).toBe(400);
    expect(detailOf(missing)).toMatchObject({
      path: 'body.workerId',
      message: '人才库中没有该社工，或不在您的管辖范围内',
    });
  });

  it('lets an administrator of another county neither find nor link a worker outside their scope', async () => {
    const yunyan = await t.signIn('yunyan');
    const yunyanAgency = (
      await yunyan.strict().post('/api/v1/organisations', organisationInput('520103', 960001))
    ).json().id;
    const sibling = await t.accountWith({
      username: 'security.yunyan',
      roles: ['security_admin'],
      regionCode: '520103',
    });
    expect((await sibling.strict().get('/api/v1/accounts/worker-options?q=韦小')).json()).toEqual(
      [],
    );
    const own = (
      await admin.strict().post('/api/v1/accounts', {
        username: 'yunyan.evaluator',
        realName: '云岩评估',
        regionCode: '520103',
        password: 'Initial#2026',
      })
    ).json();
    const outside = await sibling.put(`/api/v1/accounts/${own.id}/access`, {
      ...evaluatorAccess(own.version, worker.id),
      regionCode: '520103',
      organisationId: yunyanAgency,
    });
    expect(outside.statusCode).toBe(400);
    expect(detailOf(outside)).toMatchObject({
      path: 'body.workerId',
      message: '人才库中没有该社工，或不在您的管辖范围内',
    });
    // The accounts of the worker's county are not theirs to touch at all.
    const account = await newAccount();
    const theirs = await sibling.put(
      `/api/v1/accounts/${account.id}/access`,
      evaluatorAccess(account.version, worker.id),
    );
    expect(theirs.statusCode).toBe(400);
    expect(detailOf(theirs).path).toBe('body.regionCode');
  });
});
