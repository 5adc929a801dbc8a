import { and, count, desc, eq, ilike, isNull, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type AddMember,
  type Group,
  type GroupDetail,
  type GroupInput,
  type GroupListQuery,
  type GroupSessionInput,
  type GroupWorkStage,
  type MemberLeave,
  type MoveGroupStage,
  type PopulationGroup,
  type ServiceField,
  type ServiceSession,
  type UpdateGroup,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { escapeLike, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import type { Clock } from '../../platform/clock';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ClientService } from '../clients';
import type { DivisionService } from '../divisions';
import { stationsInScope } from '../stations';
import { memberOn, stageMoveProblems } from './groupwork-rules';
import {
  checkedLeaders,
  identifies,
  leaderNames,
  leaderOptions,
  visibleTo,
} from './groupwork-scope';
import {
  serviceGroupStages,
  serviceGroups,
  serviceParticipants,
  serviceSessions,
  sessionAttendance,
} from './groupwork.table';
import {
  clientNames,
  unseenName,
  type SessionOwner,
  type SessionService,
} from './sessions.service';

export const groupEntity = { 'zh-CN': '小组', 'en-US': 'Group' } as const;
export const groupEntityType = 'service_group';

type GroupRow = typeof serviceGroups.$inferSelect;

export interface RecordDeps {
  database: Database;
  clock: Clock;
  divisions: Pick<DivisionService, 'describeRegions'>;
  organisations: Pick<ModuleServices['organisations'], 'namesOf'>;
  stations: Pick<ModuleServices['stations'], 'loadRow'>;
  clients: Pick<ClientService, 'loadServed' | 'loadServedMany'>;
  sessions: SessionService;
}

/** A station for a new group or activity: one the actor sees, not closed. */
export async function stationFor(
  stations: RecordDeps['stations'],
  tx: Transaction,
  actor: Actor,
  stationId: string,
) {
  const station = await stations.loadRow(tx, actor, stationId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw invalidField('body.stationId', {
        'zh-CN': '站点不存在或不在您的管辖范围内',
        'en-US': 'No such station in your scope',
      });
    throw error;
  });
  if (station.status === 'closed')
    throw invalidField('body.stationId', {
      'zh-CN': '该站点已撤销',
      'en-US': 'The station is closed',
    });
  return station;
}

/** Names of stations, organisations and regions of a page of records, for presenting them. */
export async function namesFor(
  deps: Pick<RecordDeps, 'divisions' | 'organisations'>,
  tx: Transaction,
  actor: Actor,
  rows: readonly { stationId: string; organisationId: string; regionCode: string }[],
) {
  const [stations, organisations, regions] = await Promise.all([
    stationsInScope(
      tx,
      actor,
      rows.map((r) => r.stationId),
    ),
    deps.organisations.namesOf(
      actor,
      rows.map((r) => r.organisationId),
    ),
    deps.divisions.describeRegions(
      [...new Set(rows.map((r) => r.regionCode))],
      actor.request.language,
    ),
  ]);
  return {
    station: (id: string) => stations.get(id)?.name ?? '—',
    organisation: (id: string) => organisations.get(id) ?? '—',
    region: (code: string) => regions.get(code) ?? code,
  };
}

