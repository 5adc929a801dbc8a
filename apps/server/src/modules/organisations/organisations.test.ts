import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/connection';
import { withScope, withSystemScope } from '../../platform/access/region-scope';
import { accounts } from '../../platform/auth/accounts.table';
import { creditCodeFor, organisationInput } from '../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient; // county officer of 南明区
let yunyan: TestClient; // county officer of the sibling 云岩区
let guiyang: TestClient; // city officer
let xinhua: TestClient; // township officer: may read, not register

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  xinhua = await t.signIn('xinhua');
});
afterAll(() => t.close());

let sequence = 1000;
const register = async (
  client: TestClient,
  regionCode = '520102',
  overrides: Record<string, unknown> = {},
) => {
  const response = await client.post(
    '/api/v1/organisations',
    organisationInput(regionCode, sequence++, overrides),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
};

describe('the organisation registry', () => {
  it('registers an organisation with a valid credit code and shows it in the list', async () => {
    const created = await register(nanming, '520102', { name: '南明区阳光社会工作服务中心' });
    expect(created).toMatchObject({
      regionName: '贵州省 / 贵阳市 / 南明区',
      status: 'active',
      currentRating: null,
      can: { edit: true, assess: true, support: true },
      headcount: 0,
    });
    const { items, total } = (
      await nanming.get(`/api/v1/organisations?q=${encodeURIComponent('阳光')}`)
    ).json();
    expect(total).toBe(1);
    expect(items[0].id).toBe(created.id);
  });

  it('refuses a wrong check character, a category that does not match the type, and a duplicate', async () => {
    const good = organisationInput('520102', sequence++);
    const wrongCheck = await nanming.post('/api/v1/organisations', {
      ...good,
      creditCode: good.creditCode.slice(0, 17) + (good.creditCode.endsWith('0') ? '1' : '0'),
    });
    expect(wrongCheck.statusCode).toBe(400);
    expect(wrongCheck.json().error.details).toEqual([
      { path: 'body.creditCode', message: '统一社会信用代码校验位错误' },
    ]);
    const wrongType = await nanming.post('/api/v1/organisations', { ...good, type: 'foundation' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].message).toContain('53');
    await register(nanming, '520102', { creditCode: creditCodeFor('520102', 4242) });
    const duplicate = await nanming.post(
      '/api/v1/organisations',
      organisationInput('520102', 4242, { name: '另一个名字' }),
    );
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.details[0].path).toBe('body.creditCode');
  });

  it('refuses a region outside the officer scope and a township officer registering', async () => {
    const outside = await nanming.post(
      '/api/v1/organisations',
      organisationInput('520103', sequence++),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0].path).toBe('body.regionCode');
    expect(
      (await xinhua.post('/api/v1/organisations', organisationInput('520102016', sequence++)))
        .statusCode,
    ).toBe(403);
  });

  it('shows city-registered organisations to the counties below, but not a sibling county’s', async () => {
    const cityOrg = await register(guiyang, '5201', { name: '贵阳市社工协会服务中心' });
    const nanmingOrg = await register(nanming);
    const seenByNanming = (await nanming.get('/api/v1/organisations?pageSize=200'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(seenByNanming).toContain(cityOrg.id);
    const seenByYunyan = (await yunyan.get('/api/v1/organisations?pageSize=200'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(seenByYunyan).toContain(cityOrg.id);
    expect(seenByYunyan).not.toContain(nanmingOrg.id);
    expect((await yunyan.get(`/api/v1/organisations/${nanmingOrg.id}`)).statusCode).toBe(404);
    // Seen from below, but not theirs to change.
    const county = (await nanming.get(`/api/v1/organisations/${cityOrg.id}`)).json();
    expect(county.can).toEqual({ edit: false, assess: false, support: true });
    expect(
      (await nanming.patch(`/api/v1/organisations/${cityOrg.id}`, { version: 1, name: '改名' }))
        .statusCode,
    ).toBe(403);
  });

  it('updates with a version and deactivates, keeping the audit trail', async () => {
    const created = await register(nanming, '520102', { serviceFields: ['mental_health'] });
    const updated = await nanming.patch(`/api/v1/organisations/${created.id}`, {
      version: 1,
      address: '新地址',
    });
    expect(updated.json()).toMatchObject({
      address: '新地址',
      version: 2,
      serviceFields: ['mental_health'],
    });
    expect(
      (await nanming.patch(`/api/v1/organisations/${created.id}`, { version: 1, address: 'x' }))
        .statusCode,
    ).toBe(409);
    const gone = await nanming.post(`/api/v1/organisations/${created.id}/deactivation`, {
      version: 2,
      deactivatedOn: '2026-06-30',
      reason: '自行解散',
    });
    expect(gone.json()).toMatchObject({ status: 'deactivated', deactivatedOn: '2026-06-30' });
    const auditor = await t.signIn('auditor');
    const trail = (await auditor.get(`/api/v1/audit-events?entityId=${created.id}`)).json().items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
  });
});

describe('ratings, inspections and conduct', () => {
  it('records a rating valid five years, shown as the current grade and filterable', async () => {
    const org = await register(nanming, '520102', { registeredOn: '2015-03-01' });
    const rating = await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '4A',
      score: 912,
      ratedOn: '2023-06-15',
      assessor: '贵阳市社会组织评估委员会',
    });
    expect(rating.statusCode).toBe(201);
    expect(rating.json()).toMatchObject({ grade: '4A', validUntil: '2028-06-14' });
    const detail = (await nanming.get(`/api/v1/organisations/${org.id}`)).json();
    expect(detail.currentRating).toEqual({
      grade: '4A',
      ratedOn: '2023-06-15',
      validUntil: '2028-06-14',
    });
    const rated = (await nanming.get('/api/v1/organisations?minGrade=3A&pageSize=200'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(rated).toContain(org.id);
    const unrated = (await nanming.get('/api/v1/organisations?grade=none&pageSize=200'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(unrated).not.toContain(org.id);
  });

  it('refuses a grade outside 1A–5A, a future date, and a rating inside a valid one', async () => {
    const org = await register(nanming, '520102', { registeredOn: '2015-03-01' });
    const badGrade = await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '6A',
      ratedOn: '2020-01-01',
      assessor: 'x',
    });
    expect(badGrade.json().error.details[0].path).toBe('body.grade');
    const future = await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '3A',
      ratedOn: '2099-01-01',
      assessor: 'x',
    });
    expect(future.json().error.details[0].path).toBe('body.ratedOn');
    await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '3A',
      ratedOn: '2022-01-01',
      assessor: 'x',
    });
    const overlapping = await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '5A',
      ratedOn: '2024-01-01',
      assessor: 'x',
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error.details[0].message).toContain('3A');
  });

  it('works out eligibility from registration, inspections and conduct', async () => {
    const org = await register(nanming, '520102', { registeredOn: '2018-01-01' });
    const reasons = async () =>
      (await nanming.get(`/api/v1/organisations/${org.id}`)).json().eligibility;
    expect((await reasons()).reasons.map((r: { code: string }) => r.code)).toEqual([
      'inspection_missing',
    ]);
    await nanming.post(`/api/v1/organisations/${org.id}/inspections`, {
      year: 2025,
      result: 'pass',
    });
    expect(await reasons()).toEqual({ eligible: true, reasons: [] });
    const listed = (
      await nanming.post(`/api/v1/organisations/${org.id}/credit-records`, {
        kind: 'abnormal_list',
        startedOn: '2026-02-01',
      })
    ).json();
    expect((await reasons()).reasons).toEqual([
      { code: 'abnormal_list', message: '列入活动异常名录' },
    ]);
    await nanming.post(`/api/v1/organisations/${org.id}/credit-records/${listed.id}/end`, {
      version: 1,
      endedOn: '2026-05-01',
    });
    expect((await reasons()).eligible).toBe(true);
    const duplicateYear = await nanming.post(`/api/v1/organisations/${org.id}/inspections`, {
      year: 2025,
      result: 'fail',
    });
    expect(duplicateYear.statusCode).toBe(409);
  });

  it('lets an organisation administrator see their own organisation and its rating, read-only', async () => {
    const org = await register(nanming);
    await nanming.post(`/api/v1/organisations/${org.id}/ratings`, {
      grade: '3A',
      ratedOn: '2024-05-01',
      assessor: 'x',
    });
    const orgAdmin = await t.accountWith({
      username: 'org.admin',
      roles: ['org_admin'],
      regionCode: '520102',
    });
    await withSystemScope(t.database, (tx) =>
      tx.update(accounts).set({ organisationId: org.id }).where(eq(accounts.username, 'org.admin')),
    );
    const { items } = (await orgAdmin.get('/api/v1/organisations')).json();
    expect(items.map((o: { id: string }) => o.id)).toEqual([org.id]);
    const own = (await orgAdmin.get(`/api/v1/organisations/${org.id}`)).json();
    expect(own).toMatchObject({
      can: { edit: false, assess: false, support: false },
      currentRating: { grade: '3A' },
    });
    expect(
      (
        await orgAdmin.post(`/api/v1/organisations/${org.id}/ratings`, {
          grade: '5A',
          ratedOn: '2025-01-01',
          assessor: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await orgAdmin.patch(`/api/v1/organisations/${org.id}`, { version: 1, name: '自己改名' }))
        .statusCode,
    ).toBe(403);
  });
});

