import { expectOutsideScope } from '../../../test/expect-outside-scope';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

/** Shanghai wall-clock time. */
const local = (dateTime: string) => new Date(`${dateTime}+08:00`);

// Monday 2 March 2026, 09:00: three working days to answer end on Thursday night.
let now = local('2026-03-02T09:00');
const today = '2026-03-02';

let t: TestApp;
let shegong: TestClient;
let dudao: TestClient;
let jigou: TestClient;
let zhuanke: TestClient;
let stranger: TestClient;
let nanming: TestClient;
let operator: string;
let specialist: string;
let otherOrganisation: string;
let clientNo = 0;

async function organisationOf(username: string) {
  const [row] = await queryRows<{ organisation_id: string }>(
    t.database.drizzle,
    sql`select organisation_id from account where username = ${username}`,
  );
  return row!.organisation_id;
}

/** A client of the demo station's township, served by the demo operator; sharing with `sharesWith`. */
async function newClient(sharesWith: string[] = [specialist], overrides: object = {}) {
  clientNo += 1;
  const client = (
    await shegong.strict().post('/api/v1/clients', {
      name: `转介对象${clientNo}`,
      sex: clientNo % 2 ? 'female' : 'male',
      birthDate: '1958-04-01',
      regionCode: '520102016001',
      riskLevel: 'medium',
      consent: { givenBy: 'self', givenOn: today },
      duplicatesChecked: true,
      ...overrides,
    })
  ).json();
  for (const organisationId of sharesWith)
    await shegong.strict().post(`/api/v1/clients/${client.id}/consents`, {
      kind: 'sharing',
      sharedWithOrganisationId: organisationId,
      givenBy: (overrides as { guardian?: unknown }).guardian ? 'guardian' : 'self',
      givenOn: today,
    });
  return client as { id: string; consents: { id: string; kind: string }[] };
}

const referralTo = (clientId: string, overrides: object = {}) => ({
  clientId,
  receiverKind: 'organisation',
  receiverOrganisationId: specialist,
  serviceField: 'mental_health',
  reason: '情绪低落，需要专业心理评估',
  sharedSummary: '独居老人，近三个月情绪低落、睡眠差，已做初步支持，需精神卫生专业评估。',
  ...overrides,
});

async function send(clientId: string, overrides: object = {}, by = shegong) {
  const sent = await by.post('/api/v1/referrals', referralTo(clientId, overrides));
  expect(sent.statusCode, sent.body).toBe(201);
  return sent.json();
}

const step = (
  by: TestClient,
  referral: { id: string; version: number },
  action: string,
  body = {},
) => by.post(`/api/v1/referrals/${referral.id}/${action}`, { version: referral.version, ...body });

const pathsOf = (response: { json(): { error: { details: { path: string }[] } } }) =>
  response.json().error.details.map((d) => d.path);

/** Signs everyone in again: a jump of the clock ends their sessions (idle timeout). */
async function signInAll() {
  shegong = await t.signIn('shegong');
  dudao = await t.signIn('dudao');
  jigou = await t.signIn('jigou');
  zhuanke = await t.signIn('zhuanke');
  nanming = await t.signIn('nanming');
  if (otherOrganisation) stranger = await t.signIn('referral-stranger');
}

