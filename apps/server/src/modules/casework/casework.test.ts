import { expectOutsideScope } from '../../../test/expect-outside-scope';
import { sql } from 'drizzle-orm';
import { addMonths, assessmentForms, chinaToday, permissionsOf, type Role } from '@shegong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { caseDriver } from '../../../test/case-world';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { systemOrigin, type Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { createDeadlineService } from '../../platform/deadlines/deadlines.service';
import { createImportService } from '../../platform/imports/imports.service';
import { buildModules } from '../../platform/modules/build-modules';
import { modules } from '..';

let t: TestApp;
let worker: TestClient;
let supervisor: TestClient;
let administrator: TestClient;
let nanming: TestClient;
let xinhua: TestClient;
let yunyan: TestClient;
let colleague: TestClient;
let otherWorker: TestClient;
let ids: Record<'shegong' | 'dudao' | 'colleague', string>;
let stationId: string;

const today = chinaToday();
const csi = assessmentForms.find((f) => f.code === 'csi12')!;

async function accountId(username: string) {
  const [row] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from account where username = ${username}`,
  );
  return row!.id;
}

const { assessment, notes, newClient, openCase, driveTo } = caseDriver(
  () => ({ worker, stationId, workerId: ids.shegong, supervisorId: ids.dudao }),
  today,
);

const detailPaths = (response: { json(): { error: { details: { path: string }[] } } }) =>
  response
    .json()
    .error.details.map((d) => d.path)
    .sort();

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.signIn('shegong');
  supervisor = await t.signIn('dudao');
  administrator = await t.signIn('jigou');
  nanming = await t.signIn('nanming');
  xinhua = await t.signIn('xinhua');
  yunyan = await t.signIn('yunyan');
  colleague = await t.accountWith({
    username: 'case-colleague',
    roles: ['social_worker'],
    regionCode: '520102',
  });
  const [operator] = await queryRows<{ organisation_id: string }>(
    t.database.drizzle,
    sql`select organisation_id from account where username = 'shegong'`,
  );
  const [other] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from organisation where region_code like '520102%' and status = 'active'
        and id <> ${operator!.organisation_id} order by id limit 1`,
  );
  otherWorker = await t.accountWith({
    username: 'case-other-worker',
    roles: ['social_worker'],
    regionCode: '520102',
    organisationId: other!.id,
  });
  ids = {
    shegong: await accountId('shegong'),
    dudao: await accountId('dudao'),
    colleague: await accountId('case-colleague'),
  };
  const [station] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from station where region_code = '520102016' and status = 'operating' limit 1`,
  );
  stationId = station!.id;
});
afterAll(() => t.close());

describe('opening a case', () => {
  it('opens a case at intake for a served client, with its team, and records the move', async () => {
    const { client, file } = await openCase();
    expect(file).toMatchObject({
      clientId: client.id,
      clientName: client.name,
      stage: 'intake',
      status: 'open',
      riskLevel: 'medium',
      populationGroups: ['elderly', 'families_in_difficulty'],
      workers: [{ id: ids.shegong, name: '林晓（社工）' }],
      supervisor: { id: ids.dudao, name: '周敏（督导）' },
      myRole: 'worker',
      can: { work: true, advanceTo: 'assessment' },
    });
    expect(file.content.timeline).toMatchObject([
      { kind: 'opened', stage: 'intake', actorName: '林晓（社工）' },
    ]);
  });

  it('refuses a second open case of the client, a supervisor among the workers, a station out of scope', async () => {
    const { client } = await openCase();
    const again = await worker.post('/api/v1/cases', {
      clientId: client.id,
      stationId,
      workerIds: [ids.shegong],
      supervisorId: ids.dudao,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该服务对象在本机构已有进行中的个案');
    const other = await newClient();
    const base = {
      clientId: other.id,
      stationId,
      workerIds: [ids.shegong],
      supervisorId: ids.dudao,
    };
    const supervisesItself = await worker.post('/api/v1/cases', {
      ...base,
      workerIds: [ids.shegong, ids.dudao],
    });
    expect(supervisesItself.json().error.details).toMatchObject([
      { path: 'body.supervisorId', message: '督导须为负责社工以外的另一名社工' },
    ]);
    const [sibling] = await queryRows<{ id: string }>(
      t.database.drizzle,
      sql`select id from station where region_code like '520103%' limit 1`,
    );
    const outside = await worker.post('/api/v1/cases', { ...base, stationId: sibling!.id });
    expect(detailPaths(outside)).toEqual(['body.stationId']);
    const notMine = await worker.post('/api/v1/cases', { ...base, workerIds: [ids.colleague] });
    expect(detailPaths(notMine)).toEqual(['body.workerIds']);
    const otherOrganisation = await otherWorker.post('/api/v1/cases', {
      ...base,
      workerIds: [await accountId('case-other-worker')],
      supervisorId: ids.dudao,
    });
    expect(otherOrganisation.statusCode).toBe(400);
  });
});

describe('stages as gates', () => {
  it('refuses to skip a stage or to open one before the current holds its record, naming the field', async () => {
    const { file } = await openCase();
    const id = file.id;
    const early = await worker.post(`/api/v1/cases/${id}/advance`, {
      to: 'assessment',
      version: file.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      message: '进入预估前须完成接案记录（接案日期、来源、主诉）',
      details: [{ path: 'body.to' }],
    });
    const intake = (
      await worker.strict().put(`/api/v1/cases/${id}/intake`, {
        decision: 'accepted',
        intakeOn: today,
        source: 'community',
        presentingProblem: '孙辈无人照看',
        version: file.version,
      })
    ).json();
    expect(intake.content.intake).toMatchObject({ decision: 'accepted', source: 'community' });
    const skip = await worker.post(`/api/v1/cases/${id}/advance`, {
      to: 'planning',
      version: intake.version,
    });
    expect(skip.json().error.message).toBe('不能跳过阶段：当前为接案，下一阶段是预估');
    const plannedEarly = await worker.post(`/api/v1/cases/${id}/goals`, {
      title: '尚未预估的目标',
      tasks: [],
    });
    expect(plannedEarly.statusCode).toBe(409);
    expect(plannedEarly.json().error.details[0].path).toBe('stage');
    const assessing = (
      await worker.strict().post(`/api/v1/cases/${id}/advance`, {
        to: 'assessment',
        version: intake.version,
      })
    ).json();
    const unassessed = await worker.post(`/api/v1/cases/${id}/advance`, {
      to: 'planning',
      version: assessing.version,
    });
    expect(unassessed.json().error.message).toBe('进入计划前须至少完成一次预估');
    const closing = await worker.post(`/api/v1/cases/${id}/advance`, {
      to: 'closure',
      version: assessing.version,
    });
    expect(closing.json().error.message).toBe('结案须在评估后提交结案申请，经督导审批');
  });

  it('scores every domain of the form with a reason, and takes the assessment’s risk', async () => {
    const { file } = await driveTo('assessment');
    const id = file.id;
    const scores = csi.domains.map((d) => ({ domain: d.code, score: 3, reason: '良好' }));
    const missing = await worker.post(
      `/api/v1/cases/${id}/assessments`,
      assessment({
        scores: [{ ...scores[0]!, reason: '' }, ...scores.slice(2)],
      }),
    );
    expect(missing.statusCode).toBe(400);
    expect(detailPaths(missing)).toEqual(['body.scores', 'body.scores.0.reason']);
    expect(
      missing.json().error.details.find((d: { path: string }) => d.path === 'body.scores').message,
    ).toBe('以下各项尚未评分：营养与生长');
    const unknownForm = await worker.post(
      `/api/v1/cases/${id}/assessments`,
      assessment({ formCode: 'nope' }),
    );
    expect(detailPaths(unknownForm)).toEqual(['body.formCode']);
    const needs = assessmentForms.find((f) => f.code === 'needs8')!;
    const second = await worker.post(
      `/api/v1/cases/${id}/assessments`,
      assessment({
        formCode: 'needs8',
        riskLevel: 'low',
        scores: needs.domains.map((d) => ({ domain: d.code, score: 4, reason: '稳定' })),
      }),
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ riskLevel: 'low' });
    expect(second.json().content.assessments).toHaveLength(2);
    expect(second.json().reassessment).toMatchObject({ months: 6, overdue: false });
  });

  it('refuses contacts in the future, longer than a day or before the intervention', async () => {
    const planning = await driveTo('planning');
    const contact = {
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      durationMinutes: 30,
      medium: 'phone',
      content: '电话回访',
    };
    const early = await worker.post(`/api/v1/cases/${planning.file.id}/contacts`, contact);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('个案尚未进入介入阶段，请先完成前一阶段并进入介入');
    const { file } = await driveTo('intervention');
    const future = await worker.post(`/api/v1/cases/${file.id}/contacts`, {
      ...contact,
      occurredAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(future.json().error.details).toMatchObject([
      { path: 'body.occurredAt', message: '服务时间不能晚于现在' },
    ]);
    const long = await worker.post(`/api/v1/cases/${file.id}/contacts`, {
      ...contact,
      durationMinutes: 1441,
    });
    expect(long.json().error.details).toMatchObject([
      { path: 'body.durationMinutes', message: '单次服务时长不能超过一天（1440 分钟）' },
    ]);
    const attempted = await worker.post(`/api/v1/cases/${file.id}/contacts`, {
      ...contact,
      attempted: true,
      medium: 'video',
    });
    expect(attempted.statusCode).toBe(201);
    expect(attempted.json().content.contacts[0]).toMatchObject({
      attempted: true,
      medium: 'video',
      recordedByName: '林晓（社工）',
    });
  });

  it('marks tasks done and undone, and evaluates every goal of the plan', async () => {
    const { file } = await driveTo('planning');
    const id = file.id;
    const [goal] = file.content.goals;
    const added = (
      await worker.strict().post(`/api/v1/cases/${id}/tasks`, {
        goalId: goal.id,
        title: '联系社区医生',
        dueOn: '2999-01-01',
      })
    ).json();
    const task = added.content.goals[0].tasks.find(
      (x: { title: string }) => x.title === '联系社区医生',
    );
    const done = (
      await worker.strict().patch(`/api/v1/cases/${id}/tasks/${task.id}`, {
        done: true,
        version: task.version,
      })
    ).json();
    const marked = done.content.goals[0].tasks.find((x: { id: string }) => x.id === task.id);
    expect(marked).toMatchObject({ doneOn: today, overdue: false });
    const stale = await worker.patch(`/api/v1/cases/${id}/tasks/${task.id}`, {
      done: false,
      version: task.version,
    });
    expect(stale.statusCode).toBe(409);

    const evaluating = await driveTo('evaluation');
    const partial = await worker.post(`/api/v1/cases/${evaluating.file.id}/evaluations`, {
      evaluatedOn: today,
      goals: [{ goalId: goal.id, achievement: 'partly' }],
      summary: '评估',
    });
    expect(detailPaths(partial)).toEqual(['body.goals', 'body.goals.0.goalId']);
  });
});

describe('closing a case', () => {
  it('closes on the supervisor’s approval only, not the requester’s, and reopens with a reason', async () => {
    const early = await driveTo('intervention');
    const notYet = await worker.post(`/api/v1/cases/${early.file.id}/closure`, {
      reasons: ['goals_achieved'],
      summary: '目标达成',
      version: early.file.version,
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.message).toBe('结案前须完成评估阶段');

    const { file } = await driveTo('evaluation');
    const id = file.id;
    const requested = (
      await worker.strict().post(`/api/v1/cases/${id}/closure`, {
        reasons: ['goals_achieved', 'client_request'],
        summary: '服务目标均已达成，案主同意结案',
        version: file.version,
      })
    ).json();
    expect(requested).toMatchObject({ stage: 'closure', status: 'closure_requested' });
    expect(requested.can.decideClosure).toBe(false);
    const contactMeanwhile = await worker.post(`/api/v1/cases/${id}/contacts`, {
      occurredAt: new Date().toISOString(),
      durationMinutes: 10,
      medium: 'phone',
      content: '待审批期间的记录',
    });
    expect(contactMeanwhile.statusCode).toBe(409);

    const byWorker = await worker.post(`/api/v1/cases/${id}/closure/approve`, {
      version: requested.version,
    });
    expect(byWorker.statusCode).toBe(403);
    expect(byWorker.json().error.details[0].message).toBe('只有本个案的督导可以审批结案');
    const byAdministrator = await administrator.post(`/api/v1/cases/${id}/closure/approve`, {
      version: requested.version,
    });
    expect(byAdministrator.statusCode).toBe(403);

    const pending = (await supervisor.strict().get('/api/v1/case-closures/pending')).json();
    expect(pending.map((p: { caseId: string }) => p.caseId)).toContain(id);
    const seen = (await supervisor.strict().get(`/api/v1/cases/${id}`)).json();
    expect(seen).toMatchObject({ myRole: 'supervisor', can: { decideClosure: true, work: false } });
    const approved = await supervisor.post(`/api/v1/cases/${id}/closure/approve`, {
      version: seen.version,
      note: '同意结案',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'closed', closedOn: today });
    expect(approved.json().content.closures[0]).toMatchObject({
      decision: 'approved',
      decidedByName: '周敏（督导）',
      requestedByName: '林晓（社工）',
      reasons: ['goals_achieved', 'client_request'],
    });

    const reopened = await worker.post(`/api/v1/cases/${id}/reopen`, {
      version: approved.json().version,
      reason: '案主再次求助',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({
      status: 'open',
      stage: 'intervention',
      closedOn: null,
    });
    expect(reopened.json().content.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'intake_accepted',
      'stage_opened',
      'stage_opened',
      'stage_opened',
      'stage_opened',
      'closure_requested',
      'closure_approved',
      'reopened',
    ]);
    expect(reopened.json().content.timeline.at(-1)).toMatchObject({
      note: '案主再次求助',
      actorName: '林晓（社工）',
    });
  });

  it('sends a closure back to the evaluation with the supervisor’s reason', async () => {
    const { file } = await driveTo('evaluation');
    const requested = (
      await worker.strict().post(`/api/v1/cases/${file.id}/closure`, {
        reasons: ['other'],
        summary: '结案',
        version: file.version,
      })
    ).json();
    const rejected = await supervisor.post(`/api/v1/cases/${file.id}/closure/reject`, {
      version: requested.version,
      reason: '评估记录不充分',
    });
    expect(rejected.json()).toMatchObject({ status: 'open', stage: 'evaluation' });
    expect(rejected.json().content.closures[0]).toMatchObject({
      decision: 'rejected',
      decisionNote: '评估记录不充分',
    });
  });

  it('closes a declined intake as not taken; a referral says where to', async () => {
    const { file } = await openCase();
    const declined = {
      decision: 'declined',
      intakeOn: today,
      source: 'outreach',
      presentingProblem: '需要法律援助',
      declineReason: '超出本站服务范围',
      disposition: 'referred',
      version: file.version,
    };
    const noWhere = await worker.put(`/api/v1/cases/${file.id}/intake`, declined);
    expect(detailPaths(noWhere)).toEqual(['body.referredTo']);
    const done = await worker.put(`/api/v1/cases/${file.id}/intake`, {
      ...declined,
      referredTo: '区法律援助中心',
    });
    expect(done.json()).toMatchObject({
      status: 'not_taken',
      closedOn: today,
      can: { work: false },
    });
    const reopen = await worker.post(`/api/v1/cases/${file.id}/reopen`, {
      version: done.json().version,
      reason: '再看看',
    });
    expect(reopen.statusCode).toBe(409);
  });
});

describe('who reads what', () => {
  it('shows the content to the team and the administrator, the summary to a colleague, nothing to others', async () => {
    const { client, file } = await driveTo('intervention');
    const id = file.id;
    const admin = (await administrator.strict().get(`/api/v1/cases/${id}`)).json();
    expect(admin).toMatchObject({
      myRole: 'org_admin',
      clientName: client.name,
      can: { work: false },
    });
    expect(admin.content.contacts[0].content).toBe(notes);
    const peer = (await colleague.strict().get(`/api/v1/cases/${id}`)).json();
    expect(peer).toMatchObject({ myRole: 'colleague', content: null });
    expect(peer.clientName).not.toBe(client.name);
    expect(JSON.stringify(peer)).not.toContain(notes);
    expect((await otherWorker.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    expect((await nanming.get(`/api/v1/cases/${id}`)).statusCode).toBe(403);
    const list = (await colleague.strict().get('/api/v1/cases')).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
    const [reads] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_type = 'case'
          and entity_id = ${id} and action = 'read'`,
    );
    expect(reads!.n).toBe(2);
  });

  it('keeps case content out of the audit trail', async () => {
    const { file } = await driveTo('evaluation');
    const events = await queryRows<{ changes: unknown; detail_params: unknown }>(
      t.database.drizzle,
      sql`select changes, detail_params from audit_event where entity_id = ${file.id}`,
    );
    expect(events.length).toBeGreaterThan(5);
    const trail = JSON.stringify(events);
    for (const said of [notes, '独居老人', '改善家庭关系', '家庭关系明显改善', '需要持续关注'])
      expect(trail).not.toContain(said);
  });

  it('gives officers counts and a de-identified list, the content only when opened with a reason', async () => {
    const { client, file } = await driveTo('intervention');
    const id = file.id;
    const counts = await nanming.get('/api/v1/case-statistics');
    expect(counts.statusCode, counts.body).toBe(200);
    const figures = counts.json();
    expect(figures.open).toBeGreaterThan(0);
    expect(
      figures.byStage.find((s: { key: string }) => s.key === 'intervention').count,
    ).toBeGreaterThan(0);
    expect(
      figures.byPopulationGroup.find((g: { key: string }) => g.key === 'elderly').count,
    ).toBeGreaterThan(0);
    expect(
      figures.byRegion.find((r: { regionCode: string }) => r.regionCode === '520102016').open,
    ).toBeGreaterThan(0);
    expect(figures.byMonth).toHaveLength(12);
    expect(figures.byMonth.at(-1).opened).toBeGreaterThan(0);
    // Every breakdown adds up to the county's own count of its cases.
    const [stored] = await queryRows<{ total: number; open: number; closed: number }>(
      t.database.drizzle,
      sql`select count(*)::int as total,
            (count(*) filter (where status in ('open', 'closure_requested')))::int as open,
            (count(*) filter (where status = 'closed'))::int as closed
          from case_work where region_code like '520102%'`,
    );
    expect(figures).toMatchObject(stored!);
    const sum = (rows: { count?: number; open?: number }[]) =>
      rows.reduce((n, r) => n + (r.count ?? r.open ?? 0), 0);
    expect(sum(figures.byStage)).toBe(stored!.open);
    expect(sum(figures.byRisk)).toBe(stored!.open);
    expect(sum(figures.byRegion)).toBe(stored!.open);
    const listed = (
      await nanming.strict().get('/api/v1/case-statistics/cases?stage=intervention')
    ).json();
    const row = listed.items.find((c: { id: string }) => c.id === id);
    expect(row).toMatchObject({ stage: 'intervention', status: 'open', regionCode: '520102016' });
    expect(Object.keys(row).sort()).toEqual(
      [
        'closedOn',
        'id',
        'openedOn',
        'populationGroups',
        'regionCode',
        'regionName',
        'riskLevel',
        'stage',
        'stationId',
        'stationName',
        'status',
      ].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain(client.name);
    expect((await yunyan.strict().get('/api/v1/case-statistics')).json().total).toBe(0);
    expect((await xinhua.get('/api/v1/case-statistics')).statusCode).toBe(200);
    // A sibling county's figures or setting: refused with the platform's one answer, naming the filter.
    for (const path of ['/api/v1/case-statistics', '/api/v1/case-settings'])
      expectOutsideScope(await yunyan.get(`${path}?region=520102`), 'query.region');
    expectOutsideScope(
      await yunyan.put('/api/v1/case-settings', {
        region: '520102',
        reassessmentMonths: 3,
        version: 0,
      }),
      'body.region',
    );

    expect(
      (await xinhua.post(`/api/v1/cases/${id}/open`, { reason: '核查投诉事项' })).statusCode,
    ).toBe(403);
    expect((await nanming.post(`/api/v1/cases/${id}/open`, { reason: '' })).statusCode).toBe(400);
    expect(
      (await yunyan.post(`/api/v1/cases/${id}/open`, { reason: '核查投诉事项' })).statusCode,
    ).toBe(404);
    const opened = await nanming.post(`/api/v1/cases/${id}/open`, { reason: '核查投诉事项' });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ myRole: 'officer', can: { work: false } });
    expect(opened.json().content.contacts[0].content).toBe(notes);
    expect(opened.json().content.client.name).not.toBe(client.name);

    const seen = (await worker.strict().get(`/api/v1/cases/${id}`)).json();
    expect(seen.fileOpenings).toMatchObject([{ actorName: '南明民政', reason: '核查投诉事项' }]);
    const clientFile = (await worker.strict().get(`/api/v1/clients/${client.id}`)).json();
    expect(clientFile.fileOpenings).toMatchObject([
      { actorName: '南明民政', reason: '核查投诉事项' },
    ]);
  });
});

