import { and, count, desc, eq, ilike, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type Activity,
  type ActivityDetail,
  type ActivityInput,
  type ActivityListQuery,
  type ActivitySessionInput,
  type ActivityType,
  type ParticipationMode,
  type PopulationGroup,
  type ServiceField,
  type ServiceSession,
  type UpdateActivity,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { escapeLike, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import { AppError, conflict, invalidField, notFound } from '../../platform/errors/app-error';
import { identifies, visibleTo } from './groupwork-scope';
import {
  communityActivities,
  serviceParticipants,
  serviceSessions,
  sessionAttendance,
} from './groupwork.table';
import { namesFor, sessionTotals, stationFor, type RecordDeps } from './groups.service';
import { clientNames, unseenName, type SessionOwner } from './sessions.service';

export const activityEntity = { 'zh-CN': '社区活动', 'en-US': 'Community activity' } as const;
export const activityEntityType = 'community_activity';

export type ActivityRow = typeof communityActivities.$inferSelect;

export const activityOwner = (row: ActivityRow): SessionOwner => ({
  kind: 'activity',
  id: row.id,
  title: row.title,
  regionCode: row.regionCode,
  organisationId: row.organisationId,
  stationId: row.stationId,
  participation: row.participation as ParticipationMode,
});

/** Inserts an activity of the actor's organisation at a station (checked by the caller), audited. */
export async function insertActivity(
  tx: Transaction,
  actor: Actor,
  station: { id: string; regionCode: string },
  input: Omit<ActivityInput, 'stationId'>,
  detail?: Parameters<typeof recordAudit>[2]['detail'],
): Promise<ActivityRow> {
  const [row] = await tx
    .insert(communityActivities)
    .values({
      id: newId(),
      regionCode: station.regionCode,
      organisationId: organisationOf(actor),
      stationId: station.id,
      activityType: input.activityType,
      title: input.title,
      serviceField: input.serviceField,
      populationGroups: input.populationGroups,
      participation: input.participation,
      description: input.description?.trim() || null,
      createdBy: actor.accountId,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: 'create',
    entityType: activityEntityType,
    entityId: row!.id,
    regionCode: station.regionCode,
    ...(detail ? { detail } : {}),
  });
  return row!;
}

/** Community activities (社区活动): sessions, named participants or a counted number, volunteers. */
export function createActivityService(deps: RecordDeps) {
  const { database, clock, clients, sessions } = deps;
  const today = () => chinaToday(clock());

  async function loadOwn(tx: Transaction, actor: Actor, id: string): Promise<ActivityRow> {
    const [row] = await tx
      .select()
      .from(communityActivities)
      .where(and(eq(communityActivities.id, id), visibleTo(actor, communityActivities)));
    if (!row || !identifies(actor, row.organisationId)) throw notFound(activityEntity);
    return row;
  }

  async function present(tx: Transaction, actor: Actor, rows: ActivityRow[]): Promise<Activity[]> {
    const ids = rows.map((r) => r.id);
    const [totals, registered, names] = await Promise.all([
      sessionTotals(tx, serviceSessions.activityId, ids, today()),
      ids.length
        ? tx
            .select({ id: serviceParticipants.activityId, n: count() })
            .from(serviceParticipants)
            .where(isAnyOf(serviceParticipants.activityId, ids))
            .groupBy(serviceParticipants.activityId)
        : Promise.resolve([]),
      namesFor(deps, tx, actor, rows),
    ]);
    const participantsOf = new Map(registered.map((r) => [r.id!, r.n]));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      activityType: row.activityType as ActivityType,
      serviceField: row.serviceField as ServiceField,
      populationGroups: row.populationGroups as PopulationGroup[],
      participation: row.participation as ParticipationMode,
      description: row.description,
      stationId: row.stationId,
      stationName: names.station(row.stationId),
      regionCode: row.regionCode,
      regionName: names.region(row.regionCode),
      organisationId: row.organisationId,
      organisationName: names.organisation(row.organisationId),
      sessionsTotal: totals.get(row.id)?.total ?? 0,
      participants: participantsOf.get(row.id) ?? 0,
      personTimes: totals.get(row.id)?.personTimes ?? 0,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      can: { edit: identifies(actor, row.organisationId) },
    }));
  }

  /** An activity's page: participants by name for its organisation (an audited read). */
  async function detail(actor: Actor, id: string, audit = true): Promise<ActivityDetail> {
    return withScope(database, actor, async (tx) => {
      const [row] = await tx
        .select()
        .from(communityActivities)
        .where(and(eq(communityActivities.id, id), visibleTo(actor, communityActivities)));
      if (!row) throw notFound(activityEntity);
      const identified = identifies(actor, row.organisationId);
      if (identified && audit)
        await recordAudit(tx, actor, {
          action: 'read',
          entityType: activityEntityType,
          entityId: id,
          regionCode: row.regionCode,
        });
      const [[activity], sessionRows, roster, attended] = await Promise.all([
        present(tx, actor, [row]),
        sessions.sessionsOf(tx, { kind: 'activity', id }),
        identified ? sessions.rosterOf(tx, { kind: 'activity', id }) : Promise.resolve([]),
        identified
          ? tx
              .select({ clientId: sessionAttendance.clientId, n: count() })
              .from(sessionAttendance)
              .innerJoin(serviceSessions, eq(serviceSessions.id, sessionAttendance.sessionId))
              .where(
                and(eq(serviceSessions.activityId, id), eq(sessionAttendance.status, 'present')),
              )
              .groupBy(sessionAttendance.clientId)
          : Promise.resolve([]),
      ]);
      const names = await clientNames(
        clients,
        tx,
        actor,
        roster.map((p) => p.clientId),
      );
      const attendedBy = new Map(attended.map((a) => [a.clientId, a.n]));
      return {
        ...activity!,
        identified,
        participantList: roster.map((p) => ({
          id: p.id,
          clientId: p.clientId,
          name: names.get(p.clientId) ?? unseenName[actor.request.language],
          registeredOn: p.joinedOn,
          attended: attendedBy.get(p.clientId) ?? 0,
        })),
        sessions: sessions.present(sessionRows, identified),
      };
    });
  }

  return {
    async list(actor: Actor, query: ActivityListQuery) {
      return withScope(database, actor, async (tx) => {
        const where = and(
          visibleTo(actor, communityActivities),
          query.stationId ? eq(communityActivities.stationId, query.stationId) : undefined,
          query.activityType ? eq(communityActivities.activityType, query.activityType) : undefined,
          query.q ? ilike(communityActivities.title, `%${escapeLike(query.q)}%`) : undefined,
        );
        const [counted] = await tx.select({ n: count() }).from(communityActivities).where(where);
        const rows = await tx
          .select()
          .from(communityActivities)
          .where(where)
          .orderBy(desc(communityActivities.createdAt), desc(communityActivities.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize);
        return { items: await present(tx, actor, rows), total: counted?.n ?? 0 };
      });
    },

    get: (actor: Actor, id: string) => detail(actor, id),

    async create(actor: Actor, input: ActivityInput): Promise<ActivityDetail> {
      organisationOf(actor);
      const row = await withScope(database, actor, async (tx) => {
        const station = await stationFor(deps.stations, tx, actor, input.stationId);
        return insertActivity(tx, actor, station, input);
      });
      return detail(actor, row.id, false);
    },

    async update(actor: Actor, id: string, input: UpdateActivity): Promise<ActivityDetail> {
      await withScope(database, actor, async (tx) => {
        const before = await loadOwn(tx, actor, id);
        const { version, description, ...fields } = input;
        if (version !== before.version) throw new AppError('VERSION_CONFLICT');
        await writeVersioned(
          tx,
          actor,
          { table: communityActivities, entityType: activityEntityType },
          before,
          {
            ...fields,
            ...(description === undefined ? {} : { description: description?.trim() || null }),
          },
          { now: clock() },
        );
      });
      return detail(actor, id, false);
    },

    /** Registers a client the organisation serves for a named activity: they are on its sheets. */
    async addParticipant(actor: Actor, id: string, clientId: string): Promise<ActivityDetail> {
      await withScope(database, actor, async (tx) => {
        const activity = await loadOwn(tx, actor, id);
        if (activity.participation !== 'named')
          throw invalidField('body.clientId', {
            'zh-CN': '计数登记的活动没有参与者名单',
            'en-US': 'A counted activity keeps no list of participants',
          });
        await clients.loadServed(tx, actor, clientId, true).catch((error: unknown) => {
          if (error instanceof AppError && error.code === 'NOT_FOUND')
            throw invalidField('body.clientId', {
              'zh-CN': '服务对象不存在或本机构未为其服务',
              'en-US': 'No such client served by your organisation',
            });
          throw error;
        });
        const inserted = await tx
          .insert(serviceParticipants)
          .values({
            id: newId(),
            regionCode: activity.regionCode,
            activityId: id,
            clientId,
            joinedOn: today(),
            createdBy: actor.accountId,
          })
          .onConflictDoNothing()
          .returning({ id: serviceParticipants.id });
        if (inserted.length === 0)
          throw conflict({ 'zh-CN': '该服务对象已登记', 'en-US': 'Already registered' });
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: activityEntityType,
          entityId: id,
          regionCode: activity.regionCode,
          detail: auditNote('activity_participant_added', { client: clientId }),
        });
      });
      return detail(actor, id, false);
    },

    /** Takes a registration back while nobody has marked the person at a session. */
    async removeParticipant(
      actor: Actor,
      id: string,
      participantId: string,
      reason: string,
    ): Promise<ActivityDetail> {
      await withScope(database, actor, async (tx) => {
        const activity = await loadOwn(tx, actor, id);
        const [participant] = await tx
          .select()
          .from(serviceParticipants)
          .where(
            and(eq(serviceParticipants.id, participantId), eq(serviceParticipants.activityId, id)),
          );
        if (!participant) throw notFound({ 'zh-CN': '参与者', 'en-US': 'Participant' });
        const [marked] = await tx
          .select({ n: count() })
          .from(sessionAttendance)
          .innerJoin(serviceSessions, eq(serviceSessions.id, sessionAttendance.sessionId))
          .where(
            and(
              eq(serviceSessions.activityId, id),
              eq(sessionAttendance.clientId, participant.clientId),
            ),
          );
        if ((marked?.n ?? 0) > 0)
          throw conflict({
            'zh-CN': '该参与者已有签到记录，不能移除',
            'en-US': 'The participant is marked at a session: they stay on the list',
          });
        await tx.delete(serviceParticipants).where(eq(serviceParticipants.id, participantId));
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: activityEntityType,
          entityId: id,
          regionCode: activity.regionCode,
          detail: auditNote('activity_participant_removed', {
            client: participant.clientId,
            reason,
          }),
        });
      });
      return detail(actor, id, false);
    },

    /** A session of the activity: where and when; a counted activity's number; its volunteers. */
    async addSession(
      actor: Actor,
      id: string,
      input: ActivitySessionInput,
    ): Promise<ServiceSession> {
      return withScope(database, actor, async (tx) => {
        const activity = await loadOwn(tx, actor, id);
        const row = await sessions.insert(tx, actor, activityOwner(activity), input);
        const rows = await sessions.sessionsOf(tx, { kind: 'activity', id });
        return sessions.present(rows, true).find((s) => s.id === row.id)!;
      });
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;

/**
 * For sheets that name an activity by its title and a day: the actor's organisation's
 * activities of those titles and their sessions on those days, in two queries for a batch.
 */
export async function activitiesOfSheet(
  tx: Transaction,
  actor: Actor,
  rows: readonly { title: string; heldOn: string }[],
) {
  const activities = await activitiesTitled(
    tx,
    actor,
    rows.map((r) => r.title),
  );
  const sessions = await sessionsOn(
    tx,
    activities.map((a) => a.id),
    rows.map((r) => r.heldOn),
  );
  return { activities, sessions };
}

/** Activities of the actor's organisation by title at stations, for sheets that name them. */
async function activitiesTitled(
  tx: Transaction,
  actor: Actor,
  titles: readonly string[],
): Promise<ActivityRow[]> {
  if (titles.length === 0) return [];
  return tx
    .select()
    .from(communityActivities)
    .where(
      and(
        isAnyOf(communityActivities.title, [...new Set(titles)]),
        eq(communityActivities.organisationId, organisationOf(actor)),
        visibleTo(actor, communityActivities),
      ),
    );
}

/** Sessions of activities on given days, for sheets that name an activity and a date. */
async function sessionsOn(
  tx: Transaction,
  activityIds: readonly string[],
  days: readonly string[],
) {
  if (activityIds.length === 0 || days.length === 0) return [];
  return tx
    .select()
    .from(serviceSessions)
    .where(
      and(
        isAnyOf(serviceSessions.activityId, activityIds),
        sql`${serviceSessions.heldOn} = any(${sql.param([...new Set(days)])}::date[])`,
      ),
    );
}
