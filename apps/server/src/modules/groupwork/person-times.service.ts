import { and, asc, eq, sql } from 'drizzle-orm';
import {
  chinaToday,
  type PersonTimesByDivision,
  type PersonTimesByDivisionQuery,
  type PersonTimesQuery,
  type PersonTimesReport,
  type StationMonth,
  type StationMonthQuery,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { withScope } from '../../platform/access/region-scope';
import { notFound } from '../../platform/errors/app-error';
import { childDivisionSql, type DivisionService } from '../divisions';
import { stationsInScope } from '../stations';
import { visibleTo } from './groupwork-scope';
import { communityActivities, serviceGroups, serviceSessions } from './groupwork.table';
import { namesFor, type RecordDeps } from './groups.service';

/** What other modules and dashboards ask of person-times: a period, and where. */
export interface PersonTimesFilter {
  /** First and last day counted (`YYYY-MM-DD`); days still to come never count. */
  from: string;
  to: string;
  /** A region inside the actor's scope (its prefix). */
  region?: string;
  stationIds?: readonly string[];
  organisationIds?: readonly string[];
}

export interface PersonTimesByMonth {
  stationId: string;
  organisationId: string;
  regionCode: string;
  /** `YYYY-MM`. */
  month: string;
  groupSessions: number;
  activitySessions: number;
  groupPersonTimes: number;
  activityPersonTimes: number;
  personTimes: number;
  /** Minutes of the sessions held: the group and community work's service hours. */
  sessionMinutes: number;
}

/** The first and the last day of months `from`…`to` (`YYYY-MM`). */
export function daysOfMonths(from: string, to: string) {
  const [year, month] = to.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${from}-01`, to: `${to}-${String(last).padStart(2, '0')}` };
}

const isGroup = sql`${serviceSessions.groupId} is not null`;

/** Sessions and person-times of the sessions a group of rows holds, groups and activities apart. */
const figureColumns = {
  groupSessions: sql<number>`count(*) filter (where ${isGroup})::int`,
  activitySessions: sql<number>`count(*) filter (where not ${isGroup})::int`,
  groupPersonTimes: sql<number>`coalesce(sum(${serviceSessions.personTimes}) filter (where ${isGroup}), 0)::int`,
  activityPersonTimes: sql<number>`coalesce(sum(${serviceSessions.personTimes}) filter (where not ${isGroup}), 0)::int`,
  personTimes: sql<number>`coalesce(sum(${serviceSessions.personTimes}), 0)::int`,
};

const monthOf = sql<string>`to_char(${serviceSessions.heldOn}, 'YYYY-MM')`;

/**
 * 人次 — attendance only: each session's person-times are its present attendances (registered
 * but absent never count) or a counted activity's number, kept with the attendance. These are
 * one aggregate query over sessions, served by the (region, day) and (station, day) indexes.
 */
export function createPersonTimesService(
  deps: Pick<RecordDeps, 'database' | 'clock' | 'organisations'> & {
    divisions: Pick<DivisionService, 'describeRegions' | 'children'>;
  },
) {
  const { database, clock } = deps;
  const today = () => chinaToday(clock());

  function where(actor: Actor, filter: PersonTimesFilter) {
    const last = filter.to < today() ? filter.to : today();
    return and(
      visibleTo(actor, serviceSessions),
      filter.region ? startsWith(serviceSessions.regionCode, filter.region) : undefined,
      filter.stationIds ? isAnyOf(serviceSessions.stationId, filter.stationIds) : undefined,
      filter.organisationIds
        ? isAnyOf(serviceSessions.organisationId, filter.organisationIds)
        : undefined,
      sql`${serviceSessions.heldOn} between ${filter.from} and ${last}`,
    );
  }

  /** Person-times per station, organisation and month, in the actor's scope, in `tx`. */
  async function byStationMonth(
    tx: Transaction,
    actor: Actor,
    filter: PersonTimesFilter,
  ): Promise<PersonTimesByMonth[]> {
    return tx
      .select({
        stationId: serviceSessions.stationId,
        organisationId: serviceSessions.organisationId,
        regionCode: serviceSessions.regionCode,
        month: monthOf,
        ...figureColumns,
        sessionMinutes: sql<number>`coalesce(sum(${serviceSessions.durationMinutes}), 0)::int`,
      })
      .from(serviceSessions)
      .where(where(actor, filter))
      .groupBy(
        serviceSessions.stationId,
        serviceSessions.organisationId,
        serviceSessions.regionCode,
        monthOf,
      )
      .orderBy(monthOf, asc(serviceSessions.regionCode), asc(serviceSessions.stationId));
  }

  /** Person-times and sessions held of groups or activities, by id, in the actor's scope. */
  async function ofRecords(
    tx: Transaction,
    actor: Actor,
    kind: 'group' | 'activity',
    ids: readonly string[],
  ): Promise<Map<string, { sessions: number; personTimes: number }>> {
    if (ids.length === 0) return new Map();
    const column = kind === 'group' ? serviceSessions.groupId : serviceSessions.activityId;
    const rows = await tx
      .select({
        id: sql<string>`${column}`,
        sessions: sql<number>`count(*)::int`,
        personTimes: sql<number>`coalesce(sum(${serviceSessions.personTimes}), 0)::int`,
      })
      .from(serviceSessions)
      .where(
        and(
          isAnyOf(column, ids),
          visibleTo(actor, serviceSessions),
          sql`${serviceSessions.heldOn} <= ${today()}`,
        ),
      )
      .groupBy(column);
    return new Map(rows.map((r) => [r.id, { sessions: r.sessions, personTimes: r.personTimes }]));
  }

  return {
    byStationMonth,
    ofRecords,

    /** The report of the person-times page: rows named, and their total. */
    async report(actor: Actor, query: PersonTimesQuery): Promise<PersonTimesReport> {
      return withScope(database, actor, async (tx) => {
        const rows = await byStationMonth(tx, actor, {
          ...daysOfMonths(query.from, query.to),
          ...(query.region ? { region: query.region } : {}),
          ...(query.stationId ? { stationIds: [query.stationId] } : {}),
        });
        const names = await namesFor(deps, tx, actor, rows);
        return {
          rows: rows.map((row) => ({
            ...row,
            stationName: names.station(row.stationId),
            regionName: names.region(row.regionCode),
            organisationName: names.organisation(row.organisationId),
          })),
          total: rows.reduce((sum, row) => sum + row.personTimes, 0),
        };
      });
    },

    /**
     * A region's person-times by month, for each division one level down: what a dashboard of a
     * province draws, a few dozen rows where the station rows would be thousands.
     */
    async byDivision(
      actor: Actor,
      query: PersonTimesByDivisionQuery,
    ): Promise<PersonTimesByDivision> {
      const code = regionWithinScope(actor, query.region);
      const children = await deps.divisions.children(code);
      const division = childDivisionSql(serviceSessions.regionCode, code, children);
      return withScope(database, actor, async (tx) => {
        const rows = await tx
          .select({ regionCode: sql<string>`${division}`, month: monthOf, ...figureColumns })
          .from(serviceSessions)
          .where(where(actor, { ...daysOfMonths(query.from, query.to), region: code }))
          .groupBy(division, monthOf)
          .orderBy(monthOf, division);
        const counted = rows.filter((row) => row.regionCode !== null);
        const names = await deps.divisions.describeRegions(
          [code, ...new Set(counted.map((row) => row.regionCode))],
          actor.request.language,
        );
        return {
          regionCode: code,
          regionName: names.get(code) ?? code,
          rows: counted.map((row) => ({
            ...row,
            regionName: names.get(row.regionCode) ?? row.regionCode,
          })),
          total: counted.reduce((sum, row) => sum + row.personTimes, 0),
        };
      });
    },

    /** A station's month: each session held with its person-times (the reader's share of them). */
    async stationMonth(actor: Actor, query: StationMonthQuery): Promise<StationMonth> {
      return withScope(database, actor, async (tx) => {
        const station = (await stationsInScope(tx, actor, [query.stationId])).get(query.stationId);
        if (!station) throw notFound({ 'zh-CN': '服务站点', 'en-US': 'Station' });
        const rows = await sessionsOfMonth(tx, actor, query, today());
        const names = await namesFor(deps, tx, actor, rows);
        const sum = (list: typeof rows) => list.reduce((n, r) => n + r.personTimes, 0);
        return {
          stationId: station.id,
          stationName: station.name,
          regionName: names.region(station.regionCode),
          month: query.month,
          personTimes: sum(rows),
          groupPersonTimes: sum(rows.filter((r) => r.groupId)),
          activityPersonTimes: sum(rows.filter((r) => !r.groupId)),
          sessions: rows.map((r) => ({
            id: r.id,
            kind: r.groupId ? 'group' : 'activity',
            recordId: (r.groupId ?? r.activityId)!,
            title: r.title ?? '',
            organisationName: names.organisation(r.organisationId),
            heldOn: r.heldOn,
            durationMinutes: r.durationMinutes,
            personTimes: r.personTimes,
            volunteerCount: r.volunteerCount,
          })),
        };
      });
    },
  };
}

/** The sessions held at a station in a month, with their group's or activity's name. */
export async function sessionsOfMonth(
  tx: Transaction,
  actor: Actor,
  query: StationMonthQuery,
  today: string,
) {
  const { from, to } = daysOfMonths(query.month, query.month);
  return tx
    .select({
      id: serviceSessions.id,
      groupId: serviceSessions.groupId,
      activityId: serviceSessions.activityId,
      title: sql<string | null>`coalesce(${serviceGroups.name}, ${communityActivities.title})`,
      organisationId: serviceSessions.organisationId,
      stationId: serviceSessions.stationId,
      regionCode: serviceSessions.regionCode,
      heldOn: serviceSessions.heldOn,
      durationMinutes: serviceSessions.durationMinutes,
      topic: serviceSessions.topic,
      place: serviceSessions.place,
      contentSummary: serviceSessions.contentSummary,
      countNote: serviceSessions.countNote,
      personTimes: serviceSessions.personTimes,
      volunteerCount: serviceSessions.volunteerCount,
    })
    .from(serviceSessions)
    .leftJoin(serviceGroups, eq(serviceGroups.id, serviceSessions.groupId))
    .leftJoin(communityActivities, eq(communityActivities.id, serviceSessions.activityId))
    .where(
      and(
        eq(serviceSessions.stationId, query.stationId),
        visibleTo(actor, serviceSessions),
        sql`${serviceSessions.heldOn} between ${from} and ${to < today ? to : today}`,
      ),
    )
    .orderBy(asc(serviceSessions.heldOn), asc(serviceSessions.createdAt));
}

export type PersonTimesService = ReturnType<typeof createPersonTimesService>;