describe('the social worker’s desk', () => {
  it('shows the caseload, tasks due, overdue re-assessments and closures to approve', async () => {
    const longAgo = addMonths(today, -8);
    const { client, file } = await openCase();
    const w = worker.strict();
    let now = (
      await w.put(`/api/v1/cases/${file.id}/intake`, {
        decision: 'accepted',
        intakeOn: longAgo,
        source: 'self',
        presentingProblem: '长期个案',
        version: file.version,
      })
    ).json();
    await w.post(`/api/v1/cases/${file.id}/advance`, { to: 'assessment', version: now.version });
    now = (
      await w.post(
        `/api/v1/cases/${file.id}/assessments`,
        assessment({ assessedOn: addMonths(today, -7) }),
      )
    ).json();
    expect(now.reassessment).toMatchObject({ months: 6, overdue: true });
    await w.post(`/api/v1/cases/${file.id}/advance`, { to: 'planning', version: now.version });
    await w.post(`/api/v1/cases/${file.id}/goals`, {
      title: '恢复社会交往',
      tasks: [{ title: '参加社区活动', dueOn: addMonths(today, -1) }],
    });
    const desk = (await worker.strict().get('/api/v1/case-desk')).json();
    expect(desk.caseload.map((c: { id: string }) => c.id)).toContain(file.id);
    expect(desk.tasksDue).toContainEqual(
      expect.objectContaining({
        caseId: file.id,
        title: '参加社区活动',
        overdue: true,
        clientName: client.name,
      }),
    );
    expect(desk.reassessments).toContainEqual(
      expect.objectContaining({ caseId: file.id, overdue: true }),
    );
    expect(desk.counts.overdueReassessments).toBeGreaterThan(0);
    const overdueBefore: number = (await nanming.strict().get('/api/v1/case-statistics')).json()
      .overdueReassessments;
    expect(overdueBefore).toBeGreaterThan(0);

    // The county sets a longer interval: the re-assessment is no longer overdue.
    const setting = (await nanming.strict().get('/api/v1/case-settings?region=520102')).json();
    expect(setting).toMatchObject({ reassessmentMonths: 6, setBy: null, version: 0 });
    const set = await nanming.put('/api/v1/case-settings', {
      region: '520102',
      reassessmentMonths: 12,
      version: 0,
    });
    expect(set.json()).toMatchObject({ reassessmentMonths: 12, setBy: '520102', version: 1 });
    expect(
      (
        await xinhua.put('/api/v1/case-settings', {
          region: '520102016',
          reassessmentMonths: 3,
          version: 0,
        })
      ).statusCode,
    ).toBe(403);
    const later = (await worker.strict().get(`/api/v1/cases/${file.id}`)).json();
    expect(later.reassessment).toMatchObject({ months: 12, overdue: false });
    const overdueAt = async () =>
      (await nanming.strict().get('/api/v1/case-statistics')).json().overdueReassessments;
    expect(await overdueAt()).toBe(overdueBefore - 1);
    await nanming.strict().put('/api/v1/case-settings', {
      region: '520102',
      reassessmentMonths: 6,
      version: 1,
    });
  });
});

