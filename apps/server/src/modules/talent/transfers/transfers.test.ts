import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/connection';
import { serviceScopeFilter, withScope } from '../../../platform/access/region-scope';
import { organisationInput, residentIdFor, workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

let now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let xinhua: TestClient;
let auditor: TestClient;
let yunyanOrganisation: { id: string; name: string };
let sequence = 700;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  xinhua = await t.signIn('xinhua');
  auditor = await t.signIn('auditor');
  yunyanOrganisation = (
    await yunyan.strict().post('/api/v1/organisations', organisationInput('520103', 70))
  ).json();
});
afterAll(() => t.close());
afterEach(() => {
  serviceScopeFilter.enabled = true;
});

/** A worker of 南明区 in post at a named employer, certified, registered, with hours. */
async function nanmingWorker(name = `流动社工${sequence}`) {
  const n = sequence++;
  const client = nanming.strict();
  const worker = (
    await client.post('/api/v1/workers', workerInput(n, { idNumber: residentIdFor(n), name }))
  ).json();
  const certificate = (
    await client.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2026-03-01',
    })
  ).json();
  await client.post(`/api/v1/workers/${worker.id}/registrations`, {
    certificateId: certificate.id,
  });
  await client.post(`/api/v1/workers/${worker.id}/credits`, {
    source: 'research',
    hours: 6,
    earnedOn: '2026-03-01',
    description: '课题研究',
  });
  await client.post(`/api/v1/workers/${worker.id}/employments`, {
    employerKind: 'community',
    employerName: '南明区某社区',
    postType: 'community_post',
    startedOn: '2020-03-01',
  });
  return { ...worker, idNumber: residentIdFor(n), name } as {
    id: string;
    idNumber: string;
    name: string;
  };
}

const into = (worker: { idNumber: string; name: string }, extra: Record<string, unknown> = {}) => ({
  idNumber: worker.idNumber,
  name: worker.name,
  regionCode: '520103019',
  employerKind: 'organisation',
  organisationId: yunyanOrganisation.id,
  postType: 'organisation',
  note: '随家庭迁居云岩区',
  ...extra,
});

const census = async (client: TestClient, region: string) =>
  (await client.get(`/api/v1/talent-statistics?region=${region}`)).json();

