import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { residentIdFor } from '../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let worker: TestClient;
let otherWorker: TestClient;
let nanming: TestClient;
let xinhua: TestClient;
let otherOrganisation: string;

const today = new Date().toISOString().slice(0, 10);

/** A client of the demo station's township, consenting to be served. */
function clientInput(n: number, overrides: Record<string, unknown> = {}) {
  return {
    idNumber: residentIdFor(n, '19800101'),
    name: `服务对象${n}`,
    sex: n % 2 === 1 ? 'male' : 'female',
    regionCode: '520102016001',
    populationGroups: ['elderly'],
    riskLevel: 'medium',
    phone: `137${String(n).padStart(8, '0')}`,
    consent: { givenBy: 'self', givenOn: today },
    ...overrides,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('shegong');
  nanming = await t.signIn('nanming');
  xinhua = await t.signIn('xinhua');
  const [operator] = await queryRows<{ organisation_id: string }>(
    t.database.drizzle,
    sql`select organisation_id from account where username = 'shegong'`,
  );
  const [other] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from organisation where region_code like '520102%' and status = 'active'
        and id <> ${operator!.organisation_id} order by id limit 1`,
  );
  otherOrganisation = other!.id;
  otherWorker = await t.accountWith({
    username: 'other-worker',
    roles: ['social_worker'],
    regionCode: '520102',
    organisationId: otherOrganisation,
  });
});
afterAll(() => t.close());

describe('registering a client', () => {
  it('registers a client with their consent, masks the ID number and audits the read', async () => {
    const created = await worker.post('/api/v1/clients', clientInput(1));
    expect(created.statusCode, created.body).toBe(201);
    const client = created.json();
    expect(client.idNumber).toMatch(/^520102\*+\d{2}$/);
    expect(client.phone).not.toContain('00000001');
    expect(client.age).toBeGreaterThan(40);
    expect(client.consents).toMatchObject([{ kind: 'service', givenBy: 'self', active: true }]);
    const read = await worker.get(`/api/v1/clients/${client.id}`);
    expect(read.statusCode).toBe(200);
    const [audit] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${client.id} and action = 'read'`,
    );
    expect(audit!.n).toBe(1);
  });

  it('finds the same ID number and likely matches before creating, masked', async () => {
    await worker.strict().post('/api/v1/clients', clientInput(3));
    const matches = await worker.post('/api/v1/clients/duplicates', {
      idNumber: residentIdFor(3, '19800101'),
      name: '服务对象3',
    });
    expect(matches.json()).toMatchObject([
      { name: '服****', matchedBy: 'idNumber', servedByYou: true, birthYear: 1980 },
    ]);
    const again = await worker.post('/api/v1/clients', clientInput(3));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该身份证号的服务对象已登记，请关联已有档案');

    const sameNameAndBirth = clientInput(5, {
      idNumber: null,
      name: '服务对象3',
      birthDate: '1980-01-01',
      phone: null,
    });
    const suspected = await worker.post('/api/v1/clients', sameNameAndBirth);
    expect(suspected.statusCode).toBe(409);
    expect(suspected.json().error.message).toBe('发现可能重复的服务对象，请核对后再登记');
    const checked = await worker.post('/api/v1/clients', {
      ...sameNameAndBirth,
      duplicatesChecked: true,
    });
    expect(checked.statusCode).toBe(201);
  });

  it('needs a guardian, and the guardian’s consent, under 14', async () => {
    const child = clientInput(7, {
      idNumber: residentIdFor(7, '20180601'),
      populationGroups: ['children_youth'],
    });
    const refused = await worker.post('/api/v1/clients', child);
    expect(refused.statusCode).toBe(400);
    expect(
      refused
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['body.consent.givenBy', 'body.guardian']);
    const accepted = await worker.post('/api/v1/clients', {
      ...child,
      guardian: { name: '家长七', relation: '母亲' },
      consent: { givenBy: 'guardian', givenOn: today },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json()).toMatchObject({ minor: true, guardian: { name: '家长七' } });
  });

  it('refuses what cannot be true: a sex the ID number contradicts, a consent in the future, no age', async () => {
    const wrongSex = await worker.post('/api/v1/clients', clientInput(9, { sex: 'female' }));
    expect(wrongSex.json().error.details[0]).toMatchObject({
      path: 'body.sex',
      message: '性别与身份证号不一致',
    });
    const future = await worker.post(
      '/api/v1/clients',
      clientInput(11, { consent: { givenBy: 'self', givenOn: '2999-01-01' } }),
    );
    expect(future.json().error.details[0]).toMatchObject({
      path: 'body.consent.givenOn',
      message: '同意日期不能晚于今天',
    });
    const noAge = await worker.post('/api/v1/clients', clientInput(13, { idNumber: null }));
    expect(noAge.json().error.details[0]).toMatchObject({
      path: 'body.birthDate',
      message: '请填写出生日期或选择年龄段',
    });
    const outside = await worker.post(
      '/api/v1/clients',
      clientInput(15, { regionCode: '520103001001' }),
    );
    expect(outside.json().error.details[0].path).toBe('body.regionCode');
  });
});

