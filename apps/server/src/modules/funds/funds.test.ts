import { expectOutsideScope } from '../../../test/expect-outside-scope';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { rowsOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let guizhou: TestClient;
let no = 0;

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;

const sourceInput = (overrides: object = {}) => {
  no += 1;
  return {
    regionCode: '520102',
    year: 2026,
    kind: 'lottery_welfare_fund',
    name: `2026年南明区福彩公益金（社工服务）${no}`,
    amountFen: 100_000_000,
    ...overrides,
  };
};

async function source(overrides: object = {}, by = nanming) {
  const response = await by.post('/api/v1/fund-sources', sourceInput(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; amountFen: number };
}

async function project(overrides: object = {}, by = nanming) {
  no += 1;
  const response = await by.post('/api/v1/projects', {
    regionCode: '520102',
    year: 2026,
    code: `FUND-${no}`,
    title: '南明区困境儿童关爱服务项目',
    type: 'project',
    serviceFields: ['social_welfare'],
    budgetFen: 60_000_000,
    termStart: '2026-03-01',
    termEnd: '2027-02-28',
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
}

const allocate = (sourceId: string, projectId: string, amountFen: number, by = nanming) =>
  by.post('/api/v1/fund-allocations', { sourceId, projectId, amountFen, note: '年度安排' });

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-03-02T09:00:00+08:00') });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  guizhou = await t.signIn('guizhou');
});
afterAll(() => t.close());

describe('fund sources (资金来源)', () => {
  it('lets a county officer record a source of the county in fen; the sibling county does not see it', async () => {
    const created = await source();
    expect(created).toMatchObject({
      amountFen: 100_000_000,
      allocatedFen: 0,
      remainingFen: 100_000_000,
    });
    expect((await nanming2.get(`/api/v1/fund-sources/${created.id}`)).statusCode).toBe(200);
    expect((await guiyang.get(`/api/v1/fund-sources/${created.id}`)).statusCode).toBe(200);
    expect((await yunyan.get(`/api/v1/fund-sources/${created.id}`)).statusCode).toBe(404);
    const elsewhere = await nanming.post(
      '/api/v1/fund-sources',
      sourceInput({ regionCode: '520103' }),
    );
    expect(elsewhere.statusCode).toBe(400);
    expect(detailsOf(elsewhere).map((d) => d.path)).toEqual(['body.regionCode']);
  });

  it('refuses amounts that are negative or not whole fen, naming the field', async () => {
    for (const amountFen of [-100, 12.5]) {
      const refused = await nanming.post('/api/v1/fund-sources', sourceInput({ amountFen }));
      expect(refused.statusCode).toBe(400);
      expect(detailsOf(refused)).toEqual([
        { path: 'body.amountFen', message: '金额须为以分计的整数，不能为负数或不足一分' },
      ]);
    }
  });

  it('caps the social-assistance share at 2% in Guizhou, and at what the province sets', async () => {
    const base = { kind: 'social_assistance_fund', baseFen: 1_000_000_000 };
    const noBase = await nanming.post(
      '/api/v1/fund-sources',
      sourceInput({ kind: 'social_assistance_fund' }),
    );
    expect(detailsOf(noBase).map((d) => d.path)).toEqual(['body.baseFen']);
    const over = await nanming.post(
      '/api/v1/fund-sources',
      sourceInput({ ...base, amountFen: 20_000_001 }),
    );
    expect(over.statusCode).toBe(400);
    expect(detailsOf(over)[0]).toMatchObject({
      path: 'body.amountFen',
      message: expect.stringContaining('2%'),
    });
    await source({ ...base, amountFen: 20_000_000 });

    const rule = (await nanming.get('/api/v1/fund-share-rule?region=520102')).json();
    expect(rule).toMatchObject({ ruleRegionCode: '52', rateBp: 200, version: 0 });
    // A county does not set the cap; the province does.
    expect(
      (await nanming.put('/api/v1/fund-share-rule?region=520102', { rateBp: 500, version: 0 }))
        .statusCode,
    ).toBe(403);
    const province = (await guizhou.get('/api/v1/fund-share-rule?region=52')).json();
    const raised = await guizhou.put('/api/v1/fund-share-rule?region=52', {
      rateBp: 300,
      version: province.version,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    await source({ ...base, amountFen: 30_000_000 });
    await guizhou.strict().put('/api/v1/fund-share-rule?region=52', {
      rateBp: 200,
      version: raised.json().version,
    });

    const baseOnOther = await nanming.post('/api/v1/fund-sources', sourceInput({ baseFen: 5 }));
    expect(detailsOf(baseOnOther).map((d) => d.path)).toEqual(['body.baseFen']);
  });

  it('refuses a second source of the same name, division and year', async () => {
    const input = sourceInput();
    await nanming.strict().post('/api/v1/fund-sources', input);
    const again = await nanming.post('/api/v1/fund-sources', input);
    expect(again.statusCode).toBe(409);
    expect(detailsOf(again).map((d) => d.path)).toEqual(['body.name']);
  });
});

describe('allocations (资金安排)', () => {
  it('allocates a source to projects, never beyond the source, audited', async () => {
    const money = await source({ amountFen: 100_000_000 });
    const a = await project();
    const b = await project();
    const first = await allocate(money.id, a.id, 60_000_000);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      amountFen: 60_000_000,
      projectTitle: '南明区困境儿童关爱服务项目',
    });

    const over = await allocate(money.id, b.id, 40_000_001);
    expect(over.statusCode).toBe(400);
    expect(detailsOf(over)).toEqual([
      { path: 'body.amountFen', message: '安排金额超过资金来源的可安排余额（尚余 400,000.00 元）' },
    ]);
    expect((await allocate(money.id, b.id, 40_000_000)).statusCode).toBe(201);
    expect((await nanming.get(`/api/v1/fund-sources/${money.id}`)).json()).toMatchObject({
      allocatedFen: 100_000_000,
      remainingFen: 0,
    });

    // A change that would break the sum is refused; one that keeps it is audited with both amounts.
    const line = first.json();
    const more = await nanming.patch(`/api/v1/fund-allocations/${line.id}`, {
      amountFen: 60_000_001,
      version: line.version,
    });
    expect(more.statusCode).toBe(400);
    const less = await nanming.patch(`/api/v1/fund-allocations/${line.id}`, {
      amountFen: 50_000_000,
      version: line.version,
    });
    expect(less.statusCode, less.body).toBe(200);
    const [event] = await queryRows<{ changes: { amountFen: [number, number] } }>(
      t.database.drizzle,
      sql`select changes from audit_event where entity_type = 'fund_allocation' and entity_id = ${line.id} and action = 'update'`,
    );
    expect(event!.changes.amountFen).toEqual([60_000_000, 50_000_000]);

    // Nor can the source be cut below what is allocated.
    const cut = await nanming.patch(`/api/v1/fund-sources/${money.id}`, {
      amountFen: 80_000_000,
      version: money.version,
    });
    expect(cut.statusCode).toBe(400);
    expect(detailsOf(cut).map((d) => d.path)).toEqual(['body.amountFen']);
    expect((await nanming.get(`/api/v1/fund-allocations?projectId=${a.id}`)).json()).toEqual([
      expect.objectContaining({ sourceId: money.id, amountFen: 50_000_000 }),
    ]);
  });

  it('refuses more than the project’s budget, a year outside its term, a project elsewhere or terminated', async () => {
    const money = await source({ amountFen: 500_000_000 });
    const small = await project({ budgetFen: 10_000_000 });
    const overBudget = await allocate(money.id, small.id, 10_000_001);
    expect(detailsOf(overBudget)).toEqual([
      { path: 'body.amountFen', message: expect.stringContaining('超过项目预算') },
    ]);
    const later = await project({ year: 2028, termStart: '2028-01-01', termEnd: '2028-12-31' });
    const outOfTerm = await allocate(money.id, later.id, 1_000);
    expect(detailsOf(outOfTerm)).toEqual([
      { path: 'body.sourceId', message: expect.stringContaining('不在项目服务期限') },
    ]);
    const theirs = await project({ regionCode: '520103' }, yunyan);
    expect(detailsOf(await allocate(money.id, theirs.id, 1_000)).map((d) => d.path)).toEqual([
      'body.projectId',
    ]);
    const stopped = await project();
    await nanming.strict().post(`/api/v1/projects/${stopped.id}/terminate`, {
      version: stopped.version,
      reason: '需求消失',
    });
    expect(detailsOf(await allocate(money.id, stopped.id, 1_000)).map((d) => d.path)).toEqual([
      'body.projectId',
    ]);
    // Nothing was written by the refusals.
    expect((await nanming.get(`/api/v1/fund-sources/${money.id}`)).json().allocatedFen).toBe(0);
  });

  it('holds the sum in the database even when the service is bypassed', async () => {
    const money = await source({ amountFen: 1_000 });
    const a = await project();
    const b = await project();
    const line = (await allocate(money.id, a.id, 800)).json();
    const direct = (statement: ReturnType<typeof sql>) =>
      t.database.drizzle.execute(statement).then(
        () => 'written',
        (error: Error & { cause?: Error }) => String(error.cause?.message ?? error.message),
      );
    expect(
      await direct(sql`insert into fund_allocation (id, region_code, source_id, project_id, amount_fen, created_by, created_by_name)
        values (gen_random_uuid(), '520102', ${money.id}, ${b.id}, 201, gen_random_uuid(), 'x')`),
    ).toMatch(/fund_allocation_exceeds_source/);
    expect(
      await direct(sql`update fund_allocation set amount_fen = 1001 where id = ${line.id}`),
    ).toMatch(/fund_allocation_exceeds_source/);
    expect(
      await direct(sql`update fund_source set amount_fen = 799 where id = ${money.id}`),
    ).toMatch(/fund_allocation_exceeds_source/);
    expect(
      await direct(sql`update fund_allocation set amount_fen = -1 where id = ${line.id}`),
    ).toMatch(/fund_allocation_amount_check/);
    expect(
      await direct(sql`insert into fund_allocation (id, region_code, source_id, project_id, amount_fen, created_by, created_by_name)
        values (gen_random_uuid(), '520102', ${money.id}, ${b.id}, 200, gen_random_uuid(), 'x')`),
    ).toBe('written');
  });
});

describe('the funds summary and register', () => {
  it('adds sources, allocations and set-up projects by kind, division and year, as the city sees them', async () => {
    const summary = (await guiyang.get('/api/v1/funds/summary?region=5201&year=2026')).json();
    const [sources] = await queryRows<{ total: string }>(
      t.database.drizzle,
      sql`select coalesce(sum(amount_fen), 0) as total from fund_source where region_code like '5201%' and year = 2026`,
    );
    const [allocated] = await queryRows<{ total: string }>(
      t.database.drizzle,
      sql`select coalesce(sum(a.amount_fen), 0) as total from fund_allocation a join fund_source s on s.id = a.source_id
          where s.region_code like '5201%' and s.year = 2026`,
    );
    expect(summary.totals.sourcesFen).toBe(Number(sources!.total));
    expect(summary.totals.allocatedFen).toBe(Number(allocated!.total));
    expect(
      summary.byKind.reduce((n: number, k: { sourcesFen: number }) => n + k.sourcesFen, 0),
    ).toBe(Number(sources!.total));
    const nanmingLine = summary.byRegion.find(
      (r: { regionCode: string }) => r.regionCode === '520102',
    );
    expect(nanmingLine).toMatchObject({ regionName: '南明区', sourcesFen: Number(sources!.total) });
    expect(summary.byYear).toEqual([expect.objectContaining({ year: 2026 })]);
    expectOutsideScope(await yunyan.get('/api/v1/funds/summary?region=520102'), 'query.region');
  });

  it('exports the register (资金台账) with a line per allocation', async () => {
    const response = await nanming.get('/api/v1/funds/export?year=2026');
    expect(response.statusCode).toBe(200);
    const rows = await rowsOf(response.rawPayload);
    expect(rows[0]).toContain('资金名称');
    expect(rows.length).toBeGreaterThan(3);
  });
});
