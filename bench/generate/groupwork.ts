import type { ActivityType, GroupWorkStage } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import {
  communityActivities,
  serviceGroups,
  serviceGroupStages,
  serviceParticipants,
  serviceSessions,
  sessionAttendance,
} from '../../apps/server/src/modules/groupwork/groupwork.table';
import { addDays, dayBetween } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import type { IdFactory } from './ids';
import { TableBatches, type TableRows } from './table-batches';
import { personName } from './people';
import {
  officeHours,
  serviceTeams,
  stationClients,
  type ServiceClient,
  type ServiceTeam,
} from './service-world';
import { someOf, weighted } from './weighted';

const groupTables = {
  service_group: serviceGroups,
  service_group_stage: serviceGroupStages,
  community_activity: communityActivities,
  service_participant: serviceParticipants,
  service_session: serviceSessions,
  session_attendance: sessionAttendance,
};

type GroupRows = TableRows<typeof groupTables>;

/** Groups stations run for each population group, with the field they count under. */
const groupKinds: Record<string, { names: string[]; goal: string; field: string }> = {
  elderly: {
    names: ['长者健康互助小组', '银龄乐活小组', '长者防跌倒小组'],
    goal: '增进长者健康知识与邻里互助',
    field: 'social_welfare',
  },
  children_youth: {
    names: ['青少年成长小组', '儿童情绪管理小组', '四点半课堂学习小组'],
    goal: '提升青少年自我认知与人际交往能力',
    field: 'education_guidance',
  },
  rural_left_behind: {
    names: ['留守儿童陪伴小组', '留守老人互助小组'],
    goal: '为留守人员建立陪伴与支持网络',
    field: 'social_welfare',
  },
  disabled: {
    names: ['残障人士康复支持小组', '残障家属喘息小组'],
    goal: '促进康复训练与社会参与',
    field: 'disability_rehabilitation',
  },
  families_in_difficulty: {
    names: ['困境家庭亲子小组', '家庭支持互助小组'],
    goal: '改善亲子关系，增强家庭抗逆力',
    field: 'social_assistance',
  },
  community_corrections: {
    names: ['社区矫正人员社会融入小组'],
    goal: '促进社区矫正人员就业与社会融入',
    field: 'correction_support',
  },
  urban_migrants: {
    names: ['新市民融入小组', '随迁子女融入小组'],
    goal: '帮助新市民融入社区生活',
    field: 'community_building',
  },
  entitled_groups: {
    names: ['优抚对象关爱小组'],
    goal: '为优抚对象提供关爱与精神慰藉',
    field: 'social_welfare',
  },
};

const activityTitles: Record<ActivityType, string[]> = {
  festival: ['重阳节敬老活动', '中秋邻里节', '端午包粽子活动', '新春写春联活动'],
  talk: ['防范电信诈骗讲座', '长者健康养生讲座', '家庭教育讲座', '急救知识培训'],
  advocacy: ['禁毒宣传活动', '反家暴宣传活动', '垃圾分类宣传'],
  recreation: ['广场舞联欢', '亲子运动会', '社区观影活动'],
  convenience: ['义诊与便民理发', '家电义修', '政策咨询服务日'],
  visit: ['高龄老人走访慰问', '困境儿童家庭走访'],
  deliberation: ['居民议事会', '院落治理协商会'],
  volunteering: ['社区环境清洁志愿服务', '志愿者陪伴长者活动'],
  other: ['社区开放日'],
};

const tierFactor: Record<string, number> = {
  county_station: 1.5,
  township_station: 1,
  village_station: 0.6,
  village_studio: 0.4,
};

const attendance = (random: Random, presentShare: number) =>
  random.next() < presentShare ? 'present' : random.chance(0.55) ? 'absent' : 'excused';

/** People of the station who were already served by `day`, preferring one population group. */
function candidates(clients: readonly ServiceClient[], day: string, group?: string) {
  const registered = clients.filter((c) => c.registeredOn <= day);
  if (!group) return registered;
  const matching = registered.filter((c) => c.populationGroups.includes(group));
  return matching.length >= 6 ? matching : registered;
}

interface Placed {
  random: Random;
  id: IdFactory;
  rows: GroupRows;
  latest: string;
  team: ServiceTeam;
  clients: readonly ServiceClient[];
}

