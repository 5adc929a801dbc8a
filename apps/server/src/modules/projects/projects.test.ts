import { sql } from 'drizzle-orm';
import { permissionsOf, type Role } from '@shegong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { systemOrigin, type Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { createDeadlineService } from '../../platform/deadlines/deadlines.service';
import { createImportService } from '../../platform/imports/imports.service';
import { buildModules } from '../../platform/modules/build-modules';
import { modules } from '..';

let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let jigou: TestClient;
let xinhua: TestClient;
let codeNo = 0;

async function accountRow(username: string) {
  const [row] = await queryRows<{ id: string; organisation_id: string | null; real_name: string }>(
    t.database.drizzle,
    sql`select id, organisation_id, real_name from account where username = ${username}`,
  );
  return row!;
}

const draft = (overrides: object = {}) => {
  codeNo += 1;
  return {
    regionCode: '520102',
    year: 2026,
    code: `NM-2026-${String(codeNo).padStart(3, '0')}`,
    title: '南明区新华路街道社工站运营项目',
    type: 'station_operation',
    needs: '辖区独居老人 320 人、留守儿童 85 人，缺少日常探访与课后支持。',
    area: { regionCodes: ['520102016'], stationIds: [] },
    serviceFields: ['social_welfare', 'community_building'],
    populationGroups: ['elderly', 'children_youth'],
    budgetFen: 50_000_000,
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    ...overrides,
  };
};

async function created(overrides: object = {}, by = nanming) {
  const response = await by.post('/api/v1/projects', draft(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; state: string };
}

const review = (project: { version: number }, result: 'passed' | 'failed') => ({
  version: project.version,
  reviewedOn: '2026-03-01',
  reviewers: [
    { name: '王教授', affiliation: '贵州大学' },
    { name: '李督导', affiliation: '' },
  ],
  opinion: result === 'passed' ? '需求清楚，预算合理。' : '需求调研样本不足，请补充。',
  result,
});

/** A project driven through review to 立项待审批 by nanming. */
async function pendingApproval() {
  let project = await created();
  project = (
    await nanming.strict().post(`/api/v1/projects/${project.id}/review`, {
      version: project.version,
    })
  ).json();
  return (
    await nanming.strict().post(`/api/v1/projects/${project.id}/reviews`, review(project, 'passed'))
  ).json() as { id: string; version: number; state: string };
}

async function approved() {
  const project = await pendingApproval();
  return (
    await nanming2.strict().post(`/api/v1/projects/${project.id}/approve`, {
      version: project.version,
    })
  ).json() as { id: string; version: number; state: string };
}

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-03-02T09:00:00+08:00') });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  jigou = await t.signIn('jigou');
  xinhua = await t.signIn('xinhua');
});
afterAll(() => t.close());

