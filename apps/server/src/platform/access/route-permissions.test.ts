import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  permissionCodes,
  permissions,
  permissionsOf,
  roleCodes,
  roleDefinition,
  type Permission,
  type Role,
} from '@shegong/domain';
import { awardedProject } from '../../../test/purchase-world';
import {
  leaves,
  openFinal,
  published,
  submitOffice,
  submitOwn,
  withEvaluators,
} from '../../../test/evaluation-world';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { queryRows } from '../../db/connection';
import { modules } from '../../modules';
import { grants, platformAccess } from './route-access';
import {
  creditCodeFor,
  organisationInput,
  residentIdFor,
  workerInput,
} from '../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../test/sheets';
import type { CataloguedRoute } from './access-guard';

/**
 * Generated from the route map: every route × every role, and every route that names a record ×
 * own / sibling / parent region. A new route is covered here without anyone writing a test; a new
 * kind of record in a URL needs one line in `recordFixtures`.
 */

const own = '520102';
const sibling = '520103';
const parent = '5201';

/** Where a role may sit: tiered roles at their own tier, the rest in the demo county. */
function homeOf(role: Role, county: string): string {
  const tier = roleDefinition(role).scopeLevel;
  if (tier === 'province') return county.slice(0, 2);
  if (tier === 'city') return county.slice(0, 4);
  if (tier === 'township') return `${county}016`;
  return county;
}

