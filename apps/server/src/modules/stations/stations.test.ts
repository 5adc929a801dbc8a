import { expectOutsideScope } from '../../../test/expect-outside-scope';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { rowsOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let xinhua: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  xinhua = await t.signIn('xinhua');
});
afterAll(() => t.close());

/** A township of 南明区 and one of its villages, chosen from the data so no station sits there yet. */
async function freePlace(tier: 'township_station' | 'village_station') {
  const rows = await queryRows<{ code: string }>(
    t.database.drizzle,
    tier === 'township_station'
      ? sql`select d.code from division d where d.code like '520102%' and length(d.code) = 9
            and not exists (select 1 from station s where s.region_code = d.code and s.tier = 'township_station') order by d.code limit 1`
      : sql`select d.code from division d where d.code like '520102%' and length(d.code) = 12
            and not exists (select 1 from station s where s.region_code = d.code) order by d.code limit 1`,
  );
  return rows[0]!.code;
}

describe('the station network', () => {
  it('binds each tier to a division of its level', async () => {
    const wrongLevel = await nanming.post('/api/v1/stations', {
      name: '错位站',
      tier: 'township_station',
      regionCode: '520102016001',
    });
    expect(wrongLevel.statusCode).toBe(400);
    expect(wrongLevel.json().error.details[0]).toMatchObject({
      path: 'body.regionCode',
      message: '该类站点须设在乡镇（街道）级区划',
    });
    const outside = await nanming.post('/api/v1/stations', {
      name: '越界站',
      tier: 'village_studio',
      regionCode: '520103001001',
    });
    expect(outside.json().error.details[0].path).toBe('body.regionCode');
    const duplicate = await nanming.post('/api/v1/stations', {
      name: '重复',
      tier: 'county_station',
      regionCode: '520102',
    });
    expect(duplicate.statusCode).toBe(409);
  });

  it('links a new station to the station of the tier above, and checks a given parent', async () => {
    const township = await freePlace('township_station');
    const created = await nanming.post('/api/v1/stations', {
      name: '新建乡镇站',
      tier: 'township_station',
      regionCode: township,
      servicePopulation: 30000,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      parentStationName: '南明区社会工作站',
      staffCount: 0,
      requiredStaff: 2,
    });

    const village = (
      await queryRows<{ code: string }>(
        t.database.drizzle,
        sql`select code from division where parent_code = ${township} order by code limit 1`,
      )
    )[0]!.code;
    const foreignParent = (await yunyan.get('/api/v1/stations?tier=county_station')).json()
      .items[0];
    const wrongParent = await nanming.post('/api/v1/stations', {
      name: '村站',
      tier: 'village_station',
      regionCode: village,
      parentStationId: foreignParent.id,
    });
    expect(wrongParent.statusCode).toBe(400);
    expect(wrongParent.json().error.details[0].path).toBe('body.parentStationId');
    const child = await nanming.post('/api/v1/stations', {
      name: '村站',
      tier: 'village_station',
      regionCode: village,
    });
    expect(child.json()).toMatchObject({ parentStationId: created.json().id });
  });

  it('counts staff on duty against the norm and ends assignments', async () => {
    const village = await freePlace('village_station');
    const station = (
      await nanming.post('/api/v1/stations', {
        name: '人员测试站',
        tier: 'village_studio',
        regionCode: village,
      })
    ).json();
    const first = await nanming.post(`/api/v1/stations/${station.id}/staff`, {
      workerName: '张敏',
      role: 'full_time',
      startedOn: '2025-01-01',
    });
    expect(first.statusCode).toBe(201);
    expect((await nanming.get(`/api/v1/stations/${station.id}`)).json()).toMatchObject({
      staffCount: 1,
      requiredStaff: 1,
      staff: [{ workerName: '张敏' }],
    });
    const early = await nanming.post(`/api/v1/station-staff/${first.json().id}/end`, {
      version: 1,
      endedOn: '2024-01-01',
    });
    expect(early.json().error.details[0].path).toBe('body.endedOn');
    await nanming.post(`/api/v1/station-staff/${first.json().id}/end`, {
      version: 1,
      endedOn: '2025-06-30',
    });
    expect((await nanming.get(`/api/v1/stations/${station.id}`)).json().staffCount).toBe(0);
    const below = (await nanming.get('/api/v1/stations?belowNorm=true&pageSize=200')).json();
    expect(below.items.map((s: { id: string }) => s.id)).toContain(station.id);
    expect(
      below.items.every(
        (s: { staffCount: number; requiredStaff: number }) => s.staffCount < s.requiredStaff,
      ),
    ).toBe(true);
  });

  it('changes only what a PATCH names', async () => {
    const village = await freePlace('village_station');
    const created = (
      await nanming.post('/api/v1/stations', {
        name: '部分修改站',
        tier: 'village_studio',
        regionCode: village,
        status: 'suspended',
        serviceFields: ['mental_health'],
      })
    ).json();
    const patched = (
      await nanming.patch(`/api/v1/stations/${created.id}`, { version: 1, servicePopulation: 1200 })
    ).json();
    expect(patched).toMatchObject({
      status: 'suspended',
      serviceFields: ['mental_health'],
      servicePopulation: 1200,
    });
  });

  it('lets a closed station keep its history while a new one of its tier opens in the division', async () => {
    const village = await freePlace('village_station');
    const first = (
      await nanming.post('/api/v1/stations', {
        name: '旧社工室',
        tier: 'village_studio',
        regionCode: village,
      })
    ).json();
    const blocked = await nanming.post('/api/v1/stations', {
      name: '新社工室',
      tier: 'village_studio',
      regionCode: village,
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.details[0]).toMatchObject({ path: 'body.regionCode' });
    expect(blocked.json().error.message).toContain('旧社工室');

    const assigned = await nanming.post(`/api/v1/stations/${first.id}/staff`, {
      workerName: '李社工',
      role: 'full_time',
      startedOn: '2024-03-01',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);

    const closed = await nanming.patch(`/api/v1/stations/${first.id}`, {
      version: 1,
      status: 'closed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    // Closing ends the assignments still open there, on the day.
    const history = (await nanming.get(`/api/v1/stations/${first.id}`)).json();
    expect(history.staff).toHaveLength(1);
    expect(history.staff[0].endedOn).not.toBeNull();
    const second = await nanming.post('/api/v1/stations', {
      name: '新社工室',
      tier: 'village_studio',
      regionCode: village,
    });
    expect(second.statusCode, second.body).toBe(201);
    const { items } = (await nanming.get(`/api/v1/stations?region=${village}`)).json();
    expect(items.map((s: { name: string; status: string }) => [s.name, s.status]).sort()).toEqual([
      ['新社工室', 'operating'],
      ['旧社工室', 'closed'],
    ]);

    // The old one cannot come back while the new one holds the place.
    const reopened = await nanming.patch(`/api/v1/stations/${first.id}`, {
      version: 2,
      status: 'operating',
    });
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().error.details[0].path).toBe('body.status');
    expect((await nanming.get(`/api/v1/stations/${first.id}`)).json().status).toBe('closed');
  });

  it('lets a planned station hold its place and serve as parent, without counting as coverage', async () => {
    const township = await freePlace('township_station');
    const before = (await nanming.get('/api/v1/coverage?region=520102')).json().summary;
    const planned = await nanming.post('/api/v1/stations', {
      name: '筹建乡镇站',
      tier: 'township_station',
      regionCode: township,
      status: 'planned',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const second = await nanming.post('/api/v1/stations', {
      name: '另一个乡镇站',
      tier: 'township_station',
      regionCode: township,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.message).toContain('筹建乡镇站');
    const after = (await nanming.get('/api/v1/coverage?region=520102')).json().summary;
    expect(after.townshipsWithStation).toBe(before.townshipsWithStation);

    const [village] = await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select code from division where parent_code = ${township} order by code limit 1`,
    );
    const child = await nanming.post('/api/v1/stations', {
      name: '筹建站下的村站',
      tier: 'village_station',
      regionCode: village!.code,
    });
    expect(child.json()).toMatchObject({ parentStationName: '筹建乡镇站' });

    // Once the planned one is given up (closed), the next station takes the place and becomes the
    // default parent; a closed parent is refused by name.
    await nanming.patch(`/api/v1/stations/${planned.json().id}`, { version: 1, status: 'closed' });
    const replacement = await nanming.post('/api/v1/stations', {
      name: '新乡镇站',
      tier: 'township_station',
      regionCode: township,
    });
    expect(replacement.statusCode, replacement.body).toBe(201);
    const [otherVillage] = await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select code from division where parent_code = ${township} order by code offset 1 limit 1`,
    );
    const toClosed = await nanming.post('/api/v1/stations', {
      name: '挂旧站的社工室',
      tier: 'village_studio',
      regionCode: otherVillage!.code,
      parentStationId: planned.json().id,
    });
    expect(toClosed.json().error.details[0]).toMatchObject({
      path: 'body.parentStationId',
      message: '上级站点已关闭',
    });
    const underNew = await nanming.post('/api/v1/stations', {
      name: '挂新站的社工室',
      tier: 'village_studio',
      regionCode: otherVillage!.code,
    });
    expect(underNew.json()).toMatchObject({ parentStationName: '新乡镇站' });
  });

  it('keeps a sibling county and a township officer to their own stations', async () => {
    const mine = (await nanming.get('/api/v1/stations?tier=county_station')).json().items[0];
    expect((await yunyan.get(`/api/v1/stations/${mine.id}`)).statusCode).toBe(404);
    const { items } = (await xinhua.get('/api/v1/stations?pageSize=200')).json();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s: { regionCode: string }) => s.regionCode.startsWith('520102016'))).toBe(
      true,
    );
  });
});

describe('coverage', () => {
  it('equals an independent count of the demo data', async () => {
    const coverage = (await nanming.get('/api/v1/coverage?region=520102')).json();
    const [expected] = await queryRows<Record<string, number>>(
      t.database.drizzle,
      sql`
      with active as (
        select st.region_code, st.tier, coalesce(ss.worker_id::text, ss.worker_name) as worker
        from station st join station_staff ss on ss.station_id = st.id
        where st.region_code like '520102%' and st.status = 'operating'
          and ss.started_on <= current_date and (ss.ended_on is null or ss.ended_on >= current_date)),
      villages as (
        select d.code, case when d.name ~ '(社区|居委会|居民委员会)$' then 2 else 1 end as required,
          (select count(distinct worker) from active a where a.region_code = d.code and a.tier in ('village_station', 'village_studio')) as workers
        from division d where d.code like '520102%' and length(d.code) = 12)
      select
        (select count(*)::int from division where code like '520102%' and length(code) = 9) as townships,
        (select count(*)::int from division d where d.code like '520102%' and length(d.code) = 9 and exists
          (select 1 from station s where s.region_code = d.code and s.tier = 'township_station' and s.status = 'operating')) as "townshipsWithStation",
        (select count(*)::int from villages) as villages,
        (select count(*)::int from villages where workers >= required) as "villagesStaffed",
        (select count(distinct worker)::int from active) as workers`,
    );
    expect(coverage.summary).toMatchObject(expected!);
    expect(coverage.summary.townshipCoverage).toBeCloseTo(
      expected!.townshipsWithStation! / expected!.townships!,
    );
    expect(
      coverage.children.reduce((sum: number, c: { villages: number }) => sum + c.villages, 0),
    ).toBe(expected!.villages);
  });

  it('falls back to the inherited norm, then the defaults, when a region removes its own', async () => {
    const guiyang = await t.signIn('guiyang');
    const coverage = async () =>
      (await nanming.get('/api/v1/coverage?region=520102')).json().summary;
    const baseline = await coverage();
    expect((await nanming.get('/api/v1/staffing-norms?region=520102')).json()).toMatchObject({
      setBy: null,
      version: 0,
    });
    const norm = (values: number) => ({
      urbanVillageMinWorkers: values,
      ruralVillageMinWorkers: values,
      townshipStationMinStaff: values,
      countyStationMinStaff: values,
      villageStudioMinStaff: values,
    });
    const city = await guiyang.put('/api/v1/staffing-norms?region=5201', {
      ...norm(0),
      version: 0,
    });
    expect(city.statusCode, city.body).toBe(200);
    const own = await nanming.put('/api/v1/staffing-norms?region=520102', {
      ...norm(20),
      version: 0,
    });
    expect(own.json()).toMatchObject({ setBy: '520102', version: 1 });
    expect((await coverage()).villagesStaffed).toBe(0);

    // A region outside one's scope is refused naming the field, as every ?region= is (not 403);
    // a township officer may not set norms at all.
    expectOutsideScope(
      await yunyan.delete('/api/v1/staffing-norms?region=520102&version=1'),
      'query.region',
    );
    expectOutsideScope(
      await yunyan.put('/api/v1/staffing-norms?region=520102', { ...norm(5), version: 1 }),
      'query.region',
    );
    expect((await xinhua.delete('/api/v1/staffing-norms?region=520102&version=1')).statusCode).toBe(
      403,
    );
    expect(
      (await nanming.delete('/api/v1/staffing-norms?region=520102&version=2')).statusCode,
    ).toBe(409);
    const removed = await nanming.delete('/api/v1/staffing-norms?region=520102&version=1');
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ ...norm(0), setBy: '5201', version: 0 });
    const inherited = await coverage();
    expect(inherited.villagesStaffed).toBe(inherited.villages);
    expect(inherited.stationsBelowNorm).toBe(0);
    const again = await nanming.delete('/api/v1/staffing-norms?region=520102&version=1');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('配备标准');

    const cityRemoved = await guiyang.delete('/api/v1/staffing-norms?region=5201&version=1');
    expect(cityRemoved.json()).toMatchObject({ urbanVillageMinWorkers: 2, setBy: null });
    expect(await coverage()).toEqual(baseline);
    const audited = await queryRows<{ entity_id: string; changes: Record<string, unknown> }>(
      t.database.drizzle,
      sql`select entity_id, changes from audit_event
          where action = 'delete' and entity_type = 'staffing_norm' order by occurred_at`,
    );
    expect(audited.map((a) => a.entity_id)).toEqual(['520102', '5201']);
    expect(audited[0]!.changes).toMatchObject({ setBy: ['520102', '5201'] });
  });

  it('drills down from the city to counties and lists stations below their norm', async () => {
    const guiyang = await t.signIn('guiyang');
    const city = (await guiyang.get('/api/v1/coverage?region=5201')).json();
    const nanmingRow = city.children.find((c: { regionCode: string }) => c.regionCode === '520102');
    const county = (await guiyang.get('/api/v1/coverage?region=520102')).json();
    expect(nanmingRow).toMatchObject({
      regionName: '南明区',
      regionPath: '贵州省 / 贵阳市 / 南明区',
      townships: county.summary.townships,
      villagesStaffed: county.summary.villagesStaffed,
    });
    expect(county).toMatchObject({ regionName: '南明区', regionPath: '贵州省 / 贵阳市 / 南明区' });
    expect(
      county.children.every(
        (c: { regionName: string; regionPath: string }) =>
          c.regionPath === `贵州省 / 贵阳市 / 南明区 / ${c.regionName}`,
      ),
    ).toBe(true);
    const codes = county.children.map((c: { regionCode: string }) => c.regionCode);
    expect(codes).toEqual([...codes].sort());
    expect(
      county.belowNorm.every(
        (s: { staffCount: number; requiredStaff: number }) => s.staffCount < s.requiredStaff,
      ),
    ).toBe(true);
    expect(county.summary.stationsBelowNorm).toBe(county.belowNorm.length);
  });

  it('follows a norm set by the region and refuses a region out of scope', async () => {
    const before = (await nanming.get('/api/v1/coverage?region=520102')).json().summary
      .villagesStaffed;
    const norm = (await nanming.get('/api/v1/staffing-norms?region=520102')).json();
    expect(norm).toMatchObject({ urbanVillageMinWorkers: 2, setBy: null, version: 0 });
    const set = await nanming.put('/api/v1/staffing-norms?region=520102', {
      ...norm,
      regionCode: undefined,
      setBy: undefined,
      urbanVillageMinWorkers: 5,
      ruralVillageMinWorkers: 5,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ setBy: '520102', version: 1 });
    const after = (await nanming.get('/api/v1/coverage?region=520102')).json();
    expect(after.summary.villagesStaffed).toBeLessThan(before);
    expectOutsideScope(await nanming.get('/api/v1/coverage?region=520103'), 'query.region');
    expectOutsideScope(
      await nanming.put('/api/v1/staffing-norms?region=5201', {
        ...(set.json() as object),
        regionCode: undefined,
        setBy: undefined,
        version: 0,
      }),
      'query.region',
    );
  });

  it('exports the coverage table as a spreadsheet', async () => {
    const response = await nanming.get('/api/v1/coverage/export?region=520102');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const [header, total, first] = await rowsOf(response.rawPayload);
    expect(header!.slice(0, 3)).toEqual(['区划代码', '区划', '区划全称']);
    expect(total!.slice(0, 3)).toEqual(['520102', '南明区（合计）', '贵州省 / 贵阳市 / 南明区']);
    expect(String(first![2])).toBe(`贵州省 / 贵阳市 / 南明区 / ${String(first![1])}`);
  });
});
