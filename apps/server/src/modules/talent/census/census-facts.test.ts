import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ageBands,
  ageOn,
  chinaToday,
  coversDate,
  serviceYearBands,
  yearsInService,
} from '@shegong/domain';
import { queryRows } from '../../../db/connection';
import { withSystemScope } from '../../../platform/access/region-scope';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';
import { countyCensusGroups, refreshCountyCounts } from './census-counts';
import { censusGroups, refreshCensusFacts, type CensusGroup } from './census-facts';

let now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let guiyang: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  guiyang = await t.signIn('guiyang');
});
afterAll(() => t.close());

type Band = { code: string; min: number; max: number };
const bandOf = (bands: readonly Band[], value: number, upperExclusive: boolean) =>
  bands.find((b) => value >= b.min && (upperExclusive ? value < b.max : value <= b.max))?.code ??
  bands.at(-1)!.code;

/** The census of a region worked out in JavaScript from the stored rows, with the domain rules. */
async function independentCensus(region: string) {
  const today = chinaToday(now);
  const people = await queryRows<{ id: string; birth_date: string }>(
    t.database.drizzle,
    sql`select id, birth_date::text from worker where region_code like ${region + '%'}`,
  );
  const jobs = await queryRows<{ worker_id: string; started_on: string; ended_on: string | null }>(
    t.database.drizzle,
    sql`select worker_id, started_on::text, ended_on::text from employment`,
  );
  const certified = new Set(
    (
      await queryRows<{ worker_id: string }>(
        t.database.drizzle,
        sql`select worker_id from certificate where certified_on <= ${today}::date`,
      )
    ).map((r) => r.worker_id),
  );
  const count = (keys: string[]) =>
    Object.fromEntries([...new Set(keys)].map((k) => [k, keys.filter((x) => x === k).length]));
  const periods = (id: string) =>
    jobs
      .filter((j) => j.worker_id === id && j.started_on <= today)
      .map((j) => ({ startedOn: j.started_on, endedOn: j.ended_on }));
  return {
    total: people.length,
    certified: people.filter((p) => certified.has(p.id)).length,
    employed: people.filter((p) => periods(p.id).some((j) => coversDate(j, today))).length,
    byAgeBand: count(people.map((p) => bandOf(ageBands, ageOn(p.birth_date, today), false))),
    byServiceYears: count(
      people.map((p) => bandOf(serviceYearBands, yearsInService(periods(p.id), today), true)),
    ),
  };
}

async function expectCensusOf(region: string) {
  const response = await guiyang.get(`/api/v1/talent-statistics?region=${region}`);
  expect(response.statusCode).toBe(200);
  const census = response.json();
  const buckets = (list: { key: string; count: number }[]) =>
    Object.fromEntries(list.filter((b) => b.count > 0).map((b) => [b.key, b.count]));
  const expected = await independentCensus(region);
  expect({
    total: census.total,
    certified: census.certified,
    employed: census.employed,
    byAgeBand: buckets(census.byAgeBand),
    byServiceYears: buckets(census.byServiceYears),
  }).toEqual(expected);
  return census;
}

/**
 * The city's census through the API (summed from its counties' counts) equals the independent
 * one, and for the city and the province every group summed from the counts equals the group
 * counted from the facts.
 */
async function expectCountsKept() {
  await expectCensusOf('5201');
  const sorted = (groups: CensusGroup[]) =>
    groups.map((g) => JSON.stringify(g)).sort((a, b) => a.localeCompare(b));
  for (const [region, childLength] of [
    ['5201', 6],
    ['52', 4],
  ] as const) {
    const everyone = { regionCode: '' };
    const [fromFacts, fromCounts] = await withSystemScope(t.database, async (tx) => {
      await refreshCensusFacts(tx, everyone, region, chinaToday(now));
      const fromFacts = await censusGroups(tx, everyone, region, childLength);
      await refreshCountyCounts(tx, everyone, region);
      return [fromFacts, await countyCensusGroups(tx, everyone, region, childLength)];
    });
    expect(fromFacts.length).toBeGreaterThan(10);
    expect(sorted(fromCounts)).toEqual(sorted(fromFacts));
  }
}

describe('the census kept current', () => {
  it('follows every change at once, and the passing of time', async () => {
    const before = await expectCensusOf('520102');
    expect(before.total).toBeGreaterThan(5);
    await expectCountsKept();

    const workers = (await guiyang.get('/api/v1/workers?region=520102&limit=200')).json().items;
    const uncertified = workers.find((w: { highestLevel: string | null }) => !w.highestLevel);
    const added = await guiyang.post(`/api/v1/workers/${uncertified.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2025-06-30',
    });
    expect(added.statusCode).toBe(201);
    expect((await expectCensusOf('520102')).certified).toBe(before.certified + 1);
    await expectCountsKept();

    const employedWorker = workers.find((w: { employed: boolean }) => w.employed);
    const detail = (await guiyang.get(`/api/v1/workers/${employedWorker.id}`)).json();
    const job = detail.employments.find((j: { endedOn: string | null }) => j.endedOn === null);
    const ended = await guiyang.post(`/api/v1/employments/${job.id}/end`, {
      version: job.version,
      endedOn: '2026-11-01',
      leavingReason: '转行',
    });
    expect(ended.statusCode).toBe(200);
    await expectCensusOf('520102');
    await expectCountsKept();

    const mover = workers.find((w: { id: string }) => w.id !== employedWorker.id);
    const moved = await guiyang.patch(`/api/v1/workers/${mover.id}`, {
      version: mover.version,
      regionCode: '520103',
    });
    expect(moved.statusCode).toBe(200);
    expect((await expectCensusOf('520102')).total).toBe(before.total - 1);
    await expectCensusOf('520103');
    await expectCountsKept();

    now = new Date('2029-12-01T10:00:00+08:00');
    guiyang = await t.signIn('guiyang'); // the old session has long expired
    const later = await expectCensusOf('520102');
    expect(later.trend.at(-1)).toMatchObject({ year: 2029 });
    expect(later.byServiceYears).not.toEqual(before.byServiceYears);
    await expectCountsKept();
  });
});