describe('who reads a client', () => {
  it('keeps a client from another organisation until it links the record with a consent', async () => {
    const created = (await worker.strict().post('/api/v1/clients', clientInput(21))).json();
    expect((await otherWorker.get(`/api/v1/clients/${created.id}`)).statusCode).toBe(404);
    const list = (await otherWorker.get('/api/v1/clients')).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    const [match] = (
      await otherWorker.post('/api/v1/clients/duplicates', {
        idNumber: residentIdFor(21, '19800101'),
        name: 'x',
      })
    ).json();
    expect(match).toMatchObject({ id: created.id, servedByYou: false, name: '服*****' });
    const linked = await otherWorker.post(`/api/v1/clients/${created.id}/link`, {
      consent: { givenBy: 'self', givenOn: today },
    });
    expect(linked.statusCode).toBe(200);
    expect((await otherWorker.get(`/api/v1/clients/${created.id}`)).statusCode).toBe(200);
    const twice = await otherWorker.post(`/api/v1/clients/${created.id}/link`, {
      consent: { givenBy: 'self', givenOn: today },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('lets an officer open a file only with the permission and a reason, which the file then shows', async () => {
    const created = (await worker.strict().post('/api/v1/clients', clientInput(23))).json();
    expect((await nanming.get(`/api/v1/clients/${created.id}`)).statusCode).toBe(403);
    expect(
      (await xinhua.post(`/api/v1/clients/${created.id}/open`, { reason: '核查投诉事项' }))
        .statusCode,
    ).toBe(403);
    const noReason = await nanming.post(`/api/v1/clients/${created.id}/open`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const opened = await nanming.post(`/api/v1/clients/${created.id}/open`, {
      reason: '核查投诉事项',
    });
    expect(opened.statusCode).toBe(200);
    const file = (await worker.get(`/api/v1/clients/${created.id}`)).json();
    expect(file.fileOpenings).toMatchObject([{ actorName: '南明民政', reason: '核查投诉事项' }]);
  });
});

describe('consents', () => {
  it('records a sharing consent naming another organisation, refuses one’s own, and revokes', async () => {
    const created = (await worker.strict().post('/api/v1/clients', clientInput(31))).json();
    const own = await worker.post(`/api/v1/clients/${created.id}/consents`, {
      kind: 'sharing',
      sharedWithOrganisationId: created.organisationId,
      givenBy: 'self',
      givenOn: today,
    });
    expect(own.json().error.details[0].path).toBe('body.sharedWithOrganisationId');
    const shared = await worker.post(`/api/v1/clients/${created.id}/consents`, {
      kind: 'sharing',
      sharedWithOrganisationId: otherOrganisation,
      givenBy: 'self',
      givenOn: today,
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const sharing = shared.json().consents.find((c: { kind: string }) => c.kind === 'sharing');
    expect(sharing).toMatchObject({ organisationId: otherOrganisation, active: true });
    const revoked = await worker.post(
      `/api/v1/clients/${created.id}/consents/${sharing.id}/revoke`,
      { revokedOn: today, reason: '本人要求撤回' },
    );
    expect(revoked.json().consents.find((c: { id: string }) => c.id === sharing.id)).toMatchObject({
      active: false,
      revokedReason: '本人要求撤回',
    });
  });
});

describe('merging duplicates', () => {
  it('merges a duplicate with a reason; the duplicate stays as history pointing at the record kept', async () => {
    const kept = (await worker.strict().post('/api/v1/clients', clientInput(41))).json();
    const duplicate = (
      await worker.strict().post(
        '/api/v1/clients',
        clientInput(43, {
          idNumber: null,
          name: '服务对象41',
          birthDate: '1980-01-01',
          sex: 'male',
          duplicatesChecked: true,
        }),
      )
    ).json();
    const merged = await worker.post(`/api/v1/clients/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      reason: '同一人重复登记',
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json().consents).toHaveLength(2);
    const list = (await worker.get('/api/v1/clients?q=服务对象41')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([kept.id]);
    const again = await worker.post(`/api/v1/clients/${kept.id}/merge`, {
      duplicateId: duplicate.id,
      reason: '再合并一次',
    });
    expect(again.statusCode, again.body).toBe(409);
  });
});