describe('what the referral module calls', () => {
  function actorOf(
    username: string,
    roles: Role[],
    regionCode: string,
    accountId: string,
    organisationId: string | null,
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

  it('loads a case the actor works on (404 otherwise) and appends referral events to the timeline', async () => {
    const built = buildModules(modules, {
      database: t.database,
      clock: () => new Date(),
      imports: createImportService({ database: t.database, clock: () => new Date() }),
      deadlines: createDeadlineService({
        clock: () => new Date(),
        policies: modules.flatMap((m) => m.deadlinePolicies ?? []),
      }),
      say: () => {},
    });
    const casework = built.servicesOf('casework');
    const { file } = await driveTo('intervention');
    const [operator] = await queryRows<{ organisation_id: string }>(
      t.database.drizzle,
      sql`select organisation_id from account where username = 'shegong'`,
    );
    const shegong = actorOf(
      'shegong',
      ['social_worker'],
      '520102016',
      ids.shegong,
      operator!.organisation_id,
    );
    const dudao = actorOf(
      'dudao',
      ['social_worker'],
      '520102',
      ids.dudao,
      operator!.organisation_id,
    );
    const workable = await withScope(t.database, shegong, (tx) =>
      casework.loadWorkable(tx, shegong, file.id),
    );
    expect(workable).toEqual({
      id: file.id,
      clientId: file.clientId,
      organisationId: operator!.organisation_id,
      stationId,
      regionCode: '520102016',
      stage: 'intervention',
    });
    await expect(
      withScope(t.database, dudao, (tx) => casework.loadWorkable(tx, dudao, file.id)),
    ).rejects.toMatchObject({ statusCode: 404 });
    const referralId = '0192f1de-7a1c-7c35-9d4e-2a1f0f6f3b11';
    await withScope(t.database, shegong, (tx) =>
      casework.recordReferralEvent(tx, shegong, file.id, {
        kind: 'referral_sent',
        referralId,
        note: '转介至专科机构',
      }),
    );
    await withScope(t.database, dudao, (tx) =>
      casework.recordReferralEvent(tx, dudao, file.id, {
        kind: 'referral_returned',
        referralId,
        note: '已完成心理评估',
      }),
    );
    // A receiver of another county cannot reach the case: its return is left off the timeline.
    const elsewhere = actorOf(
      'elsewhere',
      ['social_worker'],
      '520103',
      ids.dudao,
      operator!.organisation_id,
    );
    expect(
      await withScope(t.database, elsewhere, (tx) =>
        casework.recordReferralEvent(tx, elsewhere, file.id, {
          kind: 'referral_returned',
          referralId,
          note: '另一县的接收方',
        }),
      ),
    ).toBe(false);
    await expect(
      withScope(t.database, elsewhere, (tx) =>
        casework.recordReferralEvent(tx, elsewhere, file.id, {
          kind: 'referral_sent',
          referralId,
          note: '不在辖区',
        }),
      ),
    ).rejects.toMatchObject({ statusCode: 404 });
    const timeline = (await worker.strict().get(`/api/v1/cases/${file.id}`)).json().content
      .timeline;
    expect(timeline.slice(-2)).toMatchObject([
      { kind: 'referral_sent', referralId, note: '转介至专科机构', stage: 'intervention' },
      { kind: 'referral_returned', referralId, note: '已完成心理评估' },
    ]);
  });
});
