import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { newId } from '../../db/ids';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let now = new Date('2026-03-02T09:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let jigou: TestClient;
let listedAdmin: TestClient;
let rivalAdmin: TestClient;
let jigouOrg: string;
let listedOrg: string;
let rivalOrg: string;
let codeNo = 0;

const rules = {
  minimumRating: '3A',
  minimumInspection: 'pass',
  excludeListed: true,
  serviceFields: ['social_welfare'],
  fieldsMatch: 'any',
  regionRequired: true,
};

async function approvedProject() {
  codeNo += 1;
  const created = await nanming.strict().post('/api/v1/projects', {
    regionCode: '520102',
    year: 2026,
    code: `TD-2026-${String(codeNo).padStart(3, '0')}`,
    title: '南明区新华路街道社工站运营项目',
    type: 'station_operation',
    needs: '辖区独居老人 320 人，缺少日常探访。',
    area: { regionCodes: ['520102016'], stationIds: [] },
    serviceFields: ['social_welfare'],
    populationGroups: ['elderly'],
    budgetFen: 50_000_000,
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
  });
  let project = created.json();
  project = (
    await nanming.strict().post(`/api/v1/projects/${project.id}/review`, {
      version: project.version,
    })
  ).json();
  project = (
    await nanming.strict().post(`/api/v1/projects/${project.id}/reviews`, {
      version: project.version,
      reviewedOn: '2026-03-01',
      reviewers: [{ name: '王教授', affiliation: '贵州大学' }],
      opinion: '需求清楚，预算合理。',
      result: 'passed',
    })
  ).json();
  return (
    await nanming2.strict().post(`/api/v1/projects/${project.id}/approve`, {
      version: project.version,
    })
  ).json() as { id: string; version: number; state: string };
}

async function published(overrides: object = {}) {
  const project = await approvedProject();
  const response = await nanming.post('/api/v1/tenders', {
    projectId: project.id,
    projectVersion: project.version,
    notice: '欢迎符合条件的社会工作服务机构投标。',
    opensOn: '2026-03-02',
    deadline: '2026-03-20',
    rules,
    ...overrides,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { project, tender: response.json() as { id: string; version: number } };
}

async function staffOf(client: TestClient) {
  const staff = (await client.strict().get('/api/v1/bidder-staff')).json().items as {
    workerId: string;
  }[];
  expect(staff.length).toBeGreaterThan(0);
  return staff.slice(0, 2).map((s) => s.workerId);
}

const bid = async (client: TestClient, tenderId: string, priceFen: number) => {
  const response = await client.post(`/api/v1/tenders/${tenderId}/bids`, {
    priceFen,
    team: await staffOf(client),
    plan: '以站点为依托，开展入户探访、小组活动与社区营造，配备持证社工。',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
};

/** Registry facts the test controls: a valid 4A rating, a passed inspection, the field served. */
async function makeEligible(organisationId: string) {
  const db = t.database.drizzle;
  await db.execute(
    sql`delete from organisation_credit_record where organisation_id = ${organisationId}`,
  );
  await db.execute(sql`delete from organisation_rating where organisation_id = ${organisationId}`);
  await db.execute(
    sql`update organisation set service_fields = array['social_welfare'], status = 'active', deactivated_on = null where id = ${organisationId}`,
  );
  const [org] = await queryRows<{ region_code: string }>(
    db,
    sql`select region_code from organisation where id = ${organisationId}`,
  );
  await db.execute(sql`insert into organisation_rating
    (id, organisation_id, region_code, grade, score, rated_on, valid_until, assessor, document_ref)
    values (${newId()}, ${organisationId}, ${org!.region_code}, '4A', 930, '2024-06-01', '2029-05-31', '贵阳市社会组织评估委员会', '筑民通〔2024〕12号')`);
  await db.execute(
    sql`delete from organisation_inspection where organisation_id = ${organisationId} and year = 2025`,
  );
  await db.execute(sql`insert into organisation_inspection
    (id, organisation_id, region_code, year, result, inspected_on)
    values (${newId()}, ${organisationId}, ${org!.region_code}, 2025, 'pass', '2026-01-15')`);
}

/** Organisations of the demo county other than the operator's, with workers employed today. */
async function staffedOrganisations(except: string) {
  const rows = await queryRows<{ organisation_id: string }>(
    t.database.drizzle,
    sql`select e.organisation_id from employment e join organisation o on o.id = e.organisation_id
        where o.region_code = '520102' and e.organisation_id <> ${except} and e.ended_on is null
        group by e.organisation_id order by count(*) desc, e.organisation_id limit 2`,
  );
  return rows.map((r) => r.organisation_id);
}

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  jigou = await t.signIn('jigou');
  const [admin] = await queryRows<{ organisation_id: string }>(
    t.database.drizzle,
    sql`select organisation_id from account where username = 'jigou'`,
  );
  jigouOrg = admin!.organisation_id;
  [listedOrg, rivalOrg] = (await staffedOrganisations(jigouOrg)) as [string, string];
  expect(rivalOrg).toBeTruthy();
  for (const id of [jigouOrg, listedOrg, rivalOrg]) await makeEligible(id);
  // The listed one: on the serious dishonesty list since January.
  await t.database.drizzle.execute(sql`insert into organisation_credit_record
    (id, organisation_id, region_code, kind, started_on, description, document_ref)
    values (${newId()}, ${listedOrg}, '520102', 'dishonesty_list', '2026-01-10', '虚假承诺', '南民失〔2026〕3号')`);
  listedAdmin = await t.accountWith({
    username: 'tender.listed',
    roles: ['org_admin'],
    regionCode: '520102',
    organisationId: listedOrg,
  });
  rivalAdmin = await t.accountWith({
    username: 'tender.rival',
    roles: ['org_admin'],
    regionCode: '520102',
    organisationId: rivalOrg,
  });
}, 120_000);
afterAll(() => t.close());

describe('publishing a tender (发布招标)', () => {
  it('publishes a set-up project’s tender with its rules and moves the project to 招标中', async () => {
    const { project, tender } = await published();
    const detail = (await nanming.get(`/api/v1/tenders/${tender.id}`)).json();
    expect(detail).toMatchObject({
      status: 'open',
      deadline: '2026-03-20',
      rules: { minimumRating: '3A', minimumInspection: 'pass' },
      criteria: [
        { code: 'technical', weight: 60 },
        { code: 'price', weight: 30 },
        { code: 'credit', weight: 10 },
      ],
      budgetFen: 50_000_000,
      can: { manage: true, bid: false },
    });
    const after = (await nanming.get(`/api/v1/projects/${project.id}`)).json();
    expect(after.state).toBe('tendering');
    expect(after.moves.at(-1)).toMatchObject({ from: 'approved', to: 'tendering' });
    const list = (await nanming.get(`/api/v1/tenders?projectId=${project.id}`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: tender.id, bids: 0 })]);
  });

  it('refuses weights that do not add up to 100, a past deadline and a project not set up', async () => {
    const project = await approvedProject();
    const weights = await nanming.post('/api/v1/tenders', {
      projectId: project.id,
      projectVersion: project.version,
      opensOn: '2026-03-02',
      deadline: '2026-03-20',
      rules,
      criteria: [
        { code: 'technical', name: '技术方案', weight: 60 },
        { code: 'price', name: '报价', weight: 30 },
      ],
    });
    expect(weights.statusCode).toBe(400);
    expect(detailsOf(weights)).toEqual([
      { path: 'body.criteria', message: '评分标准的权重合计须为 100' },
    ]);
    const past = await nanming.post('/api/v1/tenders', {
      projectId: project.id,
      projectVersion: project.version,
      opensOn: '2026-02-01',
      deadline: '2026-03-01',
      rules,
    });
    expect(past.statusCode).toBe(400);
    expect(detailsOf(past).map((d) => d.path)).toEqual(['body.deadline']);
    const { project: tendering } = await published();
    const again = await nanming.post('/api/v1/tenders', {
      projectId: tendering.id,
      projectVersion: (await nanming.get(`/api/v1/projects/${tendering.id}`)).json().version,
      opensOn: '2026-03-02',
      deadline: '2026-03-20',
      rules,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('项目当前为「招标中」，不能变更为「招标中」');
  });

  it('answers 404 to a sibling county, and lets the city read it', async () => {
    const { project, tender } = await published();
    expect((await yunyan.get(`/api/v1/tenders/${tender.id}`)).statusCode).toBe(404);
    expect((await yunyan.get(`/api/v1/tenders?projectId=${project.id}`)).statusCode).toBe(404);
    expect(
      (await yunyan.post(`/api/v1/tenders/${tender.id}/fail`, { version: 1, reason: '测试流标' }))
        .statusCode,
    ).toBe(404);
    expect((await guiyang.get(`/api/v1/tenders/${tender.id}`)).statusCode).toBe(200);
  });
});

describe('bidding, eligibility, scores and the award', () => {
  it('runs a tender: verdicts from the registry, the ineligible bid cannot win, a reason for another than the top', async () => {
    const { project, tender } = await published();
    expect(
      (await jigou.get('/api/v1/open-tenders')).json().items.map((i: { id: string }) => i.id),
    ).toContain(tender.id);

    // Bad bids.
    const team = await staffOf(jigou);
    const dear = await jigou.post(`/api/v1/tenders/${tender.id}/bids`, {
      priceFen: 50_000_001,
      team,
      plan: '以站点为依托，开展入户探访与小组活动。',
    });
    expect(dear.statusCode).toBe(400);
    expect(detailsOf(dear)[0]).toMatchObject({ path: 'body.priceFen' });
    expect(detailsOf(dear)[0]!.message).toContain('不能超过项目预算');
    const strangers = await jigou.post(`/api/v1/tenders/${tender.id}/bids`, {
      priceFen: 48_000_000,
      team: await staffOf(rivalAdmin),
      plan: '以站点为依托，开展入户探访与小组活动。',
    });
    expect(strangers.statusCode).toBe(400);
    expect(detailsOf(strangers).map((d) => d.path)).toEqual(['body.team']);

    const a = await bid(jigou, tender.id, 48_000_000);
    const twice = await jigou.post(`/api/v1/tenders/${tender.id}/bids`, {
      priceFen: 47_000_000,
      team,
      plan: '以站点为依托，开展入户探访与小组活动。',
    });
    expect(twice.statusCode).toBe(409);
    const listed = await bid(listedAdmin, tender.id, 41_234_500);
    const rival = await bid(rivalAdmin, tender.id, 45_678_900);

    // The officer sees every bid with its verdict, rule by rule, with the registry's evidence.
    let detail = (await nanming.get(`/api/v1/tenders/${tender.id}`)).json();
    expect(detail.bids).toHaveLength(3);
    const verdictOf = (id: string) =>
      detail.bids.find((b: { id: string }) => b.id === id).eligibility;
    expect(verdictOf(a.id)).toMatchObject({ eligible: true, asOf: '2026-03-20' });
    expect(verdictOf(a.id).checks.map((c: { rule: string }) => c.rule)).toEqual([
      'registration',
      'rating',
      'inspection',
      'lists',
      'evaluation',
      'fields',
      'region',
    ]);
    const rating = verdictOf(a.id).checks.find((c: { rule: string }) => c.rule === 'rating');
    expect(rating).toMatchObject({
      passed: true,
      label: '评估等级',
      evidence: { grade: '4A', validUntil: '2029-05-31', validOnDeadline: true },
    });
    expect(rating.text).toContain('4A');
    const listedVerdict = verdictOf(listed.id);
    expect(listedVerdict.eligible).toBe(false);
    const lists = listedVerdict.checks.find((c: { rule: string }) => c.rule === 'lists');
    expect(lists).toMatchObject({
      passed: false,
      evidence: { entries: [expect.objectContaining({ kind: 'dishonesty_list' })] },
    });
    expect(lists.text).toContain('严重违法失信名单');
    expect(lists.text).toContain('南民失〔2026〕3号');

    // Before the result, a bidder sees its own bid and verdict only, and no scores.
    const seenByListed = (await listedAdmin.get(`/api/v1/tenders/${tender.id}`)).json();
    expect(seenByListed).toMatchObject({ asBidder: true, bids: [], panel: [] });
    expect(seenByListed.ownBids).toEqual([
      expect.objectContaining({ id: listed.id, won: null, scores: null }),
    ]);
    expect(seenByListed.ownBids[0].eligibility.eligible).toBe(false);

    // The panel scores.
    detail = (
      await nanming.strict().put(`/api/v1/tenders/${tender.id}/panel`, {
        version: detail.version,
        members: [
          { name: '王教授', unit: '贵州大学' },
          { name: '李督导', unit: '贵阳市社工协会' },
        ],
      })
    ).json();
    const sheet = (points: Record<string, [number, number, number]>) =>
      Object.entries(points).flatMap(([bidId, [technical, price, credit]]) => [
        { bidId, criterion: 'technical', points: technical },
        { bidId, criterion: 'price', points: price },
        { bidId, criterion: 'credit', points: credit },
      ]);
    const tooMany = await nanming.put(`/api/v1/tenders/${tender.id}/scores`, {
      version: detail.version,
      memberId: detail.panel[0].id,
      scores: [{ bidId: a.id, criterion: 'credit', points: 11 }],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(detailsOf(tooMany)).toEqual([
      { path: 'body.scores.0.points', message: '「资信」最高 10 分' },
    ]);
    detail = (
      await nanming.strict().put(`/api/v1/tenders/${tender.id}/scores`, {
        version: detail.version,
        memberId: detail.panel[0].id,
        scores: sheet({ [a.id]: [50, 26, 9], [rival.id]: [55, 28, 9], [listed.id]: [58, 30, 10] }),
      })
    ).json();
    // Not fully scored yet: no award.
    const early = await nanming.post(`/api/v1/tenders/${tender.id}/award`, {
      version: detail.version,
      bidId: rival.id,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('评分尚未完成');
    detail = (
      await nanming.strict().put(`/api/v1/tenders/${tender.id}/scores`, {
        version: detail.version,
        memberId: detail.panel[1].id,
        scores: sheet({ [a.id]: [52, 27, 8], [rival.id]: [57, 27, 9], [listed.id]: [59, 30, 10] }),
      })
    ).json();
    const rivalView = detail.bids.find((b: { id: string }) => b.id === rival.id);
    expect(rivalView).toMatchObject({ total: 92.5, rank: 1 });
    expect(detail.bids.find((b: { id: string }) => b.id === a.id)).toMatchObject({
      total: 86,
      rank: 2,
    });
    // The listed bid scored highest but is not eligible: it has no place and cannot win.
    expect(detail.bids.find((b: { id: string }) => b.id === listed.id)).toMatchObject({
      total: 98.5,
      rank: null,
    });
    expect(detail.topBidId).toBe(rival.id);
    const ineligible = await nanming.post(`/api/v1/tenders/${tender.id}/award`, {
      version: detail.version,
      bidId: listed.id,
      reason: '报价最低',
    });
    expect(ineligible.statusCode).toBe(409);
    expect(ineligible.json().error.message).toContain('不符合投标资格，不能中标');
    expect(ineligible.json().error.message).toContain('严重违法失信名单');

    // Another than the top needs a reason.
    const bare = await nanming.post(`/api/v1/tenders/${tender.id}/award`, {
      version: detail.version,
      bidId: a.id,
    });
    expect(bare.statusCode).toBe(400);
    expect(detailsOf(bare).map((d) => d.path)).toEqual(['body.reason']);
    expect(detailsOf(bare)[0]!.message).toContain('须说明理由');
    const awarded = await nanming.post(`/api/v1/tenders/${tender.id}/award`, {
      version: detail.version,
      bidId: a.id,
      reason: '排名第一的机构放弃中标资格',
    });
    expect(awarded.statusCode, awarded.body).toBe(200);
    expect(awarded.json()).toMatchObject({
      status: 'awarded',
      award: { bidId: a.id, reason: '排名第一的机构放弃中标资格' },
      can: { manage: false },
    });
    const project2 = (await nanming.get(`/api/v1/projects/${project.id}`)).json();
    expect(project2).toMatchObject({ state: 'awarded', providerOrganisationId: jigouOrg });
    expect(project2.moves.at(-1)).toMatchObject({ from: 'tendering', to: 'awarded' });
    // The provider's administrator now reads its project.
    expect((await jigou.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(200);

    // After the result each bidder sees its own scores only, never another's price or scores.
    const rivalSees = await rivalAdmin.get(`/api/v1/tenders/${tender.id}`);
    expect(rivalSees.json().ownBids).toEqual([
      expect.objectContaining({
        id: rival.id,
        won: false,
        scores: expect.objectContaining({ total: 92.5 }),
      }),
    ]);
    expect(rivalSees.json().awardedOrganisationName).toBeTruthy();
    for (const secret of ['48000000', '41234500', '98.5', '"total":86', a.id, listed.id])
      expect(rivalSees.body).not.toContain(secret);
    const mine = (await jigou.get('/api/v1/my-bids')).json();
    const mineHere = mine.items.find((b: { tenderId: string }) => b.tenderId === tender.id);
    expect(mineHere).toMatchObject({ won: true, scores: { total: 86 } });
    const myBidsBody = (await rivalAdmin.get('/api/v1/my-bids')).body;
    expect(myBidsBody).not.toContain('48000000');
    expect(myBidsBody).not.toContain(a.id);

    // Nothing moves after the award.
    const late = await nanming.post(`/api/v1/tenders/${tender.id}/fail`, {
      version: awarded.json().version,
      reason: '测试',
    });
    expect(late.statusCode).toBe(409);
    // Reading the bids' prices and scores is audited.
    const reads = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${tender.id} and action = 'read'`,
    );
    expect(reads[0]!.n).toBeGreaterThan(0);
  });

  it('declares a tender failed (流标) with a reason: the project is set up again and may tender anew', async () => {
    const { project, tender } = await published();
    const bare = await nanming.post(`/api/v1/tenders/${tender.id}/fail`, {
      version: tender.version,
    });
    expect(bare.statusCode).toBe(400);
    const failed = await nanming.post(`/api/v1/tenders/${tender.id}/fail`, {
      version: tender.version,
      reason: '有效投标不足三家',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json()).toMatchObject({ status: 'failed', failedReason: '有效投标不足三家' });
    const after = (await nanming.get(`/api/v1/projects/${project.id}`)).json();
    expect(after.state).toBe('approved');
    expect(after.moves.at(-1)).toMatchObject({
      from: 'tendering',
      to: 'approved',
      reason: '有效投标不足三家',
    });
    const anew = await nanming.post('/api/v1/tenders', {
      projectId: project.id,
      projectVersion: after.version,
      opensOn: '2026-03-02',
      deadline: '2026-03-30',
      rules,
    });
    expect(anew.statusCode, anew.body).toBe(201);
    const bid = await jigou.post(`/api/v1/tenders/${tender.id}/bids`, {
      priceFen: 1,
      team: await staffOf(jigou),
      plan: '以站点为依托，开展入户探访与小组活动。',
    });
    expect(bid.statusCode).toBe(409);
  });

  it('refuses a bid after the deadline', async () => {
    const { tender } = await published({ deadline: '2026-03-05' });
    const team = await staffOf(jigou);
    now = new Date('2026-03-06T08:00:00+08:00');
    try {
      // Four days on, the sessions have lapsed: sign in again.
      jigou = await t.signIn('jigou');
      const late = await jigou.post(`/api/v1/tenders/${tender.id}/bids`, {
        priceFen: 40_000_000,
        team,
        plan: '以站点为依托，开展入户探访与小组活动。',
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toBe('投标截止日期（2026-03-05）已过，不能再投标');
      expect(
        (await jigou.get('/api/v1/open-tenders')).json().items.map((i: { id: string }) => i.id),
      ).not.toContain(tender.id);
    } finally {
      now = new Date('2026-03-02T09:00:00+08:00');
      jigou = await t.signIn('jigou');
      nanming = await t.signIn('nanming');
      nanming2 = await t.signIn('nanming2');
    }
  });

  it('lets a bidder withdraw its own bid before the deadline: kept as 已撤回, not scored, ranked or awarded', async () => {
    const { project, tender } = await published({ deadline: '2026-03-05' });
    const own = await bid(jigou, tender.id, 40_000_000);
    const rival = await bid(rivalAdmin, tender.id, 42_000_000);
    const base = `/api/v1/tenders/${tender.id}/bids`;
    // No reason, another organisation's bid, an officer: refused.
    const bare = await jigou.post(`${base}/${own.id}/withdraw`, { reason: '' });
    expect(bare.statusCode).toBe(400);
    expect(detailsOf(bare).map((d) => d.path)).toEqual(['body.reason']);
    expect(
      (await jigou.post(`${base}/${rival.id}/withdraw`, { reason: '方案需要调整' })).statusCode,
    ).toBe(404);
    expect(
      (await nanming.post(`${base}/${own.id}/withdraw`, { reason: '方案需要调整' })).statusCode,
    ).toBe(403);

    const withdrawn = await jigou.post(`${base}/${own.id}/withdraw`, { reason: '方案需要调整' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({
      id: own.id,
      withdrawalReason: '方案需要调整',
      canWithdraw: false,
    });
    expect(withdrawn.json().withdrawnAt).toBeTruthy();
    const twice = await jigou.post(`${base}/${own.id}/withdraw`, { reason: '方案需要调整' });
    expect(twice.statusCode).toBe(409);
    // It stays in the bidder's history, and the organisation may bid again.
    const mine = (await jigou.strict().get('/api/v1/my-bids')).json().items as {
      id: string;
      withdrawalReason: string | null;
    }[];
    expect(mine.find((b) => b.id === own.id)).toMatchObject({ withdrawalReason: '方案需要调整' });
    expect((await jigou.get(`/api/v1/tenders/${tender.id}`)).json().can.bid).toBe(true);
    const [audit] = await queryRows<{ detail_code: string }>(
      t.database.drizzle,
      sql`select detail_code from audit_event where entity_id = ${own.id} and action = 'update'`,
    );
    expect(audit).toEqual({ detail_code: 'tender_bid_withdrawn' });

    // The officer sees it withdrawn; it counts for nothing: not scored, not awarded.
    let detail = (await nanming.strict().get(`/api/v1/tenders/${tender.id}`)).json();
    expect(detail.bids.find((b: { id: string }) => b.id === own.id)).toMatchObject({
      withdrawalReason: '方案需要调整',
      rank: null,
    });
    expect(
      (await nanming.get(`/api/v1/tenders?projectId=${project.id}`)).json().items[0].bids,
    ).toBe(1);
    detail = (
      await nanming.strict().put(`/api/v1/tenders/${tender.id}/panel`, {
        version: detail.version,
        members: [{ name: '王教授', unit: '贵州大学' }],
      })
    ).json();
    const scoring = await nanming.put(`/api/v1/tenders/${tender.id}/scores`, {
      version: detail.version,
      memberId: detail.panel[0].id,
      scores: [{ bidId: own.id, criterion: 'technical', points: 50 }],
    });
    expect(scoring.statusCode).toBe(400);
    expect(detailsOf(scoring)).toEqual([
      { path: 'body.scores.0.bidId', message: '该投标已撤回，不参与评审' },
    ]);
    const award = await nanming.post(`/api/v1/tenders/${tender.id}/award`, {
      version: detail.version,
      bidId: own.id,
    });
    expect(award.statusCode).toBe(409);
    expect(award.json().error.message).toBe('该投标已撤回，不参与评审');

    // After the deadline nothing is withdrawn any more.
    now = new Date('2026-03-06T08:00:00+08:00');
    try {
      rivalAdmin = await t.signIn('tender.rival');
      const late = await rivalAdmin.post(`${base}/${rival.id}/withdraw`, {
        reason: '方案需要调整',
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toBe('投标截止日期（2026-03-05）已过，不能再撤回投标');
    } finally {
      now = new Date('2026-03-02T09:00:00+08:00');
      jigou = await t.signIn('jigou');
      nanming = await t.signIn('nanming');
      nanming2 = await t.signIn('nanming2');
      rivalAdmin = await t.signIn('tender.rival');
    }
  });

  it('keeps officers from bidding and bidders from managing', async () => {
    const { tender } = await published();
    expect(
      (
        await nanming.post(`/api/v1/tenders/${tender.id}/bids`, {
          priceFen: 1,
          team: [newId()],
          plan: '以站点为依托，开展入户探访与小组活动。',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await jigou.post(`/api/v1/tenders/${tender.id}/fail`, { version: 1, reason: '测试流标' }))
        .statusCode,
    ).toBe(403);
  });
});