describe('drafting a project (需求调研)', () => {
  it('lets a county officer draft a project in the county, recorded on its timeline', async () => {
    const response = await nanming.post('/api/v1/projects', draft());
    expect(response.statusCode, response.body).toBe(201);
    const project = response.json();
    expect(project).toMatchObject({
      state: 'draft',
      regionName: expect.stringContaining('南明区'),
      areaRegionNames: [expect.stringContaining('新华路')],
      budgetFen: 50_000_000,
      draftedByName: '南明民政',
      editable: true,
      allowedMoves: ['review', 'terminated'],
    });
    expect(project.moves).toEqual([
      expect.objectContaining({ from: null, to: 'draft', actorName: '南明民政' }),
    ]);
  });

  it('refuses amounts that are negative or not whole fen, naming the field', async () => {
    for (const budgetFen of [-1, 100.5, '100']) {
      const refused = await nanming.post('/api/v1/projects', draft({ budgetFen }));
      expect(refused.statusCode).toBe(400);
      expect(detailsOf(refused)).toEqual([
        { path: 'body.budgetFen', message: '金额须为以分计的整数，不能为负数或不足一分' },
      ]);
    }
  });

  it('refuses a term that ends before it starts, an area outside the county and a code used twice', async () => {
    const backwards = await nanming.post(
      '/api/v1/projects',
      draft({ termStart: '2026-04-01', termEnd: '2026-03-31' }),
    );
    expect(backwards.statusCode).toBe(400);
    expect(detailsOf(backwards).map((d) => d.path)).toEqual(['body.termEnd']);
    expect(detailsOf(backwards)[0]!.message).toContain('结束日期不能早于开始日期');

    const outside = await nanming.post(
      '/api/v1/projects',
      draft({ area: { regionCodes: ['520103'], stationIds: [] } }),
    );
    expect(outside.statusCode).toBe(400);
    expect(detailsOf(outside).map((d) => d.path)).toEqual(['body.area.regionCodes']);

    const elsewhere = await nanming.post('/api/v1/projects', draft({ regionCode: '520103' }));
    expect(elsewhere.statusCode).toBe(400);
    expect(detailsOf(elsewhere).map((d) => d.path)).toContain('body.regionCode');

    const first = await created();
    const again = await nanming.post('/api/v1/projects', {
      ...draft(),
      code: (await nanming.get(`/api/v1/projects/${first.id}`)).json().code,
    });
    expect(again.statusCode).toBe(409);
    expect(detailsOf(again).map((d) => d.path)).toEqual(['body.code']);
  });

  it('lets the drafter change a draft, with the version read', async () => {
    const project = await created();
    const changed = await nanming.patch(`/api/v1/projects/${project.id}`, {
      budgetFen: 48_000_000,
      version: project.version,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ budgetFen: 48_000_000, version: project.version + 1 });
    const stale = await nanming.patch(`/api/v1/projects/${project.id}`, {
      budgetFen: 1,
      version: project.version,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('expert review and set-up (论证与立项)', () => {
  it('sends a failed review back to draft with its opinion as the reason, and a passed one for approval', async () => {
    let project = await created();
    project = (
      await nanming.strict().post(`/api/v1/projects/${project.id}/review`, {
        version: project.version,
      })
    ).json();
    expect(project.state).toBe('review');
    const failed = await nanming.post(
      `/api/v1/projects/${project.id}/reviews`,
      review(project, 'failed'),
    );
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().state).toBe('draft');
    expect(failed.json().moves.at(-1)).toMatchObject({
      from: 'review',
      to: 'draft',
      reason: expect.stringContaining('样本不足'),
    });
    project = failed.json();
    project = (
      await nanming.strict().post(`/api/v1/projects/${project.id}/review`, {
        version: project.version,
      })
    ).json();
    const passed = (
      await nanming
        .strict()
        .post(`/api/v1/projects/${project.id}/reviews`, review(project, 'passed'))
    ).json();
    expect(passed.state).toBe('pending_approval');
    expect(passed.reviews.map((r: { result: string }) => r.result)).toEqual(['failed', 'passed']);
    expect(passed.reviews[1].reviewers).toEqual([
      { name: '王教授', affiliation: '贵州大学' },
      { name: '李督导', affiliation: '' },
    ]);
  });

  it('does not let the drafter approve the set-up; a second officer of the county does', async () => {
    const project = await pendingApproval();
    const own = await nanming.get(`/api/v1/projects/${project.id}`);
    expect(own.json().allowedMoves).toEqual(['draft', 'terminated']);
    const refused = await nanming.post(`/api/v1/projects/${project.id}/approve`, {
      version: project.version,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('编制人不能审批本人编制的项目');
    expect((await nanming2.get(`/api/v1/projects/${project.id}`)).json().allowedMoves).toContain(
      'approved',
    );
    const approvedNow = await nanming2.post(`/api/v1/projects/${project.id}/approve`, {
      version: project.version,
    });
    expect(approvedNow.statusCode, approvedNow.body).toBe(200);
    expect(approvedNow.json()).toMatchObject({
      state: 'approved',
      approvedByName: '南明民政（复核）',
      draftedByName: '南明民政',
      editable: false,
    });
    expect(approvedNow.json().moves.at(-1)).toMatchObject({
      from: 'pending_approval',
      to: 'approved',
      actorName: '南明民政（复核）',
    });
  });

  it('holds the four eyes in the database too', async () => {
    const project = await approved();
    const drafter = await accountRow('nanming');
    const failure = await t.database.drizzle
      .execute(sql`update project set approved_by = ${drafter.id} where id = ${project.id}`)
      .then(
        () => null,
        (error: Error & { cause?: Error }) => String(error.cause?.message ?? error.message),
      );
    expect(failure).toMatch(/project_four_eyes_check/);
  });

  it('returns a set-up request with a reason, back to draft', async () => {
    const project = await pendingApproval();
    const bare = await nanming2.post(`/api/v1/projects/${project.id}/return`, {
      version: project.version,
    });
    expect(bare.statusCode).toBe(400);
    expect(detailsOf(bare).map((d) => d.path)).toEqual(['body.reason']);
    const returned = await nanming2.post(`/api/v1/projects/${project.id}/return`, {
      version: project.version,
      reason: '预算测算依据不足',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ state: 'draft', editable: true });
  });

  it('refuses edits after set-up, naming why', async () => {
    const project = await approved();
    const edit = await nanming.patch(`/api/v1/projects/${project.id}`, {
      budgetFen: 1,
      version: project.version,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('只有草稿可以修改');
    const [row] = await queryRows<{ budget_fen: string }>(
      t.database.drizzle,
      sql`select budget_fen from project where id = ${project.id}`,
    );
    expect(Number(row!.budget_fen)).toBe(50_000_000);
  });

  it('refuses a move the state machine does not allow, naming both states', async () => {
    const project = await approved();
    const close = await nanming.post(`/api/v1/projects/${project.id}/close`, {
      version: project.version,
    });
    expect(close.statusCode).toBe(409);
    expect(close.json().error.message).toBe('项目当前为「已立项」，不能变更为「已关闭」');
    const reviewAgain = await nanming.post(`/api/v1/projects/${project.id}/review`, {
      version: project.version,
    });
    expect(reviewAgain.statusCode).toBe(409);
    const reviewed = await nanming.post(
      `/api/v1/projects/${project.id}/reviews`,
      review(project, 'passed'),
    );
    expect(reviewed.statusCode).toBe(409);
  });

  it('terminates a project before 结项 with a reason, and not again', async () => {
    const project = await approved();
    const terminated = await nanming.post(`/api/v1/projects/${project.id}/terminate`, {
      version: project.version,
      reason: '财政预算调整，项目取消',
    });
    expect(terminated.statusCode, terminated.body).toBe(200);
    expect(terminated.json()).toMatchObject({
      state: 'terminated',
      terminationReason: '财政预算调整，项目取消',
      allowedMoves: [],
    });
    const again = await nanming.post(`/api/v1/projects/${project.id}/terminate`, {
      version: terminated.json().version,
      reason: '再次终止',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('who sees a project', () => {
  it('shows it to its county and the levels above, not to a sibling county, a township or a provider not awarded', async () => {
    const project = await created();
    expect((await guiyang.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(200);
    expect((await yunyan.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(404);
    expect((await xinhua.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(404);
    expect((await jigou.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(404);
    const yunyanList = (await yunyan.get('/api/v1/projects')).json();
    expect(yunyanList.items.map((p: { id: string }) => p.id)).not.toContain(project.id);
    // A sibling county cannot change it either.
    expect(
      (await yunyan.post(`/api/v1/projects/${project.id}/review`, { version: project.version }))
        .statusCode,
    ).toBe(404);
  });

  it('lists with filters and keyset pages', async () => {
    const a = await created({ year: 2025, serviceFields: ['mental_health'], code: 'FILTER-A' });
    const b = await created({ year: 2025, serviceFields: ['mental_health'], code: 'FILTER-B' });
    const byField = (await nanming.get('/api/v1/projects?field=mental_health&year=2025')).json();
    expect(byField.items.map((p: { id: string }) => p.id)).toEqual([b.id, a.id]);
    const first = (
      await nanming.get('/api/v1/projects?field=mental_health&year=2025&limit=1')
    ).json();
    expect(first.items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const second = (
      await nanming.get(
        `/api/v1/projects?field=mental_health&year=2025&limit=1&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(second.nextCursor).toBeNull();
    const byState = (await nanming.get('/api/v1/projects?state=terminated')).json();
    expect(byState.items.every((p: { state: string }) => p.state === 'terminated')).toBe(true);
    expect((await nanming.get('/api/v1/projects?cursor=bogus')).statusCode).toBe(400);
  });
});

describe('what the tenders and contracts modules call', () => {
  function actorOf(
    username: string,
    roles: Role[],
    regionCode: string,
    accountId: string,
    organisationId: string | null = null,
  ): Actor {
    return {
      accountId,
      username,
      realName: username,
      roles,
      permissions: permissionsOf(roles),
      regionCode,
      organisationId,
      sessionId: null,
      request: systemOrigin,
    };
  }

  it('moves a project through tender, award, contract and service with loadInScope and move', async () => {
    const built = buildModules(modules, {
      database: t.database,
      clock: () => new Date('2026-03-02T09:00:00+08:00'),
      imports: createImportService({ database: t.database, clock: () => new Date() }),
      deadlines: createDeadlineService({
        clock: () => new Date(),
        policies: modules.flatMap((m) => m.deadlinePolicies ?? []),
      }),
      say: () => {},
    });
    const projects = built.servicesOf('projects');
    const officer = actorOf(
      'nanming',
      ['civil_affairs_county'],
      '520102',
      (await accountRow('nanming')).id,
    );
    const sibling = actorOf(
      'yunyan',
      ['civil_affairs_county'],
      '520103',
      (await accountRow('yunyan')).id,
    );
    const admin = await accountRow('jigou');
    const provider = actorOf('jigou', ['org_admin'], '520102', admin.id, admin.organisation_id);
    const project = await approved();

    const run = <T>(actor: Actor, work: Parameters<typeof withScope<T>>[2]) =>
      withScope(t.database, actor, work);

    await expect(
      run(sibling, (tx) => projects.loadInScope(tx, sibling, project.id)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await run(officer, (tx) => projects.loadInScope(tx, officer, project.id))).toMatchObject(
      {
        state: 'approved',
        asProvider: false,
      },
    );
    // Signing before the award is not a move the machine knows.
    await expect(
      run(officer, (tx) => projects.move(tx, officer, project.id, 'signed')),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await run(officer, (tx) => projects.move(tx, officer, project.id, 'tendering'));
    // 流标 needs a reason, and leaves the project set up for another tender.
    await expect(
      run(officer, (tx) => projects.move(tx, officer, project.id, 'approved')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await run(officer, (tx) =>
      projects.move(tx, officer, project.id, 'approved', { reason: '有效投标不足三家' }),
    );
    await run(officer, (tx) => projects.move(tx, officer, project.id, 'tendering'));
    await expect(
      run(officer, (tx) => projects.move(tx, officer, project.id, 'awarded')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    // Before the award the provider's administrator does not see it.
    await expect(
      run(provider, (tx) => projects.loadInScope(tx, provider, project.id)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const awarded = await run(officer, (tx) =>
      projects.move(tx, officer, project.id, 'awarded', {
        provider: {
          organisationId: admin.organisation_id!,
          name: '演示机构',
          regionCode: '520102',
        },
      }),
    );
    expect(awarded).toMatchObject({
      state: 'awarded',
      providerOrganisationId: admin.organisation_id,
    });
    expect(
      await run(provider, (tx) => projects.loadInScope(tx, provider, project.id)),
    ).toMatchObject({
      asProvider: true,
    });
    // The provider reads; it does not move the project.
    await expect(
      run(provider, (tx) => projects.move(tx, provider, project.id, 'signed')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    for (const to of ['signed', 'in_service', 'completed'] as const)
      await run(officer, (tx) => projects.move(tx, officer, project.id, to));

    const seen = await jigou.get(`/api/v1/projects/${project.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      asProvider: true,
      editable: false,
      allowedMoves: [],
      providerName: '演示机构',
    });
    // Its own projects only: this one and the demo's, all provided by its organisation.
    const own = (await jigou.get('/api/v1/projects')).json().items as {
      id: string;
      providerOrganisationId: string;
    }[];
    expect(own.map((p) => p.id)).toContain(project.id);
    expect(new Set(own.map((p) => p.providerOrganisationId))).toEqual(
      new Set([admin.organisation_id]),
    );

    // The projects module's own moves are not for other modules' routes and back.
    const fromApi = (await nanming.get(`/api/v1/projects/${project.id}`)).json();
    expect(fromApi.allowedMoves).toEqual(['closed']);
    const closed = await nanming.post(`/api/v1/projects/${project.id}/close`, {
      version: fromApi.version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().moves.map((m: { to: string }) => m.to)).toEqual([
      'draft',
      'review',
      'pending_approval',
      'approved',
      'tendering',
      'approved',
      'tendering',
      'awarded',
      'signed',
      'in_service',
      'completed',
      'closed',
    ]);
    expect(closed.json().moves[5]).toMatchObject({ from: 'tendering', reason: '有效投标不足三家' });
    // A terminated or closed project cannot be terminated.
    const term = await nanming.post(`/api/v1/projects/${project.id}/terminate`, {
      version: closed.json().version,
      reason: '测试',
    });
    expect(term.statusCode).toBe(409);
  });

  it('audits every move', async () => {
    const project = await approved();
    const rows = await queryRows<{ params: { to: string } }>(
      t.database.drizzle,
      sql`select detail_params as params from audit_event where entity_type = 'project' and entity_id = ${project.id} and action = 'update' order by occurred_at, id`,
    );
    expect(rows.map((r) => r.params.to)).toEqual([
      'projectState.review',
      'projectState.pending_approval',
      'projectState.approved',
    ]);
  });
});