/** Records of each kind that live in the own county, by the URL that names them: its parameters. */
const recordFixtures: Record<string, (t: TestApp) => Promise<Record<string, string>>> = {
  '/api/v1/accounts/:id': async (t) => {
    const client = await t.accountWith({
      username: 'matrix.target',
      roles: ['volunteer'],
      regionCode: own,
    });
    return { id: (await client.get('/api/v1/auth/session')).json().account.id };
  },
  '/api/v1/organisations/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const organisation = (
      await officer.post('/api/v1/organisations', organisationInput(own, 990001))
    ).json();
    const record = (
      await officer.post(`/api/v1/organisations/${organisation.id}/credit-records`, {
        kind: 'penalty',
        startedOn: '2026-01-05',
      })
    ).json();
    return { id: organisation.id, recordId: record.id };
  },
  '/api/v1/indicator-versions/:id': async (t) => {
    const city = (await t.signIn('guiyang')).strict();
    const created = await city.post('/api/v1/indicator-templates', {
      regionCode: own,
      projectType: 'family_centre',
      name: '矩阵指标模板',
    });
    return { id: created.json().id };
  },
  '/api/v1/stations/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const station = await officer.post('/api/v1/stations', {
      name: '矩阵站',
      tier: 'village_studio',
      regionCode: '520102016001',
    });
    return { id: station.json().id };
  },
  '/api/v1/station-staff/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const station = (
      await officer.post('/api/v1/stations', {
        name: '矩阵站二',
        tier: 'village_studio',
        regionCode: '520102016002',
      })
    ).json();
    const staff = await officer.post(`/api/v1/stations/${station.id}/staff`, {
      workerName: '王芳',
      role: 'full_time',
      startedOn: '2026-01-01',
    });
    return { id: staff.json().id };
  },
  '/api/v1/organisations/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      ['统一社会信用代码', '名称', '类型', '背景', '登记日期', '法定代表人', '区划代码'],
      [creditCodeFor(own, 990003), '矩阵导入', '社会服务机构', '其他', '2020-01-01', '王芳', own],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/organisations/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/stations/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      ['站点名称', '层级', '区划代码'],
      ['矩阵导入站', '村(社区)社会工作室', '520102016003'],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/stations/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/workers/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      ['姓名', '身份证号', '学历', '区划代码'],
      ['矩阵导入', residentIdFor(901, '19900101'), '本科', own],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/workers/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/certificates/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      ['身份证号', '证书等级', '发证日期'],
      [residentIdFor(905, '19900101'), '助理社会工作师', '2020-06-30'],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/certificates/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/projects/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      [
        '区划代码',
        '年度',
        '项目编号',
        '项目名称',
        '购买方式',
        '服务领域',
        '项目预算（元）',
        '开始日期',
        '结束日期',
      ],
      [
        own,
        2026,
        'JZ-IMP-1',
        '矩阵导入项目',
        '项目购买',
        '社会福利',
        1000,
        '2026-01-01',
        '2026-12-31',
      ],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/projects/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/contracts/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      [
        ...['区划代码', '项目编号', '合同编号', '承接机构统一社会信用代码', '合同金额（元）'],
        ...['开始日期', '结束日期', '工时标准（小时/年）'],
      ],
      [own, 'JZ-IMP-1', 'JZ-HT-1', creditCodeFor(own, 990004), 1000, '2026-01-01', '2026-12-31', 0],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/contracts/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/continuing-education/credits/imports/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const sheet = await xlsxOf([
      ['身份证号', '课程或活动名称', '类型', '学时', '日期'],
      [residentIdFor(905, '19900101'), '矩阵导入', '其他', 2, '2020-06-30'],
    ]);
    const upload = await officer.request({
      method: 'POST',
      url: '/api/v1/continuing-education/credits/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/workers/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    return { id: (await officer.post('/api/v1/workers', workerInput(902))).json().id };
  },
  '/api/v1/worker-transfers/:id': async (t) => {
    // Filed by the own county, for a number that matches no worker: no other county sees it.
    const officer = (await t.signIn('nanming')).strict();
    const transfer = await officer.post('/api/v1/worker-transfers', {
      idNumber: residentIdFor(912, '19900101', '520103'),
      name: '矩阵调入',
      regionCode: '520102016',
      employerKind: 'other',
      employerName: '某单位',
      postType: 'other_system',
    });
    return { id: transfer.json().id };
  },
  '/api/v1/exam-scores/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(909))).json();
    const score = await officer.post(`/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'assistant_social_worker',
      subject: 'practice_junior',
      year: 2025,
      score: 70,
    });
    return { id: score.json().id };
  },
  '/api/v1/certificates/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(910))).json();
    const certificate = await officer.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'social_work_assistant_local',
      certifiedOn: '2025-06-30',
    });
    return { id: certificate.json().id };
  },
  '/api/v1/credit-entries/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(911))).json();
    const entry = await officer.post(`/api/v1/workers/${worker.id}/credits`, {
      source: 'research',
      hours: 4,
      earnedOn: '2025-06-30',
      description: '矩阵学时',
    });
    return { id: entry.json().id };
  },
  '/api/v1/employments/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(903))).json();
    const job = await officer.post(`/api/v1/workers/${worker.id}/employments`, {
      employerKind: 'other',
      employerName: '某单位',
      postType: 'other_system',
      startedOn: '2024-01-01',
    });
    return { id: job.json().id };
  },
  '/api/v1/supervisions/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const lead = (await officer.post('/api/v1/workers', workerInput(904))).json();
    const worker = (await officer.post('/api/v1/workers', workerInput(905))).json();
    const pair = await officer.post(`/api/v1/workers/${worker.id}/supervisions`, {
      supervisorId: lead.id,
      startedOn: '2025-01-01',
    });
    return { id: pair.json().id };
  },
  '/api/v1/registrations/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(906))).json();
    const certificate = (
      await officer.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2026-06-30',
      })
    ).json();
    const registration = await officer.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
    });
    return { id: registration.json().id };
  },
  '/api/v1/courses/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const course = await officer.post('/api/v1/courses', {
      regionCode: own,
      organiser: '南明区民政局',
      title: '矩阵课程',
      type: 'general',
      hours: 8,
      startsOn: '2026-03-01',
      endsOn: '2026-03-02',
    });
    return { id: course.json().id };
  },
  '/api/v1/enrolments/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(907))).json();
    const course = (
      await officer.post('/api/v1/courses', {
        regionCode: own,
        organiser: '南明区民政局',
        title: '矩阵课程二',
        type: 'general',
        hours: 8,
        startsOn: '2026-03-01',
        endsOn: '2026-03-02',
      })
    ).json();
    await officer.post(`/api/v1/courses/${course.id}/enrolments`, { workerIds: [worker.id] });
    const [enrolment] = (await officer.get(`/api/v1/courses/${course.id}/enrolments`)).json().items;
    return { id: enrolment.id };
  },
  '/api/v1/reward-grants/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const worker = (await officer.post('/api/v1/workers', workerInput(908))).json();
    await officer.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'social_worker',
      certifiedOn: '2025-06-30',
    });
    await officer.post(`/api/v1/workers/${worker.id}/employments`, {
      employerKind: 'other',
      employerName: '某单位',
      postType: 'other_system',
      startedOn: '2024-01-01',
    });
    const grant = await officer.post(`/api/v1/workers/${worker.id}/rewards`, {
      level: 'social_worker',
    });
    return { id: grant.json().id };
  },
  '/api/v1/clients/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const client = (
      await worker.post('/api/v1/clients', {
        name: '矩阵对象',
        sex: 'female',
        birthDate: '1960-05-01',
        regionCode: '520102016001',
        riskLevel: 'low',
        consent: { givenBy: 'self', givenOn: '2026-11-01' },
      })
    ).json();
    const consentId = client.consents[0].id;
    const form = new FormData();
    // The content is checked against its type: a PNG's signature, not just the name.
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    form.append('file', new Blob([png], { type: 'image/png' }), '同意书.png');
    await worker.request({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/consents/${consentId}/evidence`,
      payload: form,
    });
    return { id: client.id, consentId };
  },
  '/api/v1/cases/:id': async (t) => {
    // A case of the demo station at 计划, with a goal and its task; dudao supervises.
    const worker = (await t.signIn('shegong')).strict();
    const client = (
      await worker.post('/api/v1/clients', {
        name: '矩阵个案对象',
        sex: 'male',
        birthDate: '1950-05-01',
        regionCode: '520102016001',
        riskLevel: 'medium',
        consent: { givenBy: 'self', givenOn: '2026-11-01' },
      })
    ).json();
    const [station] = (await worker.get('/api/v1/case-options/stations?q=新华')).json();
    const team = (await worker.get('/api/v1/case-options/colleagues')).json() as {
      id: string;
      isMe: boolean;
      name: string;
    }[];
    const me = team.find((c) => c.isMe)!.id;
    const supervisor = team.find((c) => c.name.includes('督导'))!.id;
    const id = (
      await worker.post('/api/v1/cases', {
        clientId: client.id,
        stationId: station.id,
        workerIds: [me],
        supervisorId: supervisor,
      })
    ).json().id;
    const step = async (method: 'post' | 'put', path: string, body: object) =>
      (await worker[method](`/api/v1/cases/${id}${path}`, body)).json();
    let file = await step('put', '/intake', {
      decision: 'accepted',
      intakeOn: '2026-11-01',
      source: 'self',
      presentingProblem: '矩阵主诉',
      version: 1,
    });
    file = await step('post', '/advance', { to: 'assessment', version: file.version });
    await step('post', '/assessments', {
      formCode: 'needs8',
      assessedOn: '2026-11-02',
      riskLevel: 'medium',
      scores: [
        'daily_living',
        'physical_health',
        'mental_health',
        'family_relations',
        'social_support',
        'income',
        'housing_safety',
        'participation',
      ].map((domain) => ({ domain, score: 3, reason: '矩阵理由' })),
    });
    await step('post', '/advance', { to: 'planning', version: file.version });
    const planned = await step('post', '/goals', {
      title: '矩阵目标',
      tasks: [{ title: '矩阵任务', dueOn: '2026-12-01' }],
    });
    return { id, taskId: planned.content.goals[0].tasks[0].id };
  },
  '/api/v1/groups/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const [station] = (await worker.get('/api/v1/groupwork/stations')).json();
    const client = (
      await worker.post('/api/v1/clients', {
        name: '矩阵组员',
        sex: 'female',
        birthDate: '1952-05-01',
        regionCode: '520102016001',
        riskLevel: 'low',
        consent: { givenBy: 'self', givenOn: '2026-11-01' },
      })
    ).json();
    const group = (
      await worker.post('/api/v1/groups', {
        stationId: station.id,
        name: '矩阵小组',
        goal: '矩阵目标',
        populationGroups: ['elderly'],
        serviceField: 'social_welfare',
        plannedSessions: 4,
      })
    ).json();
    const joined = await worker.post(`/api/v1/groups/${group.id}/members`, {
      clientId: client.id,
      joinedOn: '2026-11-02',
    });
    return { id: group.id, memberId: joined.json().memberList[0].id };
  },
  '/api/v1/activities/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const [station] = (await worker.get('/api/v1/groupwork/stations')).json();
    const client = (
      await worker.post('/api/v1/clients', {
        name: '矩阵参与者',
        sex: 'male',
        birthDate: '1953-05-01',
        regionCode: '520102016001',
        riskLevel: 'low',
        consent: { givenBy: 'self', givenOn: '2026-11-01' },
      })
    ).json();
    const activity = (
      await worker.post('/api/v1/activities', {
        stationId: station.id,
        activityType: 'festival',
        title: '矩阵活动',
        serviceField: 'community_building',
        participation: 'named',
      })
    ).json();
    const registered = await worker.post(`/api/v1/activities/${activity.id}/participants`, {
      clientId: client.id,
    });
    return { id: activity.id, participantId: registered.json().participantList[0].id };
  },
  '/api/v1/service-sessions/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const [station] = (await worker.get('/api/v1/groupwork/stations')).json();
    const activity = (
      await worker.post('/api/v1/activities', {
        stationId: station.id,
        activityType: 'talk',
        title: '矩阵讲座',
        serviceField: 'community_building',
        participation: 'named',
      })
    ).json();
    const session = await worker.post(`/api/v1/activities/${activity.id}/sessions`, {
      heldOn: '2026-11-05',
      place: '矩阵活动室',
      durationMinutes: 60,
    });
    return { id: session.json().id };
  },
  '/api/v1/activity-attendance/imports/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const sheet = await xlsxOf([
      ['活动名称', '活动日期', '姓名', '出勤'],
      ['矩阵讲座', '2026-11-05', '矩阵参与者', '出席'],
    ]);
    const upload = await worker.request({
      method: 'POST',
      url: '/api/v1/activity-attendance/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/activity-person-times/imports/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const [station] = (await worker.get('/api/v1/groupwork/stations')).json();
    const sheet = await xlsxOf([
      [
        '站点名称',
        '活动名称',
        '活动类型',
        '服务领域',
        '活动日期',
        '地点',
        '时长（分钟）',
        '参与人次',
        '统计方式',
      ],
      [station.name, '矩阵义诊', '便民服务', '社区建设', '2026-11-06', '广场', 90, 40, '现场清点'],
    ]);
    const upload = await worker.request({
      method: 'POST',
      url: '/api/v1/activity-person-times/imports',
      payload: uploadForm(sheet),
    });
    return { id: upload.json().id };
  },
  '/api/v1/referrals/:id': async (t) => {
    const worker = (await t.signIn('shegong')).strict();
    const [specialist] = await queryRows<{ organisation_id: string }>(
      t.database.drizzle,
      sql`select organisation_id from account where username = 'zhuanke'`,
    );
    const receiver = specialist!.organisation_id;
    const client = (
      await worker.post('/api/v1/clients', {
        name: '矩阵转介对象',
        sex: 'male',
        birthDate: '1955-05-01',
        regionCode: '520102016001',
        riskLevel: 'medium',
        consent: { givenBy: 'self', givenOn: '2026-11-01' },
      })
    ).json();
    await worker.post(`/api/v1/clients/${client.id}/consents`, {
      kind: 'sharing',
      sharedWithOrganisationId: receiver,
      givenBy: 'self',
      givenOn: '2026-11-01',
    });
    const referral = await worker.post('/api/v1/referrals', {
      clientId: client.id,
      receiverKind: 'organisation',
      receiverOrganisationId: receiver,
      reason: '矩阵转介',
      sharedSummary: '矩阵转介共享的摘要内容。',
    });
    return { id: referral.json().id };
  },
  '/api/v1/projects/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const project = await officer.post('/api/v1/projects', {
      regionCode: own,
      year: 2026,
      code: 'MATRIX-001',
      title: '矩阵购买服务项目',
      type: 'project',
      serviceFields: ['social_welfare'],
      budgetFen: 1_000_000,
      termStart: '2026-12-01',
      termEnd: '2027-11-30',
    });
    return { id: project.json().id };
  },
  '/api/v1/tenders/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const approver = (await t.signIn('nanming2')).strict();
    let project = (
      await officer.post('/api/v1/projects', {
        regionCode: own,
        year: 2026,
        code: 'MATRIX-003',
        title: '矩阵招标项目',
        type: 'project',
        serviceFields: ['social_welfare'],
        budgetFen: 1_000_000,
        termStart: '2027-01-01',
        termEnd: '2027-12-31',
      })
    ).json();
    project = (
      await officer.post(`/api/v1/projects/${project.id}/review`, { version: project.version })
    ).json();
    project = (
      await officer.post(`/api/v1/projects/${project.id}/reviews`, {
        version: project.version,
        reviewedOn: '2026-11-01',
        reviewers: [{ name: '矩阵专家' }],
        opinion: '同意立项。',
        result: 'passed',
      })
    ).json();
    project = (
      await approver.post(`/api/v1/projects/${project.id}/approve`, { version: project.version })
    ).json();
    const tender = await officer.post('/api/v1/tenders', {
      projectId: project.id,
      projectVersion: project.version,
      opensOn: '2026-11-20',
      deadline: '2026-12-31',
      rules: {},
    });
    // The demo organisation's bid, for the routes that name one (/bids/:bidId).
    const bidder = (await t.signIn('jigou')).strict();
    const staff = (await bidder.get('/api/v1/bidder-staff')).json().items as { workerId: string }[];
    const bid = await bidder.post(`/api/v1/tenders/${tender.json().id}/bids`, {
      priceFen: 1_000_000,
      team: [staff[0]!.workerId],
      plan: '矩阵投标的服务方案，开展入户探访。',
    });
    return { id: tender.json().id, bidId: bid.json().id };
  },
  '/api/v1/contracts/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const provider = (await t.signIn('jigou')).strict();
    const project = await awardedProject(
      { officer, colleague: (await t.signIn('nanming2')).strict(), provider },
      { today: '2026-11-20', termStart: '2026-10-01', termEnd: '2027-09-30' },
    );
    let contract = (
      await officer.post('/api/v1/contracts', {
        projectId: project.id,
        code: 'MATRIX-HT-001',
        amountFen: 1_000_000,
        termStart: '2026-10-01',
        termEnd: '2027-09-30',
        workHoursPerYear: 1600,
        staffingWorkers: 0,
        staffingCertified: 0,
        reportCadence: 'quarter',
        indicators: [{ measure: 'person_times', name: '服务人次', level: 100, period: 'term' }],
        tranches: [{ kind: 'advance', dueOn: '2026-11-20', amountFen: 1_000_000 }],
      })
    ).json();
    contract = (
      await officer.post(`/api/v1/contracts/${contract.id}/sign`, {
        version: contract.version,
        signedOn: '2026-11-20',
      })
    ).json();
    const report = await provider.post(`/api/v1/contracts/${contract.id}/reports`, {
      periodKey: 'Y1Q1',
      spending: { personnelFen: 0, serviceFen: 0, adminFen: 0, otherFen: 0 },
    });
    return { id: contract.id, trancheId: contract.tranches[0].id, reportId: report.json().id };
  },
  // A published 终期 round with an objection of the provider (the demo organisation).
  '/api/v1/evaluation-rounds/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const provider = (await t.signIn('jigou')).strict();
    const team = {
      officer,
      colleague: (await t.signIn('nanming2')).strict(),
      provider,
      evaluators: [await t.signIn('pinggu')],
    };
    const { round } = await openFinal(team, '2026-11-20');
    // Scored as `scored` does, with an evidence file on the evaluator's sheet before it is in.
    const [assignmentId] = await withEvaluators(team, round);
    const evidence = new FormData();
    const pdf = new Blob([Buffer.from('%PDF-1.4\n')], { type: 'application/pdf' });
    evidence.append('file', pdf, '矩阵依据.pdf');
    const thirdParty = leaves(round.items).find(
      (i) => !i.scoringParty || i.scoringParty === 'third_party',
    )!;
    const [file] = (
      await team.evaluators[0]!.strict().request({
        method: 'POST',
        url: `/api/v1/my-evaluations/${assignmentId}/files?item=${thirdParty.key}`,
        payload: evidence,
      })
    ).json().items;
    await submitOwn(team.evaluators[0]!, assignmentId!, round.items, true);
    await submitOffice(officer, round.id, 'supervising_office', round.items, true);
    const after = await published(
      team,
      await submitOffice(officer, round.id, 'community', round.items, true),
    );
    const own = (
      await provider.post(`/api/v1/own-evaluations/${round.id}/objections`, {
        itemKey: leaves(round.items)[0]!.key,
        reason: '矩阵测试的异议理由',
      })
    ).json();
    const detail = (await officer.get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    evaluationRoundId = round.id;
    return {
      id: round.id,
      assignmentId: detail.assignments[0].id,
      party: 'community',
      objectionId: own.objections[0].id,
      version: String(after.version),
      fileId: file.id,
    };
  },
  '/api/v1/own-evaluations/:id': async () => ({ id: evaluationRoundId }),
  // An assignment is one evaluator's own: every other account gets 404 (evaluations.test.ts).
  '/api/v1/my-evaluations/:id': async () => ({
    id: '01900000-0000-7000-8000-00000000e7a1',
    reportId: '01900000-0000-7000-8000-00000000e7a2',
    fileId: '01900000-0000-7000-8000-00000000e7a3',
  }),
  '/api/v1/fund-sources/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const source = await officer.post('/api/v1/fund-sources', {
      regionCode: own,
      year: 2026,
      kind: 'public_budget',
      name: '矩阵资金来源',
      amountFen: 1_000_000,
    });
    return { id: source.json().id };
  },
  '/api/v1/fund-allocations/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const source = await officer.post('/api/v1/fund-sources', {
      regionCode: own,
      year: 2026,
      kind: 'lottery_welfare_fund',
      name: '矩阵资金来源二',
      amountFen: 1_000_000,
    });
    const project = await officer.post('/api/v1/projects', {
      regionCode: own,
      year: 2026,
      code: 'MATRIX-002',
      title: '矩阵资金项目',
      type: 'project',
      serviceFields: ['social_welfare'],
      budgetFen: 1_000_000,
      termStart: '2026-01-01',
      termEnd: '2026-12-31',
    });
    const allocation = await officer.post('/api/v1/fund-allocations', {
      sourceId: source.json().id,
      projectId: project.json().id,
      amountFen: 500_000,
    });
    return { id: allocation.json().id };
  },
  '/api/v1/incubation-bases/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    return {
      id: (
        await officer.post('/api/v1/incubation-bases', { name: '矩阵孵化基地', regionCode: own })
      ).json().id,
    };
  },
  '/api/v1/incubation-residencies/:id': async (t) => {
    const officer = (await t.signIn('nanming')).strict();
    const base = (
      await officer.post('/api/v1/incubation-bases', { name: '矩阵孵化基地二', regionCode: own })
    ).json();
    const organisation = (
      await officer.post('/api/v1/organisations', organisationInput(own, 990002))
    ).json();
    const residency = await officer.post(`/api/v1/incubation-bases/${base.id}/residencies`, {
      organisationId: organisation.id,
      enteredOn: '2026-01-01',
    });
    return { id: residency.json().id };
  },
};
/** URL parameters that name reference data, the same for every region. */
const referenceParams: Record<string, string> = {
  code: own,
  province: own.slice(0, 2),
  date: '2026-03-03',
  policyCode: 'unknown.policy',
};