describe('who reads the grants on an organisation file', () => {
  it('shows an organisation administrator the grants to their own organisation, and hides them from officers who only read the registry', async () => {
    const org = await register(nanming);
    const other = await register(nanming);
    const given = await nanming.post(`/api/v1/organisations/${org.id}/grants`, {
      kind: 'award',
      title: '优秀社工机构奖',
      amountFen: 1_000_000,
      grantedOn: '2026-02-01',
      fundingSource: 'public_budget',
    });
    expect(given.statusCode, given.body).toBe(201);
    const orgAdmin = await t.accountWith({
      username: 'org.admin.grants',
      roles: ['org_admin'],
      regionCode: '520102',
    });
    await withSystemScope(t.database, (tx) =>
      tx
        .update(accounts)
        .set({ organisationId: org.id })
        .where(eq(accounts.username, 'org.admin.grants')),
    );
    const own = (await orgAdmin.get(`/api/v1/organisations/${org.id}`)).json();
    expect(own.grants).toEqual([expect.objectContaining({ title: '优秀社工机构奖' })]);
    expect(own.ratings).toEqual([]);
    expect((await orgAdmin.get(`/api/v1/organisations/${other.id}`)).statusCode).toBe(404);
    expect(
      (
        await orgAdmin.post(`/api/v1/organisations/${org.id}/grants`, {
          kind: 'award',
          title: '自己发',
          amountFen: 1,
          grantedOn: '2026-02-01',
          fundingSource: 'other',
        })
      ).statusCode,
    ).toBe(403);

    // A township officer reads the registry and the standing, not the support records: no
    // grants at all rather than an empty list that would read as "none given".
    const seenByTownship = (await xinhua.get(`/api/v1/organisations/${org.id}`)).json();
    expect(seenByTownship.grants).toBeNull();
    expect(seenByTownship).toHaveProperty('ratings');
    expect((await nanming.get(`/api/v1/organisations/${other.id}`)).json().grants).toEqual([]);
  });
});