/** Sessions held and planned, and person-times, of each of `ids` (groups or activities). */
export async function sessionTotals(
  tx: Transaction,
  column: typeof serviceSessions.groupId | typeof serviceSessions.activityId,
  ids: readonly string[],
  today: string,
) {
  if (ids.length === 0)
    return new Map<string, { held: number; total: number; personTimes: number }>();
  const rows = await tx
    .select({
      id: sql<string>`${column}`,
      total: count(),
      held: sql<number>`count(*) filter (where ${serviceSessions.heldOn} <= ${today})::int`,
      personTimes: sql<number>`coalesce(sum(${serviceSessions.personTimes}), 0)::int`,
    })
    .from(serviceSessions)
    .where(isAnyOf(column, ids))
    .groupBy(column);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Groups (小组工作, MZ/T 095-2017): their stages, members, sessions and attendance. */
export function createGroupService(deps: RecordDeps) {
  const { database, clock, clients, sessions } = deps;
  const today = () => chinaToday(clock());

  async function loadOwn(tx: Transaction, actor: Actor, id: string): Promise<GroupRow> {
    const [row] = await tx
      .select()
      .from(serviceGroups)
      .where(and(eq(serviceGroups.id, id), visibleTo(actor, serviceGroups)));
    if (!row || !identifies(actor, row.organisationId)) throw notFound(groupEntity);
    return row;
  }

  const ownerOf = (row: GroupRow): SessionOwner => ({
    kind: 'group',
    id: row.id,
    title: row.name,
    regionCode: row.regionCode,
    organisationId: row.organisationId,
    stationId: row.stationId,
    participation: 'group',
  });

  /** What lists show of groups: counts, no one named. Reads on `tx`; names after (see below). */
  async function facts(tx: Transaction, actor: Actor, rows: GroupRow[]) {
    const ids = rows.map((r) => r.id);
    const day = today();
    const [totals, members, names] = await Promise.all([
      sessionTotals(tx, serviceSessions.groupId, ids, day),
      ids.length
        ? tx
            .select({ id: serviceParticipants.groupId, n: count() })
            .from(serviceParticipants)
            .where(
              and(
                isAnyOf(serviceParticipants.groupId, ids),
                sql`${serviceParticipants.joinedOn} <= ${day}`,
                sql`(${serviceParticipants.leftOn} is null or ${serviceParticipants.leftOn} >= ${day})`,
              ),
            )
            .groupBy(serviceParticipants.groupId)
        : Promise.resolve([]),
      namesFor(deps, tx, actor, rows),
    ]);
    const membersOf = new Map(members.map((m) => [m.id!, m.n]));
    return { totals, membersOf, names };
  }

  /** Groups as responses show them; leaders' accounts are read nationwide, after the scoped work. */
  async function present(
    actor: Actor,
    rows: GroupRow[],
    known: Awaited<ReturnType<typeof facts>>,
  ): Promise<Group[]> {
    const leaders = await leaderNames(
      database,
      rows.flatMap((r) => r.leaderIds),
    );
    return rows.map((row) => {
      const totals = known.totals.get(row.id);
      return {
        id: row.id,
        name: row.name,
        goal: row.goal,
        populationGroups: row.populationGroups as PopulationGroup[],
        serviceField: row.serviceField as ServiceField,
        stationId: row.stationId,
        stationName: known.names.station(row.stationId),
        regionCode: row.regionCode,
        regionName: known.names.region(row.regionCode),
        organisationId: row.organisationId,
        organisationName: known.names.organisation(row.organisationId),
        leaders: row.leaderIds.map((id) => ({ id, name: leaders.get(id) ?? '—' })),
        plannedSessions: row.plannedSessions,
        stage: row.stage as GroupWorkStage,
        sessionsHeld: totals?.held ?? 0,
        sessionsTotal: totals?.total ?? 0,
        members: known.membersOf.get(row.id) ?? 0,
        personTimes: totals?.personTimes ?? 0,
        version: row.version,
        createdAt: row.createdAt.toISOString(),
        can: { edit: identifies(actor, row.organisationId) },
      };
    });
  }

  /** A group's page: for its organisation the members by name and the notes (an audited read). */
  async function detail(actor: Actor, id: string, audit = true): Promise<GroupDetail> {
    const found = await withScope(database, actor, async (tx) => {
      const [row] = await tx
        .select()
        .from(serviceGroups)
        .where(and(eq(serviceGroups.id, id), visibleTo(actor, serviceGroups)));
      if (!row) throw notFound(groupEntity);
      const identified = identifies(actor, row.organisationId);
      if (identified && audit)
        await recordAudit(tx, actor, {
          action: 'read',
          entityType: groupEntityType,
          entityId: id,
          regionCode: row.regionCode,
        });
      const [known, stages, sessionRows, roster, attendedRows] = await Promise.all([
        facts(tx, actor, [row]),
        tx
          .select()
          .from(serviceGroupStages)
          .where(eq(serviceGroupStages.groupId, id))
          .orderBy(serviceGroupStages.movedAt, serviceGroupStages.id),
        sessions.sessionsOf(tx, { kind: 'group', id }),
        identified
          ? tx
              .select()
              .from(serviceParticipants)
              .where(eq(serviceParticipants.groupId, id))
              .orderBy(serviceParticipants.joinedOn, serviceParticipants.id)
          : Promise.resolve([]),
        identified
          ? tx
              .select({ clientId: sessionAttendance.clientId, heldOn: serviceSessions.heldOn })
              .from(sessionAttendance)
              .innerJoin(serviceSessions, eq(serviceSessions.id, sessionAttendance.sessionId))
              .where(and(eq(serviceSessions.groupId, id), eq(sessionAttendance.status, 'present')))
          : Promise.resolve([]),
      ]);
      const names = identified
        ? await clientNames(
            clients,
            tx,
            actor,
            roster.map((m) => m.clientId),
          )
        : new Map<string, string>();
      return { row, identified, known, stages, sessionRows, roster, attendedRows, names };
    });
    const [group] = await present(actor, [found.row], found.known);
    const day = today();
    const language = actor.request.language;
    return {
      ...group!,
      identified: found.identified,
      summary: found.identified ? found.row.endingSummary : null,
      stages: found.stages.map((s) => ({
        stage: s.stage as GroupWorkStage,
        at: s.movedAt.toISOString(),
        byName: s.movedByName,
      })),
      memberList: found.roster.map((m) => ({
        id: m.id,
        clientId: m.clientId,
        name: found.names.get(m.clientId) ?? unseenName[language],
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        leftReason: m.leftReason,
        active: memberOn(m, day),
        attended: found.attendedRows.filter(
          (p) => p.clientId === m.clientId && memberOn(m, p.heldOn),
        ).length,
      })),
      sessions: sessions.present(found.sessionRows, found.identified),
    };
  }

  function conditions(actor: Actor, query: GroupListQuery): SQL {
    return and(
      visibleTo(actor, serviceGroups),
      query.stationId ? eq(serviceGroups.stationId, query.stationId) : undefined,
      query.stage ? eq(serviceGroups.stage, query.stage) : undefined,
      query.q ? ilike(serviceGroups.name, `%${escapeLike(query.q)}%`) : undefined,
    )!;
  }

  return {
    /** Groups in the actor's scope: their organisation's, or (officers) every one, newest first. */
    async list(actor: Actor, query: GroupListQuery) {
      const found = await withScope(database, actor, async (tx) => {
        const where = conditions(actor, query);
        const [counted] = await tx.select({ n: count() }).from(serviceGroups).where(where);
        const rows = await tx
          .select()
          .from(serviceGroups)
          .where(where)
          .orderBy(desc(serviceGroups.createdAt), desc(serviceGroups.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize);
        return { rows, total: counted?.n ?? 0, known: await facts(tx, actor, rows) };
      });
      return { items: await present(actor, found.rows, found.known), total: found.total };
    },

    get: (actor: Actor, id: string) => detail(actor, id),

    /** Social workers of the organisation who may lead a group. */
    leaderOptions: (actor: Actor) => leaderOptions(database, actor),

    /** A new group at a station, in 筹备期, its first stage recorded. */
    async create(actor: Actor, input: GroupInput): Promise<GroupDetail> {
      const organisationId = organisationOf(actor);
      const station = await withScope(database, actor, (tx) =>
        stationFor(deps.stations, tx, actor, input.stationId),
      );
      const leaderIds = await checkedLeaders(database, actor, input.leaderIds, station.regionCode);
      const id = newId();
      await withScope(database, actor, async (tx) => {
        const now = clock();
        await tx.insert(serviceGroups).values({
          id,
          regionCode: station.regionCode,
          organisationId,
          stationId: station.id,
          name: input.name,
          goal: input.goal,
          populationGroups: input.populationGroups,
          serviceField: input.serviceField,
          leaderIds,
          plannedSessions: input.plannedSessions,
          stage: 'preparation',
          createdBy: actor.accountId,
          createdAt: now,
          updatedAt: now,
        });
        await tx.insert(serviceGroupStages).values({
          id: newId(),
          groupId: id,
          regionCode: station.regionCode,
          stage: 'preparation',
          movedAt: now,
          movedBy: actor.accountId,
          movedByName: actor.realName,
        });
        await recordAudit(tx, actor, {
          action: 'create',
          entityType: groupEntityType,
          entityId: id,
          regionCode: station.regionCode,
        });
      });
      return detail(actor, id, false);
    },

    async update(actor: Actor, id: string, input: UpdateGroup): Promise<GroupDetail> {
      const before = await withScope(database, actor, (tx) => loadOwn(tx, actor, id));
      const { version, leaderIds, ...fields } = input;
      if (version !== before.version) throw new AppError('VERSION_CONFLICT');
      const leaders = leaderIds
        ? await checkedLeaders(database, actor, leaderIds, before.regionCode)
        : undefined;
      await withScope(database, actor, (tx) =>
        writeVersioned(
          tx,
          actor,
          { table: serviceGroups, entityType: groupEntityType },
          before,
          { ...fields, ...(leaders ? { leaderIds: leaders } : {}) },
          { now: clock() },
        ),
      );
      return detail(actor, id, false);
    },

    /** The next stage, one at a time; 结束期 with the summary. Each move is on the timeline. */
    async moveStage(actor: Actor, id: string, input: MoveGroupStage): Promise<GroupDetail> {
      await withScope(database, actor, async (tx) => {
        const before = await loadOwn(tx, actor, id);
        if (input.version !== before.version) throw new AppError('VERSION_CONFLICT');
        refuseProblems(
          stageMoveProblems(before.stage as GroupWorkStage, input.stage, input.summary),
        );
        const now = clock();
        await writeVersioned(
          tx,
          actor,
          { table: serviceGroups, entityType: groupEntityType },
          before,
          {
            stage: input.stage,
            ...(input.stage === 'termination' ? { endingSummary: input.summary!.trim() } : {}),
          },
          { now, detail: auditNote('group_stage_moved', { stage: input.stage }) },
        );
        await tx.insert(serviceGroupStages).values({
          id: newId(),
          groupId: id,
          regionCode: before.regionCode,
          stage: input.stage,
          movedAt: now,
          movedBy: actor.accountId,
          movedByName: actor.realName,
        });
      });
      return detail(actor, id, false);
    },

    /** A client the organisation serves joins the group on a day (not one still to come). */
    async addMember(actor: Actor, id: string, input: AddMember): Promise<GroupDetail> {
      await withScope(database, actor, async (tx) => {
        const group = await loadOwn(tx, actor, id);
        if (input.joinedOn > today())
          throw invalidField('body.joinedOn', {
            'zh-CN': '入组日期不能晚于今天',
            'en-US': 'The day of joining cannot be in the future',
          });
        await clients.loadServed(tx, actor, input.clientId, true).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'NOT_FOUND')
            throw invalidField('body.clientId', {
              'zh-CN': '服务对象不存在或本机构未为其服务',
              'en-US': 'No such client served by your organisation',
            });
          throw error;
        });
        const memberships = await tx
          .select()
          .from(serviceParticipants)
          .where(
            and(
              eq(serviceParticipants.groupId, id),
              eq(serviceParticipants.clientId, input.clientId),
            ),
          );
        if (memberships.some((m) => m.leftOn === null))
          throw conflict({ 'zh-CN': '该服务对象已是组员', 'en-US': 'Already a member' });
        const lastLeft = memberships
          .map((m) => m.leftOn!)
          .sort()
          .at(-1);
        if (lastLeft && input.joinedOn <= lastLeft)
          throw invalidField('body.joinedOn', {
            'zh-CN': `再次入组的日期须晚于上次退组的日期（${lastLeft}）`,
            'en-US': `Joining again comes after the day they left (${lastLeft})`,
          });
        await tx.insert(serviceParticipants).values({
          id: newId(),
          regionCode: group.regionCode,
          groupId: id,
          clientId: input.clientId,
          joinedOn: input.joinedOn,
          createdBy: actor.accountId,
        });
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: groupEntityType,
          entityId: id,
          regionCode: group.regionCode,
          detail: auditNote('group_member_joined', {
            client: input.clientId,
            joinedOn: input.joinedOn,
          }),
        });
      });
      return detail(actor, id, false);
    },

    /** A member leaves on a day, not before a session they are marked at. */
    async endMembership(
      actor: Actor,
      id: string,
      memberId: string,
      input: MemberLeave,
    ): Promise<GroupDetail> {
      await withScope(database, actor, async (tx) => {
        const group = await loadOwn(tx, actor, id);
        const [member] = await tx
          .select()
          .from(serviceParticipants)
          .where(and(eq(serviceParticipants.id, memberId), eq(serviceParticipants.groupId, id)));
        if (!member) throw notFound({ 'zh-CN': '组员', 'en-US': 'Member' });
        if (member.leftOn) throw conflict({ 'zh-CN': '该组员已退组', 'en-US': 'Already left' });
        if (input.leftOn > today())
          throw invalidField('body.leftOn', {
            'zh-CN': '退组日期不能晚于今天',
            'en-US': 'The day of leaving cannot be in the future',
          });
        if (input.leftOn < member.joinedOn)
          throw invalidField('body.leftOn', {
            'zh-CN': `退组日期不能早于入组日期（${member.joinedOn}）`,
            'en-US': `Leaving cannot come before joining (${member.joinedOn})`,
          });
        const [marked] = await tx
          .select({ last: sql<string | null>`max(${serviceSessions.heldOn})` })
          .from(sessionAttendance)
          .innerJoin(serviceSessions, eq(serviceSessions.id, sessionAttendance.sessionId))
          .where(
            and(
              eq(serviceSessions.groupId, id),
              eq(sessionAttendance.clientId, member.clientId),
              sql`${serviceSessions.heldOn} >= ${member.joinedOn}`,
            ),
          );
        if (marked?.last && input.leftOn < marked.last)
          throw invalidField('body.leftOn', {
            'zh-CN': `该组员 ${marked.last} 仍有签到记录，退组日期不能早于该日`,
            'en-US': `The member is marked on ${marked.last}: they cannot have left before`,
          });
        await tx
          .update(serviceParticipants)
          .set({ leftOn: input.leftOn, leftReason: input.reason?.trim() || null })
          .where(and(eq(serviceParticipants.id, memberId), isNull(serviceParticipants.leftOn)));
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: groupEntityType,
          entityId: id,
          regionCode: group.regionCode,
          detail: auditNote('group_member_left', {
            client: member.clientId,
            leftOn: input.leftOn,
            reason: input.reason?.trim() || null,
          }),
        });
      });
      return detail(actor, id, false);
    },

    /** A session (节) of the group: a day still to come is planned, and takes no attendance. */
    async addSession(actor: Actor, id: string, input: GroupSessionInput): Promise<ServiceSession> {
      return withScope(database, actor, async (tx) => {
        const group = await loadOwn(tx, actor, id);
        const row = await sessions.insert(tx, actor, ownerOf(group), input);
        const rows = await sessions.sessionsOf(tx, { kind: 'group', id });
        return sessions.present(rows, true).find((s) => s.id === row.id)!;
      });
    },
  };
}

export type GroupService = ReturnType<typeof createGroupService>;
