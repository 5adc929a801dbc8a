import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInput, residentIdFor, workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let xinhua: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  xinhua = await t.signIn('xinhua');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

describe('the talent registry', () => {
  it('registers a worker, derives birth date and sex from the ID number, and masks it', async () => {
    const idNumber = residentIdFor(11, '20000101');
    const response = await nanming.post(
      '/api/v1/workers',
      workerInput(11, { idNumber, name: '李华' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const worker = response.json();
    const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
    expect(worker).toMatchObject({
      name: '李华',
      sex: 'male',
      age: 26,
      idNumber: masked,
      phone: '139****0011',
    });
    expect(JSON.stringify(worker)).not.toContain('20000101');
  });

  it('refuses a bad check digit, naming the field in Chinese', async () => {
    const bad = residentIdFor(12).slice(0, 17) + (residentIdFor(12).endsWith('1') ? '2' : '1');
    const response = await nanming.post('/api/v1/workers', workerInput(12, { idNumber: bad }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'body.idNumber', message: '身份证号校验位错误' },
    ]);
  });

  it('refuses a duplicate ID number, naming the record only to those who may see it', async () => {
    const first = (await nanming.post('/api/v1/workers', workerInput(13))).json();
    const again = await nanming.post('/api/v1/workers', workerInput(13, { name: '另一个人' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details[0].message).toContain(first.id);
    const elsewhere = await yunyan.post(
      '/api/v1/workers',
      workerInput(13, { regionCode: '520103' }),
    );
    expect(elsewhere.statusCode).toBe(409);
    expect(elsewhere.json().error.details[0].message).toBe(
      '该身份证号已在其他辖区登记，可申请人才调入',
    );
  });

  it('shows the whole ID only through the audited reveal, to those allowed', async () => {
    const worker = (await nanming.post('/api/v1/workers', workerInput(14))).json();
    const revealed = await nanming.post(`/api/v1/workers/${worker.id}/reveal`);
    expect(revealed.json()).toEqual({ idNumber: residentIdFor(14), phone: '13900000014' });
    expect((await xinhua.post(`/api/v1/workers/${worker.id}/reveal`)).statusCode).toBe(403);
    // Browsers send a JSON content type with an empty body on such actions.
    const empty = await nanming.request({
      method: 'POST',
      url: `/api/v1/workers/${worker.id}/reveal`,
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(200);
    const broken = await nanming.request({
      method: 'POST',
      url: '/api/v1/workers',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(broken.json().error.code).toBe('BAD_REQUEST');
    await nanming.get(`/api/v1/workers/${worker.id}`);
    const trail = (await auditor.get(`/api/v1/audit-events?entityId=${worker.id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(trail).toEqual(['read', 'reveal', 'reveal', 'create']);
  });

  it('finds workers by name prefix, by the whole ID number and by phone, newest first with a cursor', async () => {
    for (let n = 20; n < 25; n++)
      await nanming.post('/api/v1/workers', workerInput(n, { name: `欧阳${n}` }));
    const page1 = (
      await nanming.get(`/api/v1/workers?q=${encodeURIComponent('欧阳')}&limit=3`)
    ).json();
    expect(page1.total).toBe(5);
    expect(page1.items.map((w: { name: string }) => w.name)).toEqual([
      '欧阳24',
      '欧阳23',
      '欧阳22',
    ]);
    const page2 = (
      await nanming.get(
        `/api/v1/workers?q=${encodeURIComponent('欧阳')}&limit=3&cursor=${page1.nextCursor}`,
      )
    ).json();
    expect(page2).toMatchObject({ total: null, nextCursor: null });
    expect(page2.items.map((w: { name: string }) => w.name)).toEqual(['欧阳21', '欧阳20']);
    expect((await nanming.get(`/api/v1/workers?q=${residentIdFor(22)}`)).json().items[0].name).toBe(
      '欧阳22',
    );
    expect((await nanming.get('/api/v1/workers?q=13900000023')).json().items[0].name).toBe(
      '欧阳23',
    );
  });

  it('filters by age band and by the kind of the job held today, as the census drills down', async () => {
    const young = (
      await nanming.post(
        '/api/v1/workers',
        workerInput(60, {
          idNumber: residentIdFor(60, '20030101'),
          name: '少年甲',
          regionCode: '520102018',
        }),
      )
    ).json();
    const older = (
      await nanming.post(
        '/api/v1/workers',
        workerInput(61, {
          idNumber: residentIdFor(61, '19800101'),
          name: '少年乙',
          regionCode: '520102018',
        }),
      )
    ).json();
    await nanming.post(`/api/v1/workers/${older.id}/employments`, {
      employerKind: 'government',
      employerName: '某街道办',
      postType: 'civil_affairs_unit',
      startedOn: '2020-01-01',
    });
    const names = async (query: string) =>
      (
        await nanming.get(
          `/api/v1/workers?region=520102018&q=${encodeURIComponent('少年')}&${query}`,
        )
      )
        .json()
        .items.map((w: { id: string }) => w.id);
    expect(await names('ageBand=under_25')).toEqual([young.id]);
    expect(await names('ageBand=40_49')).toEqual([older.id]);
    expect(await names('employerKind=government')).toEqual([older.id]);
  });

  it('keeps a sibling county out and refuses to edit the ID number', async () => {
    const worker = (await nanming.post('/api/v1/workers', workerInput(30))).json();
    expect((await yunyan.get(`/api/v1/workers/${worker.id}`)).statusCode).toBe(404);
    const sneaky = await nanming.patch(`/api/v1/workers/${worker.id}`, {
      version: 1,
      idNumber: residentIdFor(31),
    });
    expect(sneaky.statusCode).toBe(400);
  });

  it('tells each reader what they may do with the worker, in the list and the record', async () => {
    const worker = (await nanming.post('/api/v1/workers', workerInput(70))).json();
    expect(worker.can).toEqual({ edit: true, credit: true, review: true, reveal: true });
    // The township keeps the record but neither reviews, credits hours nor reveals the ID number.
    const township = { edit: true, credit: false, review: false, reveal: false };
    expect((await xinhua.strict().get(`/api/v1/workers/${worker.id}`)).json().can).toEqual(
      township,
    );
    const listed = (
      await xinhua.strict().get(`/api/v1/workers?q=${encodeURIComponent(worker.name)}`)
    ).json().items;
    expect(listed.map((w: { can: unknown }) => w.can)).toEqual([township]);
  });
});

describe('careers', () => {
  it('derives years in service and the current employer, and records departures', async () => {
    const worker = (await nanming.post('/api/v1/workers', workerInput(40))).json();
    const job1 = (
      await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
        employerKind: 'community',
        employerName: '纪念塔社区居委会',
        postType: 'community_post',
        startedOn: '2020-11-22',
      })
    ).json();
    await nanming.post(`/api/v1/employments/${job1.id}/end`, {
      version: 1,
      endedOn: '2023-11-21',
      leavingReason: '转岗',
    });
    await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
      employerKind: 'other',
      employerName: '某社工服务中心',
      postType: 'organisation',
      startedOn: '2024-11-22',
    });
    const detail = (await nanming.get(`/api/v1/workers/${worker.id}`)).json();
    expect(detail).toMatchObject({ employed: true, currentEmployer: '某社工服务中心' });
    expect(detail.yearsInService).toBeCloseTo(5, 0);
    expect(detail.employments).toHaveLength(2);
    const early = await nanming.post(`/api/v1/employments/${job1.id}/end`, {
      version: 2,
      endedOn: '2019-01-01',
      leavingReason: 'x',
    });
    expect(early.statusCode).toBe(400);
  });

  it('counts an organisation’s headcount and links station staff to the registry', async () => {
    const organisation = (
      await nanming.post('/api/v1/organisations', organisationInput('520102', 777))
    ).json();
    expect(organisation.headcount).toBe(0);
    const worker = (await nanming.post('/api/v1/workers', workerInput(42))).json();
    await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
      employerKind: 'organisation',
      organisationId: organisation.id,
      postType: 'organisation',
      startedOn: '2025-01-01',
    });
    expect((await nanming.get(`/api/v1/organisations/${organisation.id}`)).json().headcount).toBe(
      1,
    );

    const station = (await nanming.get('/api/v1/stations?tier=county_station')).json().items[0];
    const unknown = await nanming.post(`/api/v1/stations/${station.id}/staff`, {
      workerName: 'x',
      workerId: '01900000-0000-7000-8000-000000000000',
      role: 'full_time',
      startedOn: '2026-01-01',
    });
    expect(unknown.json().error.details[0].path).toBe('body.workerId');
    const linked = (
      await nanming.post(`/api/v1/stations/${station.id}/staff`, {
        workerName: '随便写',
        workerId: worker.id,
        role: 'part_time',
        startedOn: '2026-01-01',
      })
    ).json();
    expect(linked).toMatchObject({ workerId: worker.id, workerName: worker.name });
  });

  it('pays a reward only to a certified worker in post, once, through approval', async () => {
    const worker = (await nanming.post('/api/v1/workers', workerInput(41))).json();
    const notHeld = await nanming.post(`/api/v1/workers/${worker.id}/rewards`, {
      level: 'social_worker',
    });
    expect(notHeld.json().error.details[0].message).toBe('未持有该级别证书');
    await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2025-06-30',
    });
    expect(
      (
        await nanming.post(`/api/v1/workers/${worker.id}/rewards`, {
          level: 'assistant_social_worker',
        })
      ).json().error.details[0].message,
    ).toBe('奖励只发给在岗社工');
    await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
      employerKind: 'other',
      employerName: '某中心',
      postType: 'organisation',
      startedOn: '2025-01-01',
    });
    const grant = (
      await nanming.post(`/api/v1/workers/${worker.id}/rewards`, {
        level: 'assistant_social_worker',
      })
    ).json();
    expect(grant).toMatchObject({ amountFen: 200_000, status: 'applied' });
    expect(
      (
        await nanming.post(`/api/v1/workers/${worker.id}/rewards`, {
          level: 'assistant_social_worker',
        })
      ).statusCode,
    ).toBe(409);
    const paidEarly = await nanming.post(`/api/v1/reward-grants/${grant.id}/payment`, {
      version: 1,
      paidOn: '2026-11-01',
    });
    expect(paidEarly.statusCode).toBe(409);
    await nanming.post(`/api/v1/reward-grants/${grant.id}/decision`, { version: 1, approve: true });
    const paid = await nanming.post(`/api/v1/reward-grants/${grant.id}/payment`, {
      version: 2,
      paidOn: '2026-11-20',
    });
    expect(paid.json()).toMatchObject({ status: 'paid', paidOn: '2026-11-20' });
  });
});