describe('grants from the government above', () => {
  it('show a city grant on the county organisation that received it, and nowhere else below', async () => {
    const ours = await register(nanming);
    const theirs = await register(yunyan, '520103');
    for (const org of [ours, theirs]) {
      const given = await guiyang.post(`/api/v1/organisations/${org.id}/grants`, {
        kind: 'subsidy',
        title: `市级补贴 ${org.name}`,
        amountFen: 500_000,
        grantedOn: '2026-04-01',
        fundingSource: 'public_budget',
        regionCode: '5201',
      });
      expect(given.statusCode, given.body).toBe(201);
    }
    const file = (await nanming.get(`/api/v1/organisations/${ours.id}`)).json();
    expect(file.grants).toEqual([expect.objectContaining({ title: `市级补贴 ${ours.name}` })]);
    const listed = (await nanming.get('/api/v1/grants')).json().items;
    expect(listed.map((g: { title: string }) => g.title)).toContain(`市级补贴 ${ours.name}`);
    expect(listed.map((g: { title: string }) => g.title)).not.toContain(`市级补贴 ${theirs.name}`);
    // Reading is not writing: the county cannot change what the city gave.
    const [stored] = await queryRows<{ id: string }>(
      t.database.drizzle,
      sql`select id from organisation_grant where title = ${`市级补贴 ${ours.name}`}`,
    );
    const changed = await withScope(t.database, { regionCode: '520102' }, (tx) =>
      queryRows(
        tx,
        sql`update organisation_grant set amount_fen = 1 where id = ${stored!.id} returning id`,
      ),
    );
    expect(changed).toHaveLength(0);
  });
});

describe('support: grants and incubation', () => {
  it('records a subsidy in fen and an incubation residency with its support', async () => {
    const org = await register(nanming);
    const grant = await nanming.post(`/api/v1/organisations/${org.id}/grants`, {
      kind: 'subsidy',
      title: '2026年新办机构补贴',
      amountFen: 5_000_000,
      grantedOn: '2026-03-01',
      fundingSource: 'lottery_welfare_fund',
    });
    expect(grant.statusCode).toBe(201);
    expect((await nanming.get(`/api/v1/organisations/${org.id}`)).json().grants[0]).toMatchObject({
      amountFen: 5_000_000,
      organisationName: org.name,
    });
    const negative = await nanming.post(`/api/v1/organisations/${org.id}/grants`, {
      kind: 'award',
      title: 'x',
      amountFen: -1,
      grantedOn: '2026-03-01',
      fundingSource: 'other',
    });
    expect(negative.json().error.details[0].path).toBe('body.amountFen');

    const base = (
      await nanming.post('/api/v1/incubation-bases', {
        name: '南明区社会组织孵化基地',
        regionCode: '520102',
        capacity: 20,
      })
    ).json();
    const residency = await nanming.post(`/api/v1/incubation-bases/${base.id}/residencies`, {
      organisationId: org.id,
      enteredOn: '2026-01-10',
      supports: ['office', 'fee_waiver'],
    });
    expect(residency.statusCode).toBe(201);
    expect(
      (await nanming.get('/api/v1/incubation-bases'))
        .json()
        .items.find((b: { id: string }) => b.id === base.id).residents,
    ).toBe(1);
    const twice = await nanming.post(`/api/v1/incubation-bases/${base.id}/residencies`, {
      organisationId: org.id,
      enteredOn: '2026-02-01',
    });
    expect(twice.statusCode).toBe(400);
    const early = await nanming.post(`/api/v1/incubation-residencies/${residency.json().id}/exit`, {
      version: 1,
      exitedOn: '2025-12-31',
    });
    expect(early.json().error.details[0].path).toBe('body.exitedOn');
    const exited = await nanming.post(
      `/api/v1/incubation-residencies/${residency.json().id}/exit`,
      { version: 1, exitedOn: '2026-10-31' },
    );
    expect(exited.json().exitedOn).toBe('2026-10-31');
  });
});