/** Moves the clock to a Shanghai time, signed in anew. */
async function at(dateTime: string) {
  now = local(dateTime);
  await signInAll();
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  await signInAll();
  operator = await organisationOf('shegong');
  specialist = await organisationOf('zhuanke');
  const [other] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from organisation where region_code = '520102' and status = 'active'
        and id not in (${operator}, ${specialist}) order by name limit 1`,
  );
  otherOrganisation = other!.id;
  stranger = await t.accountWith({
    username: 'referral-stranger',
    roles: ['social_worker'],
    regionCode: '520102',
    organisationId: otherOrganisation,
  });
});
afterAll(() => t.close());

describe('the demo specialist', () => {
  it('binds zhuanke to another organisation of the county than the stations’ operator', () => {
    expect(specialist).toBeTruthy();
    expect(specialist).not.toBe(operator);
  });
});

describe('sending a referral', () => {
  it('needs the client’s sharing consent naming the receiver, and names the field without it', async () => {
    const client = await newClient([]);
    const refused = await shegong.post('/api/v1/referrals', referralTo(client.id));
    expect(refused.statusCode).toBe(400);
    expect(pathsOf(refused)).toEqual(['body.receiverOrganisationId']);
    expect(refused.json().error.details[0].message).toContain('信息共享同意');

    // A consent naming another organisation does not do.
    const elsewhere = await newClient([otherOrganisation]);
    expect((await shegong.post('/api/v1/referrals', referralTo(elsewhere.id))).statusCode).toBe(
      400,
    );

    const consenting = await newClient();
    const referral = await send(consenting.id);
    expect(referral).toMatchObject({
      status: 'pending',
      side: 'sender',
      direction: 'to_specialist',
      identityShared: true,
      client: { id: consenting.id, name: `转介对象${clientNo}`, age: 67, minor: false },
      sender: { organisationId: operator, workerName: '林晓（社工）' },
      receiver: { kind: 'organisation', organisationId: specialist },
      consent: { basis: 'sharing_consent', overrideReason: null, withdrawn: false },
      can: { accept: false, refuse: false, revoke: true },
    });
    // Three working days from the day after: Tuesday to Thursday, due at Thursday's end.
    expect(referral.answerDueAt).toBe(local('2026-03-06T00:00').toISOString());
    expect(referral.deadlines).toMatchObject([
      { policyCode: 'referrals.answer', state: 'running', label: '答复转介' },
    ]);
  });

  it('lets a holder of referrals:override_consent send without consent, with the reason recorded and audited', async () => {
    const client = await newClient([]);
    const override = { overrideConsent: { reason: '服务对象有自伤风险，需紧急转介' } };
    const worker = await shegong.post('/api/v1/referrals', referralTo(client.id, override));
    expect(worker.statusCode).toBe(403);
    expect(pathsOf(worker)).toEqual(['body.overrideConsent']);

    const short = await jigou.post(
      '/api/v1/referrals',
      referralTo(client.id, { overrideConsent: { reason: '紧急' } }),
    );
    expect(short.statusCode).toBe(400);
    expect(pathsOf(short)).toEqual(['body.overrideConsent.reason']);

    const referral = await send(client.id, override, jigou);
    expect(referral.consent).toMatchObject({
      basis: 'overridden',
      overrideReason: '服务对象有自伤风险，需紧急转介',
      overriddenByName: '机构管理员（演示）',
    });
    const [event] = await queryRows<{ detail_code: string; detail_params: { reason: string } }>(
      t.database.drizzle,
      sql`select detail_code, detail_params from audit_event
          where entity_type = 'referral' and entity_id = ${referral.id} and action = 'create'`,
    );
    expect(event).toMatchObject({
      detail_code: 'referral_consent_overridden',
      detail_params: { reason: '服务对象有自伤风险，需紧急转介' },
    });
  });

  it('refuses a referral to the sending organisation itself', async () => {
    const client = await newClient();
    const self = await shegong.post(
      '/api/v1/referrals',
      referralTo(client.id, { receiverOrganisationId: operator }),
    );
    expect(self.statusCode).toBe(400);
    expect(pathsOf(self)).toEqual(['body.receiverOrganisationId']);
    expect(self.json().error.details[0].message).toBe('不能转介给本机构');
  });

  it('refuses a second open referral of the client to the same receiver', async () => {
    const client = await newClient([specialist, otherOrganisation]);
    const first = await send(client.id);
    const second = await dudao.post('/api/v1/referrals', referralTo(client.id));
    expect(second.statusCode).toBe(409);
    expect(pathsOf(second)).toEqual(['body.receiverOrganisationId']);
    // Another receiver is another referral.
    await send(client.id, { receiverOrganisationId: otherOrganisation });
    // Once the first is answered no, a new one may go.
    await step(zhuanke, first, 'refuse', { reason: '本机构本月个案已满' });
    await send(client.id);
  });

  it('refuses a client the organisation does not serve, naming the field', async () => {
    const client = await newClient();
    const response = await stranger.post('/api/v1/referrals', referralTo(client.id));
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toEqual(['body.clientId']);
  });

  it('writes nothing of a refused referral', async () => {
    const client = await newClient([]);
    await shegong.post('/api/v1/referrals', referralTo(client.id));
    const [counted] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select (select count(*) from referral where client_id = ${client.id})::int
            + (select count(*) from deadline d join referral r on r.id = d.subject_id
               where r.client_id = ${client.id})::int as n`,
    );
    expect(counted!.n).toBe(0);
  });
});

