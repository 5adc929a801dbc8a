import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday, regionLevelOf, type Role } from '@shegong/domain';
import { queryRows } from '../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { figurePages, listTotal } from './figure-pages';
import { seedVariedStations } from './varied-stations';
import { seedVariedTalent } from './varied-talent';

const now = new Date('2026-11-22T10:00:00+08:00');
const today = chinaToday(now);
let t: TestApp;

/** 花溪区, which the demo leaves empty: the varied data is all there is in it. */
const county = '520111';
const officerRole: Record<string, Role> = {
  province: 'civil_affairs_province',
  city: 'civil_affairs_city',
  county: 'civil_affairs_county',
  township: 'civil_affairs_township',
};
/** Every region of the data, with the officer whose scope it is (a village: its township's). */
const officers = new Map<string, TestClient>();
let regions: string[] = [];

async function officerOf(region: string): Promise<TestClient> {
  const scope = regionLevelOf(region) === 'village' ? region.slice(0, 9) : region;
  if (!officers.has(scope))
    officers.set(
      scope,
      await t.accountWith({
        username: `officer${scope}`,
        roles: [officerRole[regionLevelOf(scope)!]!],
        regionCode: scope,
      }),
    );
  return officers.get(scope)!;
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  const townships = (
    await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select code from division where parent_code = ${county} order by code limit 3`,
    )
  ).map((r) => r.code);
  const villages = (
    await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select code from division where parent_code = ${townships[0]} order by code limit 2`,
    )
  ).map((r) => r.code);
  // The data's divisions, and the city and province above them (where the demo data joins in).
  regions = ['52', '5201', county, ...townships, ...villages];
  await seedVariedTalent({
    officer: await officerOf(county),
    regions: [county, ...townships, ...villages],
    today,
    redate: async (id, certifiedOn) => {
      await t.database.drizzle.execute(
        sql`update certificate set certified_on = ${certifiedOn} where id = ${id}`,
      );
    },
    count: 48,
    seed: 17,
  });
  await seedVariedStations({
    officer: await officerOf(county),
    county,
    townships,
    villages,
    today,
  });
});
afterAll(() => t.close());

describe('every figure that opens a list equals the total of that list', () => {
  it('has data that splits the definitions', async () => {
    const [found] = await queryRows<{
      own: number;
      overlapping: number;
      onDay: number;
      after: number;
      states: number;
    }>(
      t.database.drizzle,
      sql`select
        (select count(*) from worker where region_code = ${county})::int as own,
        (select count(distinct a.worker_id) from employment a join employment b
          on a.worker_id = b.worker_id and a.id <> b.id and a.employer_kind <> b.employer_kind
          where a.region_code like ${county + '%'}
            and a.started_on <= ${today} and (a.ended_on is null or a.ended_on >= ${today})
            and b.started_on <= ${today} and (b.ended_on is null or b.ended_on >= ${today}))::int as overlapping,
        (select count(*) from certificate where certified_on = ${today})::int as "onDay",
        (select count(*) from certificate where certified_on > ${today})::int as after,
        (select count(distinct status) from station where region_code like ${county + '%'})::int as states`,
    );
    expect(found!.own).toBeGreaterThan(0);
    expect(found!.overlapping).toBeGreaterThan(0);
    expect(found!.onDay).toBeGreaterThan(0);
    expect(found!.after).toBeGreaterThan(0);
    expect(found!.states).toBe(4);
  });

  it('on every page, for every region and the officer of that region', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const region of regions) {
      const officer = await officerOf(region);
      for (const { page, figures } of figurePages) {
        const links = await figures(officer, region);
        const totals = await Promise.all(links.map((link) => listTotal(officer, link.to)));
        for (const [i, link] of links.entries())
          if (totals[i] !== link.count)
            wrong.push(
              `${page} ${region} ${link.figure} = ${link.count}; ${link.to} lists ${totals[i]}`,
            );
        checked += links.length;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(regions.length * 40);
  }, 120_000);
});