describe('a worker moves to another county (人才流动)', () => {
  it('points the county that enters an ID number registered elsewhere to a transfer', async () => {
    const worker = await nanmingWorker();
    const again = await yunyan.post(
      '/api/v1/workers',
      workerInput(0, { idNumber: worker.idNumber, regionCode: '520103019' }),
    );
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().error.details).toEqual([
      { path: 'body.idNumber', message: '该身份证号已在其他辖区登记，可申请人才调入' },
    ]);
  });

  it('answers a request alike whether or not the ID number and name match a worker', async () => {
    const worker = await nanmingWorker();
    const matched = await yunyan.post('/api/v1/worker-transfers', into(worker));
    const wrongName = await yunyan.post(
      '/api/v1/worker-transfers',
      into({ idNumber: (await nanmingWorker()).idNumber, name: '别的名字' }),
    );
    const unknown = await yunyan.post(
      '/api/v1/worker-transfers',
      into({ idNumber: residentIdFor(999, '19900101', '520103'), name: '无此人' }),
    );
    const shapeOf = (response: typeof matched) => {
      const { id: _id, idNumber: _n, name: _name, ...rest } = response.json();
      return { status: response.statusCode, ...rest };
    };
    expect(matched.statusCode, matched.body).toBe(201);
    expect(shapeOf(matched)).toEqual(shapeOf(wrongName));
    expect(shapeOf(matched)).toEqual(shapeOf(unknown));
    expect(matched.json()).toMatchObject({
      status: 'pending',
      side: 'receiving',
      workerId: null,
      fromRegionCode: null,
      fromRegionName: null,
      employerName: yunyanOrganisation.name,
      requestedOn: '2026-11-22',
      expiresOn: '2026-12-22',
    });
    expect(matched.json().idNumber).not.toBe(worker.idNumber);
    // The requester's own audit trail does not say either.
    const trail = (await auditor.get(`/api/v1/audit-events?entityId=${matched.json().id}`)).json()
      .items;
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', regionCode: '520103019' });
    expect(JSON.stringify(trail[0])).not.toContain(worker.id);
    expect(JSON.stringify(trail[0])).not.toContain('520102016');
    expect(Object.keys(trail[0].changes)).not.toContain('workerId');

    // The releasing county sees the one that matched its worker, and nothing of the others.
    const incoming = (await nanming.get('/api/v1/worker-transfers?side=releasing')).json();
    const ids = incoming.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(matched.json().id);
    expect(ids).not.toContain(wrongName.json().id);
    expect(ids).not.toContain(unknown.json().id);
    expect(incoming.items.find((i: { id: string }) => i.id === matched.json().id)).toMatchObject({
      side: 'releasing',
      workerId: worker.id,
      fromRegionCode: '520102016',
      regionName: expect.stringContaining('云岩区'),
      requestedByName: expect.any(String),
    });
    expect((await nanming.get(`/api/v1/worker-transfers/${unknown.json().id}`)).statusCode).toBe(
      404,
    );
    const outgoing = (await yunyan.get('/api/v1/worker-transfers?side=receiving')).json();
    expect(outgoing.items.map((i: { id: string }) => i.id)).toEqual(
      expect.arrayContaining([matched.json().id, wrongName.json().id, unknown.json().id]),
    );
  });

  it('refuses a request for a worker already in the scope, a second one pending, and bad input', async () => {
    const worker = await nanmingWorker();
    const own = await nanming.post(
      '/api/v1/worker-transfers',
      into(worker, { regionCode: '520102017', organisationId: null, employerName: '某社区' }),
    );
    expect(own.statusCode).toBe(409);
    expect(own.json().error.details[0]).toMatchObject({ path: 'body.idNumber' });
    expect(own.json().error.details[0].message).toContain(worker.id);

    expect((await yunyan.post('/api/v1/worker-transfers', into(worker))).statusCode).toBe(201);
    const twice = await yunyan.post('/api/v1/worker-transfers', into(worker));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.details[0].message).toBe('本辖区已有该身份证号的待审批调动申请');

    const outside = await yunyan.post(
      '/api/v1/worker-transfers',
      into(worker, { regionCode: '520102016' }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0]).toMatchObject({
      path: 'body.regionCode',
      message: expect.stringContaining('不在您的管辖范围内'),
    });
    const badId = await yunyan.post(
      '/api/v1/worker-transfers',
      into({ idNumber: '520102199603150000', name: worker.name }),
    );
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0].path).toBe('body.idNumber');
    const noEmployer = await yunyan.post(
      '/api/v1/worker-transfers',
      into(
        { idNumber: residentIdFor(998, '19900101', '520103'), name: '某人' },
        {
          organisationId: null,
        },
      ),
    );
    expect(noEmployer.statusCode).toBe(400);
    expect(noEmployer.json().error.details).toEqual([
      { path: 'body.employerName', message: '请填写用人单位' },
    ]);
    // A township office may not file or decide transfers.
    expect((await xinhua.get('/api/v1/worker-transfers')).statusCode).toBe(403);
  });

  it('moves the worker with every record on approval, ends the old job, starts the new one and moves the census', async () => {
    const worker = await nanmingWorker();
    const request = (await yunyan.strict().post('/api/v1/worker-transfers', into(worker))).json();
    // Before the approval the receiving county sees nothing of the worker.
    expect((await yunyan.get(`/api/v1/workers/${worker.id}`)).statusCode).toBe(404);
    const ownDecision = await yunyan.post(`/api/v1/worker-transfers/${request.id}/approve`, {
      version: 1,
    });
    expect(ownDecision.statusCode).toBe(403);
    expect(ownDecision.json().error.details[0].message).toBe(
      '只有该社工所在辖区（或其上级）可以审批调动申请',
    );

    const [nanmingBefore, yunyanBefore, cityBefore] = await Promise.all([
      census(nanming, '520102'),
      census(yunyan, '520103'),
      census(guiyang, '5201'),
    ]);
    const approved = await nanming.post(`/api/v1/worker-transfers/${request.id}/approve`, {
      version: 1,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      side: 'releasing',
      decidedOn: '2026-11-22',
      fromRegionCode: '520102016',
    });

    // The worker is the receiving county's now, with the certificate, registration and hours.
    expect((await nanming.get(`/api/v1/workers/${worker.id}`)).statusCode).toBe(404);
    const moved = (await yunyan.get(`/api/v1/workers/${worker.id}`)).json();
    expect(moved).toMatchObject({ regionCode: '520103019', employed: true });
    expect(moved.certificates).toHaveLength(1);
    expect(moved.registrations).toHaveLength(1);
    expect(moved.credits.map((c: { hours: number }) => c.hours)).toEqual([6]);
    expect(
      moved.employments.map((e: Record<string, unknown>) => ({
        employerName: e.employerName,
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        leavingReason: e.leavingReason,
      })),
    ).toEqual([
      {
        employerName: '南明区某社区',
        startedOn: '2020-03-01',
        endedOn: '2026-11-22',
        leavingReason: expect.stringContaining('人才流动：调往'),
      },
      {
        employerName: yunyanOrganisation.name,
        startedOn: '2026-11-22',
        endedOn: null,
        leavingReason: null,
      },
    ]);
    const seen = (await yunyan.get(`/api/v1/worker-transfers/${request.id}`)).json();
    expect(seen).toMatchObject({ side: 'receiving', workerId: worker.id, status: 'approved' });

    // Both counties' census move on the day; the city's total stays, its divisions' flows show.
    const [nanmingAfter, yunyanAfter, cityAfter] = await Promise.all([
      census(nanming, '520102'),
      census(yunyan, '520103'),
      census(guiyang, '5201'),
    ]);
    expect(nanmingAfter.total).toBe(nanmingBefore.total - 1);
    expect(nanmingAfter.certified).toBe(nanmingBefore.certified - 1);
    expect(yunyanAfter.total).toBe(yunyanBefore.total + 1);
    expect(yunyanAfter.employed).toBe(yunyanBefore.employed + 1);
    expect(cityAfter.total).toBe(cityBefore.total);
    type Flow = { year: number; inflow: number; outflow: number };
    const year = (c: { transferFlows: { byYear: Flow[] } }) =>
      c.transferFlows.byYear.find((y) => y.year === 2026);
    expect(year(nanmingAfter)!.outflow).toBe(year(nanmingBefore)!.outflow + 1);
    expect(year(yunyanAfter)!.inflow).toBe(year(yunyanBefore)!.inflow + 1);
    expect(year(cityAfter)).toEqual(year(cityBefore));
    const cityRegion = (code: string) =>
      cityAfter.transferFlows.byRegion.find(
        (r: { regionCode: string; year: number }) => r.regionCode === code && r.year === 2026,
      );
    expect(cityRegion('520102')).toMatchObject({ regionName: '南明区', outflow: 1, inflow: 0 });
    expect(cityRegion('520103')).toMatchObject({ regionName: '云岩区', inflow: 1, outflow: 0 });

    // The whole exchange is in the audit trail: the request, the decision, the move.
    const events = async (entityId: string) =>
      (await auditor.get(`/api/v1/audit-events?entityId=${entityId}`)).json().items;
    const transferTrail = await events(request.id);
    expect(
      transferTrail.map((e: { action: string; regionCode: string }) => [e.action, e.regionCode]),
    ).toEqual([
      ['update', '520102016'],
      ['create', '520103019'],
    ]);
    expect(transferTrail[0].detail).toMatchObject({ code: 'transfer_approved' });
    const workerTrail = (await events(worker.id)).filter(
      (e: { action: string }) => e.action === 'update',
    );
    expect(workerTrail[0]).toMatchObject({
      action: 'update',
      regionCode: '520103019',
      detail: { code: 'transfer_moved', params: { transferId: request.id } },
    });
    expect(workerTrail[0].changes.regionCode).toEqual(['520102016', '520103019']);

    // Decided once.
    const cityAgain = await guiyang.post(`/api/v1/worker-transfers/${request.id}/refuse`, {
      version: 2,
      reason: '重复',
    });
    expect(cityAgain.statusCode).toBe(409);
    expect(cityAgain.json().error.message).toBe('该申请已批准');
  });

  it('lets the releasing county refuse with a reason, which the requester reads', async () => {
    const worker = await nanmingWorker();
    const request = (await yunyan.strict().post('/api/v1/worker-transfers', into(worker))).json();
    const noReason = await nanming.post(`/api/v1/worker-transfers/${request.id}/refuse`, {
      version: 1,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    const refused = await nanming.post(`/api/v1/worker-transfers/${request.id}/refuse`, {
      version: 1,
      reason: '该社工仍在服务期内',
    });
    expect(refused.statusCode, refused.body).toBe(200);
    expect((await yunyan.get(`/api/v1/worker-transfers/${request.id}`)).json()).toMatchObject({
      status: 'refused',
      decisionReason: '该社工仍在服务期内',
      workerId: null,
      fromRegionCode: null,
    });
    expect((await nanming.get(`/api/v1/workers/${worker.id}`)).json().regionCode).toBe('520102016');
    const [event] = (await auditor.get(`/api/v1/audit-events?entityId=${request.id}`)).json().items;
    expect(event).toMatchObject({
      regionCode: '520102016',
      detail: { code: 'transfer_refused', params: { reason: '该社工仍在服务期内' } },
    });
  });

  it('lets a common parent decide, the requester withdraw, and lapses a request after 30 days', async () => {
    const first = (
      await yunyan.strict().post('/api/v1/worker-transfers', into(await nanmingWorker()))
    ).json();
    const byCity = await guiyang.post(`/api/v1/worker-transfers/${first.id}/approve`, {
      version: 1,
    });
    expect(byCity.json()).toMatchObject({ status: 'approved', side: 'both' });

    const second = (
      await yunyan.strict().post('/api/v1/worker-transfers', into(await nanmingWorker()))
    ).json();
    expect(
      (await nanming.post(`/api/v1/worker-transfers/${second.id}/withdraw`, { version: 1 }))
        .statusCode,
    ).toBe(403);
    const withdrawn = await yunyan.post(`/api/v1/worker-transfers/${second.id}/withdraw`, {
      version: 1,
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });

    const third = (
      await yunyan.strict().post('/api/v1/worker-transfers', into(await nanmingWorker()))
    ).json();
    const stale = await nanming.post(`/api/v1/worker-transfers/${third.id}/approve`, {
      version: 7,
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const later = now;
    now = new Date('2026-12-23T10:00:00+08:00');
    try {
      // Sessions have lapsed too by then.
      const [nanming, yunyan] = [await t.signIn('nanming'), await t.signIn('yunyan')];
      expect((await nanming.get(`/api/v1/worker-transfers/${third.id}`)).json().status).toBe(
        'expired',
      );
      const lapsed = await nanming.post(`/api/v1/worker-transfers/${third.id}/approve`, {
        version: 1,
      });
      expect(lapsed.statusCode).toBe(409);
      const expired = (await yunyan.get('/api/v1/worker-transfers?status=expired')).json();
      expect(expired.items.map((i: { id: string }) => i.id)).toContain(third.id);
    } finally {
      now = later;
    }
  });

  it('keeps a transfer to its two regions under row-level security alone', async () => {
    const worker = await nanmingWorker();
    const filed = (await yunyan.strict().post('/api/v1/worker-transfers', into(worker))).json();
    const unknown = (
      await yunyan
        .strict()
        .post(
          '/api/v1/worker-transfers',
          into({ idNumber: residentIdFor(997, '19900101', '520103'), name: '无此人' }),
        )
    ).json();
    serviceScopeFilter.enabled = false;
    const seen = async (client: TestClient) =>
      (await client.get('/api/v1/worker-transfers?pageSize=200'))
        .json()
        .items.map((i: { id: string }) => i.id);
    expect(await seen(nanming)).toContain(filed.id);
    expect(await seen(nanming)).not.toContain(unknown.id);
    const other = await t.accountWith({
      username: 'transfers.huaxi',
      roles: ['civil_affairs_county'],
      regionCode: '520111',
    });
    expect(await seen(other)).toEqual([]);
    // The releasing side may decide, never file in the other's name.
    await expect(
      withScope(t.database, { regionCode: '520102' }, (tx) =>
        queryRows(
          tx,
          sql`insert into worker_transfer (id, region_code, id_number, name, from_region_code, employer_kind, employer_name, employer_region_code, post_type, requested_by, requested_by_name, requested_on, expires_on)
            values (gen_random_uuid(), '520103019', '1', 'x', '520102016', 'other', 'x', '520103', 'other_system', gen_random_uuid(), 'x', '2026-11-22', '2026-12-22') returning id`,
        ),
      ),
    ).rejects.toThrow();
  });
});