const today = new Date('2026-11-20T02:00:00Z');
let evaluationRoundId = '';
let t: TestApp;
const byRole = new Map<Role, TestClient>();
const recordParams = new Map<string, Record<string, string>>();
let routes: CataloguedRoute[];

beforeAll(async () => {
  t = await createTestApp({ clock: () => today }); // fixtures' dates stay valid in any year
  routes = [...t.app.routeCatalogue];
  for (const role of roleCodes) {
    byRole.set(
      role,
      await t.accountWith({
        username: `matrix.${role}`,
        roles: [role],
        regionCode: homeOf(role, own),
      }),
    );
  }
  for (const [url, make] of Object.entries(recordFixtures)) recordParams.set(url, await make(t));
}, 180_000);
afterAll(() => t.close());

function fixtureOf(route: CataloguedRoute): string | undefined {
  return Object.keys(recordFixtures).find((prefix) => route.url.startsWith(prefix));
}

function urlOf(route: CataloguedRoute): string {
  const fixture = fixtureOf(route);
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    if (name in referenceParams) return referenceParams[name]!;
    const value = fixture && recordParams.get(fixture)?.[name];
    if (!value)
      throw new Error(`No fixture for :${name} in ${route.url}: add one to recordFixtures`);
    return value;
  });
}