function session(
  p: Placed,
  owner: { groupId?: string; activityId?: string },
  heldOn: string,
  leaderId: string,
  fields: Partial<typeof serviceSessions.$inferInsert>,
) {
  const { random, id, team } = p;
  const at = officeHours(random, heldOn);
  const volunteers = random.chance(0.4) ? random.int(1, 4) : 0;
  const volunteerNames = random.chance(0.5)
    ? Array.from({ length: volunteers }, () => personName(random))
    : [];
  const row: typeof serviceSessions.$inferInsert = {
    id: id(at),
    regionCode: team.station.regionCode,
    organisationId: team.station.organisationId,
    stationId: team.station.id,
    groupId: owner.groupId ?? null,
    activityId: owner.activityId ?? null,
    heldOn,
    durationMinutes: random.pick([60, 90, 90, 120]),
    topic: null,
    place: `${team.station.name}活动室`,
    contentSummary: '按计划开展，参与者互动积极。',
    countedParticipants: null,
    countNote: null,
    volunteerNames,
    volunteerCount: volunteerNames.length || volunteers,
    personTimes: 0,
    createdBy: leaderId,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
  p.rows.service_session.push(row);
  return row;
}

/** Attendance of the listed people at a session; its person-times are the present ones. */
function attend(
  p: Placed,
  row: typeof serviceSessions.$inferInsert,
  people: readonly { clientId: string; joinedOn: string; leftOn: string | null }[],
  presentShare: number,
) {
  const recordedAt = new Date((row.createdAt as Date).getTime() + 2 * 3_600_000);
  let present = 0;
  for (const person of people) {
    if (person.joinedOn > row.heldOn || (person.leftOn && person.leftOn < row.heldOn)) continue;
    const status = attendance(p.random, presentShare);
    if (status === 'present') present++;
    p.rows.session_attendance.push({
      sessionId: row.id,
      clientId: person.clientId,
      regionCode: row.regionCode,
      status,
      recordedBy: row.createdBy,
      recordedAt,
    });
  }
  row.personTimes = present;
}

/** A group (小组, MZ/T 095): members, weekly sessions with attendance, its stages as they came. */
function addGroup(p: Placed) {
  const { random, id, rows, latest, team, clients } = p;
  const group = random.pick(clients).populationGroups[0] ?? 'elderly';
  const kind = groupKinds[group] ?? groupKinds.elderly!;
  const start = dayBetween(random, addDays(latest, -540), addDays(latest, 21));
  const createdOn = addDays(start, -random.int(7, 30));
  if (createdOn > latest) return;
  const leaders = someOf(random, team.workers, 1, 2);
  const lead = leaders[0]!;
  const createdAt = officeHours(random, createdOn);
  const groupId = id(createdAt);
  const planned = random.int(6, 10);
  const sessionDays = Array.from({ length: planned }, (_, k) =>
    addDays(start, 7 * k + random.int(-1, 1)),
  ).filter((day) => day <= latest);
  // The stage each session brought: 形成 at the first, 转折 and 成熟 on the way, 结束 after the last.
  const stageDays: [string, string][] = [['preparation', createdOn]];
  if (sessionDays.length) stageDays.push(['formation', sessionDays[0]!]);
  const at = (share: number) => sessionDays[Math.floor(planned * share)];
  if (at(0.35)) stageDays.push(['transition', at(0.35)!]);
  if (at(0.65)) stageDays.push(['maturity', at(0.65)!]);
  const ending =
    sessionDays.length === planned ? addDays(sessionDays.at(-1)!, random.int(1, 7)) : null;
  if (ending && ending <= latest) stageDays.push(['termination', ending]);
  const stage = stageDays.at(-1)![0];
  const lastMove = officeHours(random, stageDays.at(-1)![1]);
  rows.service_group.push({
    id: groupId,
    regionCode: team.station.regionCode,
    organisationId: team.station.organisationId,
    stationId: team.station.id,
    name: random.pick(kind.names),
    goal: kind.goal,
    populationGroups: [group],
    serviceField: kind.field,
    leaderIds: leaders.map((l) => l.id),
    plannedSessions: planned,
    stage,
    endingSummary:
      stage === 'termination' ? '小组按计划完成全部节次，组员互助关系已建立，目标基本达成。' : null,
    createdBy: lead.id,
    version: stageDays.length,
    createdAt,
    updatedAt: lastMove > createdAt ? lastMove : createdAt,
  });
  for (const [code, day] of stageDays) {
    const moved = code === 'preparation' ? createdAt : officeHours(random, day);
    rows.service_group_stage.push({
      id: id(moved),
      groupId,
      regionCode: team.station.regionCode,
      stage: code as GroupWorkStage,
      movedAt: moved,
      movedBy: lead.id,
      movedByName: lead.name,
    });
  }
  const pool = candidates(clients, start, group);
  const members = someOf(random, pool, Math.min(pool.length, 6), Math.min(pool.length, 12)).map(
    (client) => {
      const joinedOn = dayBetween(random, addDays(start, -7), start < latest ? start : latest);
      const left =
        sessionDays.length > 2 && random.chance(0.08) ? random.pick(sessionDays.slice(1)) : null;
      return {
        clientId: client.id,
        joinedOn: joinedOn < client.registeredOn ? client.registeredOn : joinedOn,
        leftOn: left,
      };
    },
  );
  for (const member of members)
    rows.service_participant.push({
      id: id(createdAt),
      regionCode: team.station.regionCode,
      groupId,
      activityId: null,
      clientId: member.clientId,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn,
      leftReason: member.leftOn ? '搬离本社区' : null,
      createdBy: lead.id,
      createdAt,
    });
  sessionDays.forEach((day, k) => {
    const row = session(p, { groupId }, day, random.pick(leaders).id, {
      topic: `第${k + 1}节：${kind.goal.slice(0, 8)}`,
    });
    attend(p, row, members, 0.82);
  });
}

/** A community activity (社区活动): named with its participants' attendance, or counted. */
function addActivity(p: Placed) {
  const { random, id, rows, latest, team, clients } = p;
  const type = weighted(random, [
    ['festival', 18],
    ['talk', 22],
    ['advocacy', 14],
    ['recreation', 12],
    ['convenience', 12],
    ['visit', 10],
    ['deliberation', 5],
    ['volunteering', 5],
    ['other', 2],
  ] as const satisfies readonly (readonly [ActivityType, number])[]);
  const first = dayBetween(random, addDays(latest, -540), latest);
  const lead = random.pick(team.workers);
  const createdAt = officeHours(random, addDays(first, -random.int(1, 14)));
  const activityId = id(createdAt);
  const named = random.chance(0.4);
  const groups = someOf(
    random,
    ['elderly', 'children_youth', 'families_in_difficulty', 'disabled'],
    1,
    2,
  );
  rows.community_activity.push({
    id: activityId,
    regionCode: team.station.regionCode,
    organisationId: team.station.organisationId,
    stationId: team.station.id,
    activityType: type,
    title: random.pick(activityTitles[type]),
    serviceField: team.station.serviceFields[0] ?? 'community_building',
    populationGroups: groups,
    participation: named ? 'named' : 'counted',
    description: null,
    createdBy: lead.id,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  });
  const days = [first];
  for (let more = named ? random.int(0, 2) : random.chance(0.3) ? 1 : 0; more > 0; more--) {
    const next = addDays(days.at(-1)!, random.int(7, 21));
    if (next <= latest) days.push(next);
  }
  if (!named) {
    for (const day of days) {
      const counted = random.int(20, 200);
      session(p, { activityId }, day, lead.id, {
        countedParticipants: counted,
        countNote: '现场签到表计数',
        personTimes: counted,
      });
    }
    return;
  }
  const pool = candidates(clients, first);
  const people = someOf(random, pool, Math.min(pool.length, 10), Math.min(pool.length, 30)).map(
    (client) => ({ clientId: client.id, joinedOn: first, leftOn: null }),
  );
  for (const person of people)
    rows.service_participant.push({
      id: id(createdAt),
      regionCode: team.station.regionCode,
      groupId: null,
      activityId,
      clientId: person.clientId,
      joinedOn: person.joinedOn,
      leftOn: null,
      leftReason: null,
      createdBy: lead.id,
      createdAt,
    });
  for (const day of days) attend(p, session(p, { activityId }, day, lead.id, {}), people, 0.85);
}

/**
 * Group work (小组) and community activities (社区活动) at the operated stations over the last 18
 * months: groups of the station's clients in a population group with weekly sessions and
 * attendance, their stages from 筹备 to 结束; activities named (a list, attendance) or counted.
 * Every session keeps its person-times as the sessions service does: the present attendances, or
 * the counted number.
 */
export async function generateGroupwork(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'groupwork');
  const { scale } = context;
  const latest = addDays(context.asOf, -1);
  const teams = await serviceTeams(context);
  const served = stationClients(context);
  const batches = new TableBatches(context.writer, groupTables);
  const { rows } = batches;
  const count = (mean: number) => Math.round(mean * (0.5 + random.next()));
  for (const team of teams) {
    const clients = served.get(team.station.id) ?? [];
    if (clients.length < 3) continue;
    const placed: Placed = { random, id, rows, latest, team, clients };
    const factor = tierFactor[team.station.tier] ?? 1;
    for (let n = count(scale.service.groupsPerStation * factor); n > 0; n--) addGroup(placed);
    for (let n = count(scale.service.activitiesPerStation * factor); n > 0; n--)
      addActivity(placed);
    if (rows.session_attendance.length >= 50_000) await batches.flush();
  }
  await batches.flush();
  return batches.written;
}
