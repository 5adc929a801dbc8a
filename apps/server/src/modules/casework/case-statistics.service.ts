import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import {
  addMonths,
  caseWorkStages,
  chinaToday,
  populationGroups,
  riskLevels,
  type AnonymousCase,
  type AnonymousCaseQuery,
  type CaseStatistics,
  type CaseWorkStage,
} from '@shegong/domain';
import { queryRows, type Database, type Transaction } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { idCursor } from '../../platform/http/keyset-cursor';
import { childDivisionSql, type DivisionService } from '../divisions';
import type { CaseFiles } from './case-file';
import { reassessmentMonthsSql, reassessmentSettingsAround } from './case-settings.service';
import { cases } from './casework.table';

const openStatuses = ['open', 'closure_requested'];

/** A row of the grouping sets: the set it belongs to, the case status and the set's key. */
interface CountRow {
  set: 'status' | 'stage' | 'risk' | 'region' | 'station' | 'opened' | 'closed';
  status: string | null;
  key: string | null;
  n: number;
  overdue: number;
}

/**
 * What the offices see of case work in their region: counts, and cases without names or content.
 * Every query is the region's; nothing of a person leaves here.
 */
export function createCaseStatisticsService({
  database,
  clock,
  divisions,
  files,
}: {
  database: Database;
  clock: Clock;
  divisions: Pick<DivisionService, 'describeRegions' | 'children'>;
  files: Pick<CaseFiles, 'stationNamesOf'>;
}) {
  const inRegion = (actor: Actor, code: string): SQL =>
    and(inRegionScope(cases.regionCode, actor), startsWith(cases.regionCode, code))!;

  /**
   * One pass over the region's cases, counted by grouping sets: by status, and by status with the
   * stage, the risk, the child division and the station; opened by month; closed by month. Each row
   * also counts the open cases past their re-assessment (the interval in force where each is).
   */
  async function caseCounts(
    tx: Transaction,
    actor: Actor,
    code: string,
    today: string,
    since: string,
    children: readonly { code: string }[],
  ) {
    const months = reassessmentMonthsSql(
      cases.regionCode,
      await reassessmentSettingsAround(tx, code),
    );
    const child = childDivisionSql(cases.regionCode, code, children);
    return queryRows<CountRow>(
      tx,
      sql`select
          case when grouping(stage) = 0 then 'stage' when grouping(risk) = 0 then 'risk'
            when grouping(child) = 0 then 'region' when grouping(station) = 0 then 'station'
            when grouping(opened) = 0 then 'opened' when grouping(closed) = 0 then 'closed'
            else 'status' end as "set",
          status, coalesce(stage, risk, child, station::text, opened, closed) as key,
          count(*)::int as n, (count(*) filter (where overdue))::int as overdue
        from (select ${cases.status} as status, ${cases.stage} as stage, ${cases.riskLevel} as risk,
            ${child} as child, ${cases.stationId} as station,
            case when ${cases.openedOn} >= ${since} then to_char(${cases.openedOn}, 'YYYY-MM') end as opened,
            case when ${cases.closedOn} >= ${since} then to_char(${cases.closedOn}, 'YYYY-MM') end as closed,
            ${cases.status} = 'open'
              and ${cases.lastAssessedOn} + make_interval(months => ${months}) < ${today}::date as overdue
          from ${cases} where ${inRegion(actor, code)}) as counted
        group by grouping sets ((status), (status, stage), (status, risk), (status, child),
          (status, station), (opened), (status, closed))`,
    );
  }

  return {
    async statistics(actor: Actor, region?: string): Promise<CaseStatistics> {
      const code = regionWithinScope(actor, region);
      const today = chinaToday(clock());
      const since = `${addMonths(`${today.slice(0, 7)}-01`, -11)}`;
      const [names, children] = await Promise.all([
        divisions.describeRegions([code], actor.request.language),
        divisions.children(code),
      ]);
      return withScope(database, actor, async (tx) => {
        const open = and(inRegion(actor, code), inArray(cases.status, openStatuses));
        const [counts, groups] = await Promise.all([
          caseCounts(tx, actor, code, today, since, children),
          tx
            .select({ key: sql<string>`g`, n: count() })
            .from(sql`${cases} cross join lateral unnest(${cases.populationGroups}) as g`)
            .where(open)
            .groupBy(sql`g`),
        ]);
        const inSet = (set: CountRow['set']) => counts.filter((r) => r.set === set);
        const isOpen = (r: CountRow) => openStatuses.includes(r.status ?? '');
        const byStatus = new Map(inSet('status').map((r) => [r.status, r]));
        /** The open cases of a set by key, as the figures list each code of `codes`. */
        const openCountsOf = <K extends string>(codes: readonly K[], rows: CountRow[]) =>
          codes.map((key) => ({
            key,
            count: rows.filter((r) => r.key === key && isOpen(r)).reduce((n, r) => n + r.n, 0),
          }));
        /** Open and closed cases of a set's keys. */
        const openAndClosed = (rows: CountRow[]) => {
          const byKey = new Map<string, { open: number; closed: number }>();
          for (const r of rows) {
            const counted = byKey.get(r.key ?? '') ?? { open: 0, closed: 0 };
            if (isOpen(r)) counted.open += r.n;
            if (r.status === 'closed') counted.closed += r.n;
            byKey.set(r.key ?? '', counted);
          }
          return byKey;
        };
        const regionCounts = openAndClosed(inSet('region'));
        const stationRows = [...openAndClosed(inSet('station'))]
          .map(([stationId, figures]) => ({ stationId, ...figures }))
          .sort((a, b) => b.open - a.open || (a.stationId < b.stationId ? -1 : 1))
          .slice(0, 10);
        const stationNames = await files.stationNamesOf(
          tx,
          actor,
          stationRows.map((s) => s.stationId),
        );
        const perMonth = (rows: CountRow[]) => {
          const n = new Map<string, number>();
          for (const r of rows) if (r.key) n.set(r.key, (n.get(r.key) ?? 0) + r.n);
          return n;
        };
        const months = Array.from({ length: 12 }, (_, i) => addMonths(since, i).slice(0, 7));
        const openedIn = perMonth(inSet('opened'));
        const closedIn = perMonth(inSet('closed').filter((r) => r.status === 'closed'));
        const statusCount = (status: string) => byStatus.get(status)?.n ?? 0;
        return {
          regionCode: code,
          regionName: names.get(code) ?? code,
          total: inSet('status').reduce((sum, r) => sum + r.n, 0),
          open: statusCount('open') + statusCount('closure_requested'),
          closed: statusCount('closed'),
          notTaken: statusCount('not_taken'),
          overdueReassessments: byStatus.get('open')?.overdue ?? 0,
          byStage: openCountsOf(
            caseWorkStages.map((s) => s.code),
            inSet('stage'),
          ),
          byRisk: openCountsOf(
            riskLevels.map((r) => r.code),
            inSet('risk'),
          ),
          byPopulationGroup: populationGroups.map((g) => ({
            key: g.code,
            count: groups.find((r) => r.key === g.code)?.n ?? 0,
          })),
          byRegion: children.map((child) => ({
            regionCode: child.code,
            regionName: child.name,
            open: regionCounts.get(child.code)?.open ?? 0,
            closed: regionCounts.get(child.code)?.closed ?? 0,
          })),
          byStation: stationRows.map((s) => ({
            stationName: stationNames.get(s.stationId) ?? '—',
            ...s,
          })),
          byMonth: months.map((month) => ({
            month,
            opened: openedIn.get(month) ?? 0,
            closed: closedIn.get(month) ?? 0,
          })),
        };
      });
    },

    /** Cases of the region without a name or a word of content, newest first. */
    async anonymousList(actor: Actor, query: AnonymousCaseQuery) {
      const code = regionWithinScope(actor, query.region);
      const after = query.cursor ? idCursor.decode(query.cursor) : null;
      return withScope(database, actor, async (tx) => {
        const rows = await tx
          .select({
            id: cases.id,
            stationId: cases.stationId,
            regionCode: cases.regionCode,
            stage: cases.stage,
            status: cases.status,
            riskLevel: cases.riskLevel,
            populationGroups: cases.populationGroups,
            openedOn: cases.openedOn,
            closedOn: cases.closedOn,
          })
          .from(cases)
          .where(
            and(
              inRegion(actor, code),
              query.stage ? eq(cases.stage, query.stage) : undefined,
              query.status ? eq(cases.status, query.status) : undefined,
              query.riskLevel ? eq(cases.riskLevel, query.riskLevel) : undefined,
              query.populationGroup
                ? sql`${query.populationGroup} = any(${cases.populationGroups})`
                : undefined,
              query.stationId ? eq(cases.stationId, query.stationId) : undefined,
              after ? lt(cases.id, after) : undefined,
            ),
          )
          .orderBy(desc(cases.id))
          .limit(query.limit + 1);
        const page = rows.slice(0, query.limit);
        const [regionNames, stationNames] = await Promise.all([
          divisions.describeRegions(
            [...new Set(page.map((r) => r.regionCode))],
            actor.request.language,
          ),
          files.stationNamesOf(
            tx,
            actor,
            page.map((r) => r.stationId),
          ),
        ]);
        return {
          items: page.map((r): AnonymousCase => ({
            ...r,
            stationName: stationNames.get(r.stationId) ?? '—',
            regionName: regionNames.get(r.regionCode) ?? r.regionCode,
            stage: r.stage as CaseWorkStage,
            status: r.status as AnonymousCase['status'],
            riskLevel: r.riskLevel as AnonymousCase['riskLevel'],
            populationGroups: r.populationGroups as AnonymousCase['populationGroups'],
          })),
          nextCursor:
            rows.length > query.limit && page.length > 0 ? idCursor.encode(page.at(-1)!.id) : null,
        };
      });
    },
  };
}

export type CaseStatisticsService = ReturnType<typeof createCaseStatisticsService>;