async function call(client: TestClient, route: CataloguedRoute): Promise<LightMyRequestResponse> {
  const url = urlOf(route);
  return route.method === 'GET'
    ? client.get(url)
    : client.request({ method: route.method as 'POST', url, payload: {} });
}

describe('the route map', () => {
  it('has a registered route for every entry and an entry for every route', () => {
    const registered = new Set(routes.map((r) => r.operationId));
    const mapped = [platformAccess, ...modules.map((module) => module.access)].flatMap((map) =>
      Object.keys(map),
    );
    expect([...registered].sort()).toEqual(mapped.sort());
  });

  it('refuses anonymous callers on every route that is not public', async () => {
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const response = await call(t.anonymous, route);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });
});

/** The matrix as it stands, written to docs/ so that any change to access shows up in review. */
function accessMatrix(): string {
  const roleLabels = roleCodes.map((r) => roleDefinition(r)['zh-CN']);
  const lines = [
    '# 角色与权限矩阵 Access matrix',
    '',
    'Generated by `apps/server/src/platform/access/route-permissions.test.ts` from the route map;',
    'regenerate with `npx vitest run -u apps/server/src/platform/access`. ✓ = allowed, within the',
    "account's region scope. 三员 (system / security / audit administrators) read no case data.",
    '',
    '## Roles → permissions',
    '',
    `| permission | ${roleLabels.join(' | ')} |`,
    `|---|${roleCodes.map(() => ':-:').join('|')}|`,
    ...permissionCodes.map(
      (p) =>
        `| \`${p}\` ${permissions[p]['zh-CN']} | ${roleCodes.map((r) => (permissionsOf([r]).has(p) ? '✓' : '')).join(' | ')} |`,
    ),
    '',
    '## Routes → roles',
    '',
    `| operation | route | requires | ${roleLabels.join(' | ')} |`,
    `|---|---|---|${roleCodes.map(() => ':-:').join('|')}|`,
    ...[...routes]
      .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
      .map((route) => {
        const cells = roleCodes.map((role) => {
          if (
            route.access === 'public' ||
            route.access === 'session' ||
            route.access === 'authenticated'
          )
            return '✓';
          return grants(permissionsOf([role]), route.access as Permission) ? '✓' : '';
        });
        const requires =
          typeof route.access === 'string' ? route.access : route.access.join(' or ');
        return `| ${route.operationId} | \`${route.method} ${route.url}\` | ${requires} | ${cells.join(' | ')} |`;
      }),
    '',
  ];
  return lines.join('\n');
}