describe('answering a referral', () => {
  it('lets only the named receiver answer, and only a pending referral', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    expect((await step(shegong, referral, 'accept')).statusCode).toBe(403);
    expect((await step(dudao, referral, 'refuse', { reason: '不接' })).statusCode).toBe(403);
    // Another organisation does not even see it.
    expect((await step(stranger, referral, 'accept')).statusCode).toBe(404);

    const accepted = await step(zhuanke, referral, 'accept', { note: '已安排心理咨询师' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      side: 'receiver',
      answeredByName: '何静（专科社工）',
      can: { accept: false, complete: true, returnBack: true },
    });
    const again = await step(zhuanke, accepted.json(), 'accept');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该转介已答复或已撤回，不能再答复');
    expect(
      (await step(zhuanke, accepted.json(), 'refuse', { reason: '改变主意' })).statusCode,
    ).toBe(409);
    // A stale version is a conflict too.
    expect((await step(zhuanke, referral, 'complete', { result: '已评估' })).statusCode).toBe(409);
  });

  it('needs a reason to refuse, which the sender reads', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    const bare = await step(zhuanke, referral, 'refuse');
    expect(bare.statusCode).toBe(400);
    expect(pathsOf(bare)).toEqual(['body.reason']);
    const refused = await step(zhuanke, referral, 'refuse', { reason: '超出本机构服务范围' });
    expect(refused.statusCode).toBe(200);
    const seen = (await shegong.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(seen).toMatchObject({ status: 'refused', refusalReason: '超出本机构服务范围' });
    expect(seen.history.map((s: { step: string }) => s.step)).toEqual(['sent', 'refused']);
  });

  it('reports the result back to the sender, who sees it in the outbox', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    const accepted = (await step(zhuanke, referral, 'accept')).json();
    expect((await step(zhuanke, referral, 'complete', { result: 'x' })).statusCode).toBe(400);
    expect((await step(shegong, accepted, 'complete', { result: '已完成评估' })).statusCode).toBe(
      403,
    );
    const done = await step(zhuanke, accepted, 'complete', {
      result: '完成精神卫生评估，建议社区持续陪伴，每月回访一次。',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const outbox = (await shegong.get(`/api/v1/referrals?box=outbox&client=${client.id}`)).json();
    expect(outbox.items).toMatchObject([{ id: referral.id, status: 'done' }]);
    const seen = (await shegong.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(seen.result).toBe('完成精神卫生评估，建议社区持续陪伴，每月回访一次。');
    expect(seen.history.map((s: { step: string }) => s.step)).toEqual(['sent', 'accepted', 'done']);
    // Case content stays out of the audit trail.
    const [trail] = await queryRows<{ text: string }>(
      t.database.drizzle,
      sql`select coalesce(string_agg(coalesce(changes::text, '') || coalesce(detail_params::text, ''), ' '), '') as text
          from audit_event where entity_id = ${referral.id}`,
    );
    expect(trail!.text).not.toContain('建议社区持续陪伴');
    expect(trail!.text).not.toContain('独居老人');
    expect(trail!.text).toContain('[个案内容]');
  });

  it('lets the sender revoke an open referral with a reason, which cancels its clock', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    expect((await step(zhuanke, referral, 'revoke', { reason: '不转了' })).statusCode).toBe(403);
    const revoked = await step(shegong, referral, 'revoke', { reason: '服务对象已搬离本区' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      status: 'revoked',
      revokeReason: '服务对象已搬离本区',
      deadlines: [{ policyCode: 'referrals.answer', state: 'cancelled' }],
    });
    expect((await step(shegong, revoked.json(), 'revoke', { reason: '再撤' })).statusCode).toBe(
      409,
    );
    const receiverSees = (await zhuanke.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(receiverSees).toMatchObject({ status: 'revoked', sharedSummary: null, reason: null });
  });
});

describe('what the receiver sees', () => {
  it('sees only what the referral shares until it accepts, the client’s name once it has', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    const inbox = (await zhuanke.get('/api/v1/referrals?box=inbox&status=pending')).json();
    const listed = inbox.items.find((r: { id: string }) => r.id === referral.id);
    expect(listed.client.name).toMatch(/^转\*+$/);
    expect(listed.sharedSummary).toBeNull();

    const before = await zhuanke.get(`/api/v1/referrals/${referral.id}`);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toMatchObject({
      side: 'receiver',
      identityShared: false,
      client: {
        name: expect.stringMatching(/^转\*+$/),
        sex: referral.client.sex,
        age: 67,
        regionName: expect.any(String),
      },
      sharedSummary: referral.sharedSummary,
      caseId: null,
      sender: { organisationId: operator },
      can: { accept: true, refuse: true, revoke: false },
    });
    // The client's file stays the sender's.
    expect((await zhuanke.get(`/api/v1/clients/${client.id}`)).statusCode).toBe(404);

    const accepted = (await step(zhuanke, before.json(), 'accept')).json();
    expect(accepted).toMatchObject({
      identityShared: true,
      client: { name: `转介对象${clientNo}` },
    });
    const reads = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${referral.id} and action = 'read'
          and actor_name = '何静（专科社工）'`,
    );
    expect(reads[0]!.n).toBe(1);
  });

  it('loses what the referral shares once it refuses, and once the client withdraws the consent', async () => {
    const refusedClient = await newClient();
    const refused = await send(refusedClient.id);
    await step(zhuanke, refused, 'refuse', { reason: '不在服务范围' });
    expect((await zhuanke.get(`/api/v1/referrals/${refused.id}`)).json()).toMatchObject({
      sharedSummary: null,
      reason: null,
      client: { name: expect.stringMatching(/^转\*+$/) },
    });

    const client = await newClient();
    const referral = await send(client.id);
    const sharing = (await shegong.get(`/api/v1/clients/${client.id}`))
      .json()
      .consents.find((c: { kind: string }) => c.kind === 'sharing');
    await shegong.strict().post(`/api/v1/clients/${client.id}/consents/${sharing.id}/revoke`, {
      revokedOn: today,
      reason: '本人不再同意',
    });
    const seen = (await zhuanke.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(seen).toMatchObject({
      consent: { withdrawn: true },
      sharedSummary: null,
      can: { accept: false, refuse: true },
    });
    const accept = await step(zhuanke, seen, 'accept');
    expect(accept.statusCode).toBe(409);
    expect((await shegong.get(`/api/v1/referrals/${referral.id}`)).json().consent.withdrawn).toBe(
      true,
    );
  });

  it('keeps referrals from organisations that are neither side, and from officers', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    expect((await stranger.get(`/api/v1/referrals/${referral.id}`)).statusCode).toBe(404);
    const strangerInbox = (await stranger.get('/api/v1/referrals?box=inbox')).json();
    expect(strangerInbox.items.map((r: { id: string }) => r.id)).not.toContain(referral.id);
    expect((await nanming.get(`/api/v1/referrals/${referral.id}`)).statusCode).toBe(403);
  });
});

describe('the sending case', () => {
  /** A case of the client at the demo station, carried by shegong and supervised by dudao. */
  async function openCase(clientId: string) {
    const [station] = (await shegong.get('/api/v1/case-options/stations?q=新华')).json();
    const team = (await shegong.get('/api/v1/case-options/colleagues')).json() as {
      id: string;
      isMe: boolean;
      name: string;
    }[];
    const opened = await shegong.post('/api/v1/cases', {
      clientId,
      stationId: station.id,
      workerIds: [team.find((c) => c.isMe)!.id],
      supervisorId: team.find((c) => c.name.includes('督导'))!.id,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    return { id: opened.json().id as string, stationId: station.id as string };
  }

  const timelineOf = async (caseId: string) =>
    (await shegong.get(`/api/v1/cases/${caseId}`)).json().content.timeline as {
      kind: string;
      referralId: string | null;
      note: string | null;
    }[];

  it('refers from the case, from its station, and brings the result back into it', async () => {
    const client = await newClient();
    const file = await openCase(client.id);
    const referral = await send(client.id, { caseId: file.id });
    expect(referral).toMatchObject({ caseId: file.id, sender: { stationId: file.stationId } });
    expect(referral.sender.stationName).toBeTruthy();
    expect((await zhuanke.get(`/api/v1/referrals/${referral.id}`)).json().caseId).toBeNull();
    const cased = (await shegong.get(`/api/v1/referrals?box=outbox&case=${file.id}`)).json();
    expect(cased.items.map((r: { id: string }) => r.id)).toEqual([referral.id]);

    const accepted = (await step(zhuanke, referral, 'accept')).json();
    await step(zhuanke, accepted, 'complete', { result: '已完成心理评估，建议每月回访。' });
    expect((await timelineOf(file.id)).filter((e) => e.referralId === referral.id)).toMatchObject([
      { kind: 'referral_sent', note: expect.stringContaining('情绪低落') },
      { kind: 'referral_returned', note: '已完成心理评估，建议每月回访。' },
    ]);
  });

  it('refuses a case that is not the client’s, or not the sender’s to work on', async () => {
    const client = await newClient();
    const other = await newClient();
    const file = await openCase(other.id);
    const wrongClient = await shegong.post(
      '/api/v1/referrals',
      referralTo(client.id, { caseId: file.id }),
    );
    expect(wrongClient.statusCode).toBe(400);
    expect(pathsOf(wrongClient)).toEqual(['body.caseId']);
    // dudao supervises the case but does not carry it.
    const notHis = await dudao.post('/api/v1/referrals', referralTo(other.id, { caseId: file.id }));
    expect(notHis.statusCode).toBe(400);
    expect(pathsOf(notHis)).toEqual(['body.caseId']);
  });
});

describe('回转 and departments', () => {
  it('lets the receiver hand the client back to the referring station, which accepts it', async () => {
    const client = await newClient();
    const referral = await send(client.id);
    expect(
      (
        await zhuanke.post(`/api/v1/referrals/${referral.id}/return`, {
          reason: '专科评估完成',
          sharedSummary: '已完成评估，转回社区站点持续跟进陪伴。',
        })
      ).statusCode,
    ).toBe(409);
    await step(zhuanke, referral, 'accept');
    expect(
      (
        await shegong.post(`/api/v1/referrals/${referral.id}/return`, {
          reason: '转回',
          sharedSummary: '已完成评估，转回社区站点持续跟进陪伴。',
        })
      ).statusCode,
    ).toBe(403);
    const back = await zhuanke.post(`/api/v1/referrals/${referral.id}/return`, {
      reason: '专科评估完成',
      sharedSummary: '已完成评估，转回社区站点持续跟进陪伴。',
    });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json()).toMatchObject({
      direction: 'back_to_station',
      returnOf: referral.id,
      side: 'sender',
      consent: { basis: 'return' },
      receiver: { organisationId: operator },
    });
    const inbox = (await shegong.get('/api/v1/referrals?box=inbox')).json();
    const arrived = inbox.items.find((r: { id: string }) => r.id === back.json().id);
    expect(arrived).toMatchObject({ side: 'receiver', can: { accept: true } });
    const accepted = await step(shegong, arrived, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const original = (await shegong.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(original.related).toMatchObject([{ id: back.json().id, direction: 'back_to_station' }]);
  });

  it('refers to another department’s service with the consent recorded, the sender answering for it', async () => {
    const client = await newClient([]);
    const department = {
      receiverKind: 'department',
      receiverOrganisationId: null,
      departmentName: '南明区民政局社会救助科',
      departmentRegionCode: '520102',
    };
    const noConsent = await shegong.post('/api/v1/referrals', referralTo(client.id, department));
    expect(noConsent.statusCode).toBe(400);
    expect(pathsOf(noConsent)).toEqual(['body.consent']);
    const elsewhere = await shegong.post(
      '/api/v1/referrals',
      referralTo(client.id, {
        ...department,
        departmentRegionCode: '520103',
        consent: { givenBy: 'self', givenOn: today },
      }),
    );
    expect(pathsOf(elsewhere)).toEqual(['body.departmentRegionCode']);
    const future = await shegong.post(
      '/api/v1/referrals',
      referralTo(client.id, { ...department, consent: { givenBy: 'self', givenOn: '2026-03-09' } }),
    );
    expect(pathsOf(future)).toEqual(['body.consent.givenOn']);

    const referral = await send(client.id, {
      ...department,
      consent: { givenBy: 'self', givenOn: today, evidenceNote: '纸质同意书 2026-031' },
    });
    expect(referral).toMatchObject({
      receiver: {
        kind: 'department',
        name: '南明区民政局社会救助科',
        regionName: expect.stringContaining('南明区'),
      },
      consent: { basis: 'recorded', givenBy: 'self', givenOn: today },
      answeredOnBehalf: true,
      can: { accept: true, refuse: true, revoke: true },
    });
    const second = await shegong.post(
      '/api/v1/referrals',
      referralTo(client.id, { ...department, consent: { givenBy: 'self', givenOn: today } }),
    );
    expect(second.statusCode).toBe(409);
    const accepted = await step(shegong, referral, 'accept', { note: '救助科已受理' });
    expect(accepted.statusCode).toBe(200);
    const done = await step(shegong, accepted.json(), 'complete', { result: '已纳入临时救助' });
    expect(done.json()).toMatchObject({ status: 'done', answeredOnBehalf: true });
  });

  it('needs the guardian’s consent for a child referred to a department', async () => {
    const child = await newClient([], {
      birthDate: '2016-05-01',
      guardian: { name: '家长甲', relation: '母亲' },
      consent: { givenBy: 'guardian', givenOn: today },
    });
    const response = await shegong.post(
      '/api/v1/referrals',
      referralTo(child.id, {
        receiverKind: 'department',
        departmentName: '未成年人保护工作站',
        departmentRegionCode: '520102',
        consent: { givenBy: 'self', givenOn: today },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(pathsOf(response)).toEqual(['body.consent.givenBy']);
  });
});

describe('deadlines', () => {
  it('meets the answer on time, starts the result’s clock on accepting and meets it when done', async () => {
    await at('2026-03-02T09:00');
    const client = await newClient();
    const referral = await send(client.id);
    await at('2026-03-04T15:00');
    const accepted = (await step(zhuanke, referral, 'accept')).json();
    expect(accepted.deadlines).toMatchObject([
      { policyCode: 'referrals.answer', state: 'met' },
      { policyCode: 'referrals.report', state: 'running', label: '反馈转介结果' },
    ]);
    // Thirty calendar days from the day after accepting.
    expect(accepted.reportDueAt).toBe(local('2026-04-04T00:00').toISOString());
    await at('2026-03-20T10:00');
    const done = (await step(zhuanke, accepted, 'complete', { result: '已完成评估并回访' })).json();
    expect(done.deadlines.map((d: { state: string }) => d.state)).toEqual(['met', 'met']);
    expect(done.overdue).toBe(false);
    await at('2026-03-02T09:00');
  });

  it('shows a missed answer as overdue on both sides and the board, and counts the late answer', async () => {
    await at('2026-05-11T09:00'); // a Monday after 劳动节
    const client = await newClient();
    const referral = await send(client.id);
    expect(referral.answerDueAt).toBe(local('2026-05-15T00:00').toISOString());
    await at('2026-05-14T23:00');
    expect((await shegong.get(`/api/v1/referrals/${referral.id}`)).json().overdue).toBe(false);
    await at('2026-05-15T08:30');
    const outbox = (await shegong.get('/api/v1/referrals?box=outbox&overdue=true')).json();
    expect(outbox.items.map((r: { id: string }) => r.id)).toContain(referral.id);
    const inbox = (await zhuanke.get('/api/v1/referrals?box=inbox&overdue=true')).json();
    expect(inbox.items.map((r: { id: string }) => r.id)).toContain(referral.id);
    // The homes of both sides count it.
    const waiting = (await zhuanke.get('/api/v1/referral-summary')).json();
    expect(waiting.inboxOverdue).toBeGreaterThanOrEqual(1);
    expect(waiting.waiting + waiting.toReport).toBeGreaterThanOrEqual(waiting.inboxOverdue);
    const sent = (await shegong.get('/api/v1/referral-summary')).json();
    expect(sent.outboxOverdue).toBeGreaterThanOrEqual(1);
    const detail = (await zhuanke.get(`/api/v1/referrals/${referral.id}`)).json();
    expect(detail).toMatchObject({
      overdue: true,
      deadlines: [{ state: 'missed', overdue: true }],
    });

    const board = await nanming.get('/api/v1/referral-board?from=2026-05-01&to=2026-05-31');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.json().totals).toMatchObject({ sent: 1, pending: 1, overdue: 1 });
    expect(board.json().overdueReferrals).toMatchObject([
      { id: referral.id, clientName: expect.stringMatching(/^转\*+$/), status: 'pending' },
    ]);
    expect(JSON.stringify(board.json())).not.toContain('独居老人');

    await at('2026-05-18T10:00');
    const late = (await step(zhuanke, detail, 'accept')).json();
    expect(late.deadlines[0]).toMatchObject({ policyCode: 'referrals.answer', state: 'missed' });
    const after = (
      await nanming.get('/api/v1/referral-board?from=2026-05-01&to=2026-05-31')
    ).json();
    expect(after.totals).toMatchObject({
      sent: 1,
      accepted: 1,
      overdue: 0,
      answered: 1,
      answeredLate: 1,
      medianAnswerHours: 169,
    });
    await at('2026-03-02T09:00');
  });

  it('uses the amount the administrator set for referrals sent from then on', async () => {
    const admin = await t.signIn('admin');
    const set = await admin.put('/api/v1/deadline-policies/referrals.answer', {
      amount: 5,
      version: 0,
    });
    expect(set.statusCode, set.body).toBe(200);
    const client = await newClient();
    const referral = await send(client.id);
    // Monday 2 March: five working days end on Monday 9 March.
    expect(referral.answerDueAt).toBe(local('2026-03-10T00:00').toISOString());
    await admin.delete('/api/v1/deadline-policies/referrals.answer?version=1');
  });
});

describe('the officers’ board', () => {
  it('counts a region’s referrals by division and keeps other regions and other roles out', async () => {
    const board = (
      await nanming.get('/api/v1/referral-board?from=2026-03-01&to=2026-03-31')
    ).json();
    expect(board).toMatchObject({
      regionCode: '520102',
      regionName: expect.stringContaining('南明区'),
    });
    expect(board.totals.sent).toBeGreaterThan(10);
    const township = board.byRegion.find(
      (r: { regionCode: string }) => r.regionCode === '520102016',
    );
    expect(township.sent).toBe(board.totals.sent);
    expect(board.totals.refused).toBeGreaterThan(0);
    expect(board.totals.done).toBeGreaterThan(0);

    const xinhua = await t.signIn('xinhua');
    const own = (await xinhua.get('/api/v1/referral-board?from=2026-03-01&to=2026-03-31')).json();
    expect(own.totals.sent).toBe(board.totals.sent);
    const yunyan = await t.signIn('yunyan');
    expectOutsideScope(await yunyan.get('/api/v1/referral-board?region=520102'), 'query.region');
    const sibling = (
      await yunyan.get('/api/v1/referral-board?from=2026-03-01&to=2026-03-31')
    ).json();
    expect(sibling.totals.sent).toBe(0);
    expect((await shegong.get('/api/v1/referral-board')).statusCode).toBe(403);
  });
});
