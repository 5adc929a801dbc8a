import { and, asc, eq, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type ActivitySessionInput,
  type AttendanceSheet,
  type AttendanceStatus,
  type AuditDetail,
  type GroupSessionInput,
  type ParticipationMode,
  type ServiceSession,
  type UpdateSession,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import type { Clock } from '../../platform/clock';
import { AppError, invalidField, notFound } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import type { ClientService } from '../clients';
import { stationsInScope } from '../stations';
import {
  attendanceProblems,
  memberOn,
  sessionProblems,
  volunteerCountOf,
  type AttendanceEntry,
} from './groupwork-rules';
import { identifies, visibleTo } from './groupwork-scope';
import {
  communityActivities,
  serviceGroups,
  serviceParticipants,
  serviceSessions,
  sessionAttendance,
} from './groupwork.table';

export type SessionRow = typeof serviceSessions.$inferSelect;

export const sessionEntity = { 'zh-CN': '活动场次', 'en-US': 'Session' } as const;
export const sessionEntityType = 'service_session';

/** What a session belongs to: a group, or an activity named or counted. */
export interface SessionOwner {
  kind: 'group' | 'activity';
  id: string;
  title: string;
  regionCode: string;
  organisationId: string;
  stationId: string;
  /** 'group' for a group's sessions; an activity's way of counting. */
  participation: ParticipationMode | 'group';
}

/** A new session of either kind: a group's has a topic, an activity's a place. */
export type NewSession = Omit<GroupSessionInput, 'topic'> &
  Partial<Omit<ActivitySessionInput, 'heldOn' | 'durationMinutes' | 'summary'>> & {
    topic?: string | null;
  };

export interface SessionDeps {
  database: Database;
  clock: Clock;
  clients: Pick<ClientService, 'loadServedMany'>;
}

/** Names of the people on a list, as the organisation serving them knows them. */
export async function clientNames(
  clients: SessionDeps['clients'],
  tx: Transaction,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await clients.loadServedMany(tx, actor, ids);
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** A name for someone on a list the reader cannot see (they moved out of the reader's scope). */
export const unseenName = { 'zh-CN': '（辖区外服务对象）', 'en-US': '(client outside your scope)' };

/**
 * Sessions (节 / 场次) of groups and activities, and their attendance: one write path for the
 * forms, the sheet on the phone and the imports, which keeps each session's person-times.
 */
export function createSessionService({ database, clock, clients }: SessionDeps) {
  const today = () => chinaToday(clock());

  /** Sessions of a record in date order, with how many people are marked on each. */
  async function sessionsOf(tx: Transaction, owner: Pick<SessionOwner, 'kind' | 'id'>) {
    const column = owner.kind === 'group' ? serviceSessions.groupId : serviceSessions.activityId;
    return tx
      .select({
        session: serviceSessions,
        marked: sql<number>`(select count(*)::int from ${sessionAttendance} a
          where a.session_id = "service_session"."id")`,
      })
      .from(serviceSessions)
      .where(eq(column, owner.id))
      .orderBy(
        asc(serviceSessions.heldOn),
        asc(serviceSessions.createdAt),
        asc(serviceSessions.id),
      );
  }

  /** Sessions as responses show them, numbered in date order; notes only to their organisation. */
  function present(
    rows: { session: SessionRow; marked: number }[],
    identified: boolean,
  ): ServiceSession[] {
    const day = today();
    return rows.map(({ session, marked }, index) => ({
      id: session.id,
      kind: session.groupId ? 'group' : 'activity',
      number: index + 1,
      heldOn: session.heldOn,
      durationMinutes: session.durationMinutes,
      topic: session.topic,
      place: session.place,
      summary: identified ? session.contentSummary : null,
      countedParticipants: session.countedParticipants,
      countNote: session.countNote,
      volunteerNames: identified ? session.volunteerNames : [],
      volunteerCount: session.volunteerCount,
      personTimes: session.personTimes,
      marked,
      future: session.heldOn > day,
      version: session.version,
    }));
  }

  /** A counted session's person-times are its number; a named one's come from its attendance. */
  const countedTimes = (counted: number | null | undefined) => counted ?? 0;

  /** Adds a session to a group or an activity (the owner loaded for a write), audited. */
  async function insert(
    tx: Transaction,
    actor: Actor,
    owner: SessionOwner,
    input: NewSession,
    detail?: AuditDetail,
  ): Promise<SessionRow> {
    refuseProblems(sessionProblems(input, owner.participation, today()));
    const names = input.volunteerNames ?? [];
    const [row] = await tx
      .insert(serviceSessions)
      .values({
        id: newId(),
        regionCode: owner.regionCode,
        organisationId: owner.organisationId,
        stationId: owner.stationId,
        groupId: owner.kind === 'group' ? owner.id : null,
        activityId: owner.kind === 'activity' ? owner.id : null,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes,
        topic: input.topic ?? null,
        place: input.place ?? null,
        contentSummary: input.summary ?? null,
        countedParticipants: input.countedParticipants ?? null,
        countNote: input.countNote?.trim() || null,
        volunteerNames: names,
        volunteerCount: volunteerCountOf({
          volunteerNames: names,
          volunteerCount: input.volunteerCount,
        }),
        personTimes: countedTimes(input.countedParticipants),
        createdBy: actor.accountId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: sessionEntityType,
      entityId: row!.id,
      regionCode: owner.regionCode,
      ...(detail ? { detail } : {}),
    });
    return row!;
  }

  /** A session the actor may see, with what it belongs to; for a write, their organisation's. */
  async function load(
    tx: Transaction,
    actor: Actor,
    id: string,
    forWrite: boolean,
  ): Promise<{ session: SessionRow; owner: SessionOwner }> {
    const [found] = await tx
      .select({
        session: serviceSessions,
        groupName: serviceGroups.name,
        activityTitle: communityActivities.title,
        participation: communityActivities.participation,
      })
      .from(serviceSessions)
      .leftJoin(serviceGroups, eq(serviceGroups.id, serviceSessions.groupId))
      .leftJoin(communityActivities, eq(communityActivities.id, serviceSessions.activityId))
      .where(and(eq(serviceSessions.id, id), visibleTo(actor, serviceSessions)));
    if (!found || (forWrite && !identifies(actor, found.session.organisationId)))
      throw notFound(sessionEntity);
    const { session } = found;
    return {
      session,
      owner: {
        kind: session.groupId ? 'group' : 'activity',
        id: (session.groupId ?? session.activityId)!,
        title: found.groupName ?? found.activityTitle ?? '',
        regionCode: session.regionCode,
        organisationId: session.organisationId,
        stationId: session.stationId,
        participation: session.groupId ? 'group' : (found.participation as ParticipationMode),
      },
    };
  }

  /**
   * Who is on the list of a record: a group's memberships (with their dates), an activity's
   * registered participants (always on its list).
   */
  async function rosterOf(tx: Transaction, owner: Pick<SessionOwner, 'kind' | 'id'>) {
    const column =
      owner.kind === 'group' ? serviceParticipants.groupId : serviceParticipants.activityId;
    return tx
      .select({
        id: serviceParticipants.id,
        clientId: serviceParticipants.clientId,
        joinedOn: serviceParticipants.joinedOn,
        leftOn: serviceParticipants.leftOn,
      })
      .from(serviceParticipants)
      .where(eq(column, owner.id))
      .orderBy(asc(serviceParticipants.joinedOn), asc(serviceParticipants.id));
  }

  /** The clients on the list on the session's day. */
  async function listOn(tx: Transaction, owner: SessionOwner, day: string): Promise<Set<string>> {
    const roster = await rosterOf(tx, owner);
    return new Set(
      roster.filter((m) => owner.kind === 'activity' || memberOn(m, day)).map((m) => m.clientId),
    );
  }

  async function marksOf(tx: Transaction, sessionId: string) {
    const rows = await tx
      .select({ clientId: sessionAttendance.clientId, status: sessionAttendance.status })
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, sessionId));
    return new Map(rows.map((r) => [r.clientId, r.status as AttendanceStatus]));
  }

  /** Person-times of named sessions, from their present attendances: kept with the attendance. */
  async function recount(tx: Transaction, sessionIds: readonly string[]) {
    if (sessionIds.length === 0) return;
    await tx.execute(sql`update ${serviceSessions}
      set person_times = (select count(*)::int from ${sessionAttendance} a
        where a.session_id = ${serviceSessions.id} and a.status = 'present')
      where ${isAnyOf(serviceSessions.id, sessionIds)}`);
  }

  /**
   * Writes the attendance of one session (the rules checked by the caller): what differs from
   * what is stored, the session's person-times recounted, one audit event for the session.
   */
  async function writeAttendance(
    tx: Transaction,
    actor: Actor,
    session: Pick<SessionRow, 'id' | 'regionCode'>,
    entries: readonly AttendanceEntry[],
    detail?: AuditDetail,
  ) {
    const stored = await marksOf(tx, session.id);
    const changed = entries.filter((e) => stored.get(e.clientId) !== e.status);
    const counts = {
      created: changed.filter((e) => !stored.has(e.clientId)).length,
      updated: changed.filter((e) => stored.has(e.clientId)).length,
      unchanged: entries.length - changed.length,
    };
    if (changed.length === 0) return counts;
    const now = clock();
    await tx
      .insert(sessionAttendance)
      .values(
        changed.map((e) => ({
          sessionId: session.id,
          clientId: e.clientId,
          regionCode: session.regionCode,
          status: e.status,
          recordedBy: actor.accountId,
          recordedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [sessionAttendance.sessionId, sessionAttendance.clientId],
        set: {
          status: sql`excluded.status`,
          recordedBy: sql`excluded.recorded_by`,
          recordedAt: sql`excluded.recorded_at`,
        },
      });
    await recount(tx, [session.id]);
    const tally = (status: AttendanceStatus) => entries.filter((e) => e.status === status).length;
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: sessionEntityType,
      entityId: session.id,
      regionCode: session.regionCode,
      detail:
        detail ??
        auditNote('attendance_recorded', {
          session: session.id,
          present: tally('present'),
          absent: tally('absent'),
          excused: tally('excused'),
        }),
    });
    return counts;
  }

  /**
   * Corrects a session (loaded for a write). Its fields follow its kind; a session with
   * attendance cannot move to a day still to come, nor to a day when someone marked was not on
   * the list. The form and the person-times import both save through it.
   */
  async function saveChanges(
    tx: Transaction,
    actor: Actor,
    { session, owner }: { session: SessionRow; owner: SessionOwner },
    input: Omit<UpdateSession, 'version'>,
    detail?: AuditDetail,
  ): Promise<SessionRow> {
    const { summary, ...fields } = input;
    const foreign =
      owner.kind === 'group'
        ? ([
            'place',
            'countedParticipants',
            'countNote',
            'volunteerNames',
            'volunteerCount',
          ] as const)
        : (['topic'] as const);
    for (const field of foreign)
      if (fields[field] !== undefined)
        throw invalidField(`body.${field}`, {
          'zh-CN': owner.kind === 'group' ? '小组节次没有此项' : '活动场次没有此项',
          'en-US': 'Sessions of this kind have no such field',
        });
    const next = {
      heldOn: fields.heldOn ?? session.heldOn,
      countedParticipants:
        fields.countedParticipants === undefined
          ? session.countedParticipants
          : fields.countedParticipants,
      countNote: fields.countNote === undefined ? session.countNote : fields.countNote,
      volunteerNames: fields.volunteerNames ?? session.volunteerNames,
      volunteerCount:
        fields.volunteerCount === undefined
          ? fields.volunteerNames
            ? null
            : session.volunteerCount
          : fields.volunteerCount,
    };
    refuseProblems(sessionProblems(next, owner.participation, today()));
    const marks = await marksOf(tx, session.id);
    if (marks.size > 0 && next.heldOn !== session.heldOn) {
      if (next.heldOn > today())
        throw invalidField('body.heldOn', {
          'zh-CN': '已有签到的场次不能改到今天以后',
          'en-US': 'A session with attendance cannot move to a day still to come',
        });
      const listed = await listOn(tx, owner, next.heldOn);
      const off = [...marks.keys()].filter((clientId) => !listed.has(clientId));
      if (off.length > 0)
        throw invalidField('body.heldOn', {
          'zh-CN': `改到 ${next.heldOn} 后有 ${off.length} 名已签到的人不在名单上`,
          'en-US': `On ${next.heldOn}, ${off.length} of those marked were not on the list`,
        });
    }
    return writeVersioned(
      tx,
      actor,
      { table: serviceSessions, entityType: sessionEntityType },
      session,
      {
        ...(fields.heldOn ? { heldOn: fields.heldOn } : {}),
        ...(fields.durationMinutes ? { durationMinutes: fields.durationMinutes } : {}),
        ...(fields.topic ? { topic: fields.topic } : {}),
        ...(fields.place ? { place: fields.place } : {}),
        ...(summary === undefined ? {} : { contentSummary: summary }),
        ...(owner.participation === 'counted'
          ? {
              countedParticipants: next.countedParticipants,
              countNote: next.countNote?.trim() || null,
              personTimes: countedTimes(next.countedParticipants),
            }
          : {}),
        ...(owner.kind === 'activity'
          ? {
              volunteerNames: next.volunteerNames,
              volunteerCount: volunteerCountOf({
                volunteerNames: next.volunteerNames,
                volunteerCount: next.volunteerCount,
              }),
            }
          : {}),
      },
      { now: clock(), ...(detail ? { detail } : {}) },
    );
  }

  async function sheetOf(
    tx: Transaction,
    actor: Actor,
    loaded: { session: SessionRow; owner: SessionOwner },
  ): Promise<AttendanceSheet> {
    const { session, owner } = loaded;
    const [listed, marks, rows, stations] = await Promise.all([
      listOn(tx, owner, session.heldOn),
      marksOf(tx, session.id),
      sessionsOf(tx, owner),
      stationsInScope(tx, actor, [session.stationId]),
    ]);
    const ids = [...new Set([...listed, ...marks.keys()])];
    const names = await clientNames(clients, tx, actor, ids);
    const language = actor.request.language;
    const entries = ids
      .map((clientId) => ({
        clientId,
        name: names.get(clientId) ?? unseenName[language],
        status: marks.get(clientId) ?? null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    const presented = present(rows, true).find((s) => s.id === session.id)!;
    return {
      session: {
        ...presented,
        title: owner.title,
        groupId: session.groupId,
        activityId: session.activityId,
        stationName: stations.get(session.stationId)?.name ?? '',
      },
      entries,
    };
  }

  return {
    sessionsOf,
    present,
    insert,
    load,
    rosterOf,
    listOn,
    recount,
    writeAttendance,
    saveChanges,

    /** The sheet of a session for its organisation's workers: an audited read of who came. */
    async attendanceSheet(actor: Actor, id: string): Promise<AttendanceSheet> {
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id, true);
        await recordAudit(tx, actor, {
          action: 'read',
          entityType: sessionEntityType,
          entityId: id,
          regionCode: loaded.session.regionCode,
        });
        return sheetOf(tx, actor, loaded);
      });
    },

    /** Saves a sheet in one request: each person marked present, absent or excused. */
    async saveAttendance(
      actor: Actor,
      id: string,
      entries: readonly AttendanceEntry[],
    ): Promise<AttendanceSheet> {
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id, true);
        const { session, owner } = loaded;
        const listed = await listOn(tx, owner, session.heldOn);
        refuseProblems(
          attendanceProblems(
            { heldOn: session.heldOn, participation: owner.participation },
            entries,
            listed,
            today(),
          ),
        );
        await writeAttendance(tx, actor, session, entries);
        return sheetOf(tx, actor, await load(tx, actor, id, true));
      });
    },

    async update(actor: Actor, id: string, input: UpdateSession): Promise<ServiceSession> {
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id, true);
        const { version, ...fields } = input;
        if (version !== loaded.session.version) throw new AppError('VERSION_CONFLICT');
        const after = await saveChanges(tx, actor, loaded, fields);
        const rows = await sessionsOf(tx, loaded.owner);
        return present(rows, true).find((s) => s.id === after.id)!;
      });
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