describe('the access matrix', () => {
  it('matches the reviewed matrix in docs/access-matrix.md', async () => {
    await expect(accessMatrix()).toMatchFileSnapshot('../../../../../docs/access-matrix.md');
  });
});

describe('every route × every role', () => {
  for (const role of roleCodes) {
    it(`gives ${role} exactly the routes its permissions allow`, async () => {
      const granted = permissionsOf([role]);
      for (const route of routes.filter((r) => r.access !== 'public')) {
        // Signing out would end the session the rest of this loop uses: use a fresh one.
        const client =
          route.operationId === 'logout' ? await t.signIn(`matrix.${role}`) : byRole.get(role)!;
        const response = await call(client, route);
        const allowed =
          route.access === 'session' ||
          route.access === 'authenticated' ||
          grants(granted, route.access as Permission);
        const label = `${role} ${route.method} ${route.url} → ${response.statusCode} ${response.body.slice(0, 120)}`;
        if (allowed) expect([401, 403], label).not.toContain(response.statusCode);
        else expect(response.statusCode, label).toBe(403);
      }
      // Every route once: on a loaded machine longer than one test's default.
    }, 120_000);
  }
});

describe('every record route × own, sibling and parent region', () => {
  // One account per role and place, shared by the routes: creating accounts is most of the cost.
  const accounts = new Map<string, Promise<TestClient>>();
  const accountOf = (role: Role, where: 'own' | 'sibling' | 'parent') => {
    const key = `${role}.${where}`;
    if (!accounts.has(key))
      accounts.set(
        key,
        t.accountWith({
          username: `matrix.region.${key}`,
          roles: [role],
          regionCode: where === 'parent' ? parent : homeOf(role, where === 'own' ? own : sibling),
        }),
      );
    return accounts.get(key)!;
  };

  // Every record route of every module in one test (the routes are known once the app is up).
  it(
    'lets the own and parent regions reach a county record and answers 404 to a sibling county',
    { timeout: 180_000 },
    async () => {
      const recordRoutes = routes.filter((r) =>
        Object.keys(recordFixtures).some((prefix) => r.url.startsWith(prefix)),
      );
      expect(recordRoutes.length).toBeGreaterThan(0);
      for (const route of recordRoutes) {
        // A role whose home is the county itself, so that own / sibling / parent are counties and a city.
        const role = roleCodes.find(
          (r) =>
            grants(permissionsOf([r]), route.access as Permission) &&
            [undefined, 'county'].includes(roleDefinition(r).scopeLevel),
        );
        // Kept by the city and the province only (evaluations:configure): the role matrix covers it.
        if (!role) continue;
        // One account's own records, whatever its region: evaluations.test.ts covers them.
        if (route.url.startsWith('/api/v1/my-evaluations/')) continue;
        for (const where of ['own', 'sibling', 'parent'] as const) {
          const response = await call(await accountOf(role, where), route);
          const label = `${where} ${role} ${route.method} ${route.url} → ${response.statusCode}`;
          if (where === 'sibling') expect([400, 404], label).toContain(response.statusCode);
          else expect([401, 403, 404], label).not.toContain(response.statusCode);
        }
      }
    },
  );
});
