import { addDays, assessmentForms, chinaToday } from '@shegong/domain';
import { inArray } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '../db/connection';
import { withSystemScope } from '../platform/access/region-scope';
import { accounts } from '../platform/auth/accounts.table';
import { demoPassword } from './demo-accounts';

/** One demo user's requests through the API, as the browser would send them. */
async function signedIn(app: FastifyInstance, username: string) {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: demoPassword },
  });
  const cookie = login.cookies.find((c) => c.name === 'sg_session');
  if (login.statusCode !== 200 || !cookie) throw new Error(`demo sign-in of ${username} failed`);
  const headers = {
    cookie: `sg_session=${cookie.value}`,
    'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken,
  };
  const send = async (method: InjectOptions['method'], url: string, payload?: object) => {
    const response = await app.inject({ method, url: `/api/v1${url}`, headers, payload });
    if (response.statusCode >= 300)
      throw new Error(`demo ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return (response.body ? response.json() : {}) as Record<string, never> & {
      id: string;
      version: number;
    };
  };
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, body: object = {}) => send('POST', url, body),
    put: (url: string, body: object) => send('PUT', url, body),
    signOut: () => send('POST', '/auth/logout'),
  };
}

/**
 * The demo social worker's own work, written through the API as shegong would write it — so it
 * passes every rule, audit and deadline of the write paths: three clients of 新华路街道, a case in
 * intervention and one just assessed, a group with two sessions' attendance, a counted community
 * activity and a referral to the county's specialist waiting for its answer. `npm start` then
 * opens on filled desks, person-times and boards instead of empty ones.
 */
export async function seedDemoServices(app: FastifyInstance, database: Database) {
  const shegong = await signedIn(app, 'shegong');
  const today = chinaToday();
  const day = (offset: number) => addDays(today, offset);
  const [station] = (await shegong.get('/groupwork/stations')) as unknown as { id: string }[];
  const people = await withSystemScope(database, (tx) =>
    tx
      .select({
        username: accounts.username,
        id: accounts.id,
        organisationId: accounts.organisationId,
      })
      .from(accounts)
      .where(inArray(accounts.username, ['shegong', 'dudao', 'zhuanke'])),
  );
  const of = (username: string) => people.find((p) => p.username === username);
  const [me, supervisor, specialist] = [of('shegong'), of('dudao'), of('zhuanke')?.organisationId];
  if (!station || !me || !supervisor) return;

  const client = (name: string, sex: 'male' | 'female', birthDate: string, groups: string[]) =>
    shegong.post('/clients', {
      name,
      sex,
      birthDate,
      regionCode: '520102016001',
      populationGroups: groups,
      riskLevel: 'medium',
      consent: { givenBy: 'self', givenOn: day(-40) },
      duplicatesChecked: true,
    });
  const wang = await client('王秀英', 'female', '1949-05-12', ['elderly']);
  const zhao = await client('赵建国', 'male', '1956-11-03', ['elderly', 'disabled']);
  const chen = await client('陈桂兰', 'female', '1952-02-20', [
    'elderly',
    'families_in_difficulty',
  ]);

  // 王秀英: a case taken in, assessed, planned and in intervention, with a home visit.
  const csi = assessmentForms.find((f) => f.code === 'csi12')!;
  const assessment = (on: string) => ({
    formCode: 'csi12',
    assessedOn: on,
    riskLevel: 'medium',
    scores: csi.domains.map((d) => ({ domain: d.code, score: 2, reason: '独居，需要定期探访' })),
    summary: '独居高龄，子女在外地，日常照料与情绪支持不足。',
  });
  const openCase = async (clientId: string) => {
    const opened = await shegong.post('/cases', {
      clientId,
      stationId: station.id,
      workerIds: [me.id],
      supervisorId: supervisor.id,
    });
    return shegong.put(`/cases/${opened.id}/intake`, {
      decision: 'accepted',
      intakeOn: day(-30),
      source: 'outreach',
      presentingProblem: '独居老人，近期跌倒一次，情绪低落',
      version: opened.version,
    });
  };
  let file = await openCase(wang.id);
  const advance = (to: string) =>
    shegong.post(`/cases/${file.id}/advance`, { to, version: file.version });
  file = await advance('assessment');
  file = await shegong.post(`/cases/${file.id}/assessments`, assessment(day(-28)));
  file = await advance('planning');
  file = await shegong.post(`/cases/${file.id}/goals`, {
    title: '建立稳定的探访与照料安排',
    domain: 'care',
    tasks: [
      { title: '每周家访一次', dueOn: day(7) },
      { title: '联系子女商定照料分工', dueOn: day(3) },
    ],
  });
  file = await advance('intervention');
  await shegong.post(`/cases/${file.id}/contacts`, {
    occurredAt: new Date().toISOString(),
    durationMinutes: 60,
    medium: 'home_visit',
    content: '家访：检查居家防跌倒设施，陪同老人整理药品。',
  });

  // 赵建国: a case assessed, its plan still to come.
  file = await openCase(zhao.id);
  file = await advance('assessment');
  await shegong.post(`/cases/${file.id}/assessments`, assessment(day(-25)));

  // A group of the three with two sessions held; 陈桂兰 missed the second.
  const group = await shegong.post('/groups', {
    stationId: station.id,
    name: '长者互助小组',
    goal: '增进组员间的互助与社会支持',
    populationGroups: ['elderly'],
    serviceField: 'social_welfare',
    plannedSessions: 6,
  });
  for (const member of [wang, zhao, chen])
    await shegong.post(`/groups/${group.id}/members`, { clientId: member.id, joinedOn: day(-21) });
  for (const [offset, absent] of [
    [-14, null],
    [-7, chen.id],
  ] as const) {
    const session = await shegong.post(`/groups/${group.id}/sessions`, {
      heldOn: day(offset),
      durationMinutes: 90,
      topic: offset === -14 ? '相识与分享' : '居家安全小知识',
    });
    await shegong.put(`/service-sessions/${session.id}/attendance`, {
      entries: [wang, zhao, chen].map((m) => ({
        clientId: m.id,
        status: m.id === absent ? 'absent' : 'present',
      })),
    });
  }

  // A community activity counted at the door.
  const activity = await shegong.post('/activities', {
    stationId: station.id,
    activityType: 'festival',
    title: '重阳敬老游园会',
    serviceField: 'community_building',
    populationGroups: ['elderly'],
    participation: 'counted',
  });
  await shegong.post(`/activities/${activity.id}/sessions`, {
    heldOn: day(-3),
    place: '新华路街道社区活动中心',
    durationMinutes: 150,
    countedParticipants: 86,
    countNote: '签到表计数',
    volunteerNames: ['刘志愿', '周志愿'],
  });

  // 陈桂兰 referred, with her consent, to the county's specialist: waiting for its answer.
  if (specialist) {
    await shegong.post(`/clients/${chen.id}/consents`, {
      kind: 'sharing',
      sharedWithOrganisationId: specialist,
      givenBy: 'self',
      givenOn: today,
    });
    await shegong.post('/referrals', {
      clientId: chen.id,
      receiverKind: 'organisation',
      receiverOrganisationId: specialist,
      serviceField: 'mental_health',
      reason: '丧偶后情绪低落，需要专业心理评估',
      sharedSummary: '独居老人，丧偶半年，睡眠差、食欲下降，已做初步支持，需心理专业评估。',
    });
  }
  await shegong.signOut();
}
