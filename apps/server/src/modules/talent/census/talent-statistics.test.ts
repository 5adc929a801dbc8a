import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/connection';
import { serviceYearBands } from '@shegong/domain';
import { residentIdFor, workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';
import { expectOutsideScope } from '../../../../test/expect-outside-scope';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  // A small county: six workers of several ages, two certified, four in post.
  const births = ['19990101', '19950601', '19880303', '19750909', '20010101', '19920202'];
  for (const [i, birth] of births.entries()) {
    const worker = (
      await nanming.post(
        '/api/v1/workers',
        workerInput(300 + i, {
          idNumber: residentIdFor(300 + i, birth),
          regionCode: i < 4 ? '520102016' : '520102017',
          educationLevel: i % 2 ? 'master' : 'bachelor',
          socialWorkMajor: i < 3,
        }),
      )
    ).json();
    if (i < 2)
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: i === 0 ? 'social_worker' : 'assistant_social_worker',
        certifiedOn: '2024-06-30',
      });
    if (i < 4)
      await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
        employerKind: i < 2 ? 'community' : 'organisation',
        employerName: '单位',
        postType: 'community_post',
        startedOn: `20${18 + i}-03-01`,
      });
  }
});
afterAll(() => t.close());

describe('the talent census', () => {
  it('counts by every dimension, and the counts equal an independent query', async () => {
    const census = (await nanming.get('/api/v1/talent-statistics?region=520102')).json();
    const [expected] = await queryRows<{
      total: number;
      certified: number;
      employed: number;
      male: number;
      masters: number;
    }>(
      t.database.drizzle,
      sql`select count(*)::int as total,
        count(*) filter (where exists (select 1 from certificate c where c.worker_id = w.id))::int as certified,
        count(*) filter (where exists (select 1 from employment e where e.worker_id = w.id and e.ended_on is null))::int as employed,
        count(*) filter (where sex = 'male')::int as male,
        count(*) filter (where education_level = 'master')::int as masters
      from worker w where region_code like '520102%'`,
    );
    expect(census).toMatchObject({
      total: expected!.total,
      certified: expected!.certified,
      employed: expected!.employed,
    });
    const bucket = (list: { key: string; count: number }[], key: string) =>
      list.find((b) => b.key === key)?.count ?? 0;
    expect(bucket(census.bySex, 'male')).toBe(expected!.male);
    expect(bucket(census.byEducation, 'master')).toBe(expected!.masters);
    expect(census.byAgeBand.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(
      expected!.total,
    );
    expect(bucket(census.byLevel, 'social_worker')).toBeGreaterThanOrEqual(1);
    expect(
      census.byRegion.find((r: { regionCode: string }) => r.regionCode === '520102017').total,
    ).toBeGreaterThanOrEqual(2);
    expect(census.trend.at(-1)).toMatchObject({ year: 2026 });
  });

  it('tracks progress against a target, and exports a sheet', async () => {
    const target = await nanming.put('/api/v1/talent-targets?region=520102', {
      year: 2026,
      targetWorkers: 500,
      targetCertified: 200,
    });
    expect(target.statusCode).toBe(403);
    const guiyang = await t.signIn('guiyang');
    const set = await guiyang.put('/api/v1/talent-targets?region=520102', {
      year: 2026,
      targetWorkers: 500,
      targetCertified: 200,
    });
    expect(set.json().target).toEqual({ year: 2026, targetWorkers: 500, targetCertified: 200 });
    const sheet = await nanming.get('/api/v1/talent-statistics/export?region=520102');
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
  });

  it('sets and shows the targets of other years, within range and with positive counts', async () => {
    const guiyang = await t.signIn('guiyang');
    const next = await guiyang.put('/api/v1/talent-targets?region=520102', {
      year: 2028,
      targetWorkers: 800,
      targetCertified: 300,
    });
    expect(next.json().target).toEqual({ year: 2028, targetWorkers: 800, targetCertified: 300 });
    const shown = (await nanming.get('/api/v1/talent-statistics?region=520102&year=2028')).json();
    expect(shown.target).toEqual({ year: 2028, targetWorkers: 800, targetCertified: 300 });
    expect(
      (await nanming.get('/api/v1/talent-statistics?region=520102&year=2027')).json().target,
    ).toBeNull();
    const tooFar = await guiyang.put('/api/v1/talent-targets?region=520102', {
      year: 2040,
      targetWorkers: 800,
      targetCertified: 300,
    });
    expect(tooFar.json().error.details[0]).toMatchObject({
      path: 'body.year',
      message: '目标年度须在 2000 至 2036 年之间',
    });
    const zero = await guiyang.put('/api/v1/talent-targets?region=520102', {
      year: 2027,
      targetWorkers: 0,
      targetCertified: 0,
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.details.map((d: { path: string }) => d.path)).toContain(
      'body.targetWorkers',
    );
    const inverted = await guiyang.put('/api/v1/talent-targets?region=520102', {
      year: 2027,
      targetWorkers: 10,
      targetCertified: 20,
    });
    expect(inverted.json().error.details[0].path).toBe('body.targetCertified');
  });
});

describe('drilling down from the census', () => {
  it('lists exactly the workers behind each years-in-service count', async () => {
    // Overlapping and interrupted jobs, so that the union of periods matters.
    const worker = (
      await nanming.post(
        '/api/v1/workers',
        workerInput(320, { idNumber: residentIdFor(320, '19850101') }),
      )
    ).json();
    const jobs = [
      { startedOn: '2014-01-01', endedOn: '2018-12-31' },
      { startedOn: '2016-06-01', endedOn: '2019-06-30' },
      { startedOn: '2022-01-01', endedOn: null },
    ];
    for (const job of jobs) {
      const created = (
        await nanming.post(`/api/v1/workers/${worker.id}/employments`, {
          employerKind: 'other',
          employerName: '某单位',
          postType: 'other_system',
          startedOn: job.startedOn,
        })
      ).json();
      if (job.endedOn)
        await nanming.post(`/api/v1/employments/${created.id}/end`, {
          version: 1,
          endedOn: job.endedOn,
          leavingReason: '调动',
        });
    }
    const census = (await nanming.get('/api/v1/talent-statistics?region=520102')).json();
    let listed = 0;
    for (const band of serviceYearBands) {
      const counted =
        census.byServiceYears.find((b: { key: string }) => b.key === band.code)?.count ?? 0;
      const list = (
        await nanming.get(`/api/v1/workers?region=520102&serviceYears=${band.code}&limit=1`)
      ).json();
      expect(list.total, band.code).toBe(counted);
      listed += list.total;
    }
    expect(listed).toBe(census.total);
    // The certified count leads to the workers holding any certificate.
    const certified = (await nanming.get('/api/v1/workers?region=520102&level=any&limit=1')).json();
    expect(certified.total).toBe(census.certified);
    // 2014-01-01..2019-06-30 and 2022-01-01..today: about 10.4 years, the top band.
    const top = (
      await nanming.get(`/api/v1/workers?region=520102&serviceYears=10_plus&limit=200`)
    ).json();
    expect(top.items.map((w: { id: string }) => w.id)).toContain(worker.id);
    // Each point of the five-year trend leads to the workers behind it.
    for (const point of census.trend as { year: number; employed: number; certified: number }[]) {
      const total = async (filter: string) =>
        (await nanming.get(`/api/v1/workers?region=520102&${filter}=${point.year}&limit=1`)).json()
          .total;
      expect(await total('employedAt'), `in post ${point.year}`).toBe(point.employed);
      expect(await total('certifiedBy'), `certified ${point.year}`).toBe(point.certified);
    }
    // The worker above was in post at the end of 2018, not at the end of 2020.
    const inPost = async (year: number) =>
      (await nanming.get(`/api/v1/workers?region=520102&employedAt=${year}&limit=200`))
        .json()
        .items.map((w: { id: string }) => w.id);
    expect(await inPost(2018)).toContain(worker.id);
    expect(await inPost(2020)).not.toContain(worker.id);
  });

  it('refuses a region outside the scope with the platform’s one answer, naming the field', async () => {
    const guizhou = await t.signIn('guizhou');
    for (const path of [
      '/api/v1/talent-statistics?region=520103',
      '/api/v1/talent-statistics/export?region=520103',
    ])
      expectOutsideScope(await nanming.get(path), 'query.region');
    expectOutsideScope(
      await guizhou.put('/api/v1/talent-targets?region=53', {
        year: 2026,
        targetWorkers: 10,
        targetCertified: 5,
      }),
      'query.region',
    );
    expectOutsideScope(
      await guizhou.put('/api/v1/reward-rules?region=53', {
        amounts: [{ level: 'social_worker', amountFen: 100_000 }],
      }),
      'query.region',
    );
    expectOutsideScope(
      await guizhou.put('/api/v1/credit-rules/53', {
        countedSources: ['course'],
        capsPerCycle: {},
      }),
      'params.province',
    );
  });
});
