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
import type { Database, Transaction } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { idCursor } from '../../platform/http/keyset-cursor';
import type { DivisionService } from '../divisions';
import type { CaseFiles } from './case-file';
import { reassessmentMonthsAt, reassessmentSettingsAround } from './case-settings.service';
import { caseAssessments, cases } from './casework.table';

const openStatuses = ['open', 'closure_requested'];

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

  async function overdueReassessments(tx: Transaction, actor: Actor, code: string, today: string) {
    const rows = await tx
      .select({
        regionCode: cases.regionCode,
        last: sql<string>`max(${caseAssessments.assessedOn})`,
      })
      .from(cases)
      .innerJoin(caseAssessments, eq(caseAssessments.caseId, cases.id))
      .where(and(inRegion(actor, code), eq(cases.status, 'open')))
      .groupBy(cases.id, cases.regionCode);
    const settings = await reassessmentSettingsAround(tx, code);
    return rows.filter(
      (r) => addMonths(String(r.last), reassessmentMonthsAt(r.regionCode, settings).months) < today,
    ).length;
  }

  return {
    async statistics(actor: Actor, region?: string): Promise<CaseStatistics> {
      const code = regionWithinScope(actor, region);
      const today = chinaToday(clock());
      const since = `${addMonths(`${today.slice(0, 7)}-01`, -11)}`;
      return withScope(database, actor, async (tx) => {
        const where = inRegion(actor, code);
        const open = and(where, inArray(cases.status, openStatuses));
        const [statuses, stages, risks, groups, regions, stationRows, opened, closed, overdue] =
          await Promise.all([
            tx
              .select({ key: cases.status, n: count() })
              .from(cases)
              .where(where)
              .groupBy(cases.status),
            tx
              .select({ key: cases.stage, n: count() })
              .from(cases)
              .where(open)
              .groupBy(cases.stage),
            tx
              .select({ key: cases.riskLevel, n: count() })
              .from(cases)
              .where(open)
              .groupBy(cases.riskLevel),
            tx
              .select({ key: sql<string>`g`, n: count() })
              .from(sql`${cases} cross join lateral unnest(${cases.populationGroups}) as g`)
              .where(open)
              .groupBy(sql`g`),
            tx
              .select({
                key: cases.regionCode,
                open: sql<number>`count(*) filter (where ${cases.status} in ('open', 'closure_requested'))::int`,
                closed: sql<number>`count(*) filter (where ${cases.status} = 'closed')::int`,
              })
              .from(cases)
              .where(where)
              .groupBy(cases.regionCode),
            tx
              .select({
                key: cases.stationId,
                open: sql<number>`count(*) filter (where ${cases.status} in ('open', 'closure_requested'))::int`,
                closed: sql<number>`count(*) filter (where ${cases.status} = 'closed')::int`,
              })
              .from(cases)
              .where(where)
              .groupBy(cases.stationId)
              .orderBy(sql`2 desc`, cases.stationId)
              .limit(10),
            tx
              .select({ key: sql<string>`to_char(${cases.openedOn}, 'YYYY-MM')`, n: count() })
              .from(cases)
              .where(and(where, sql`${cases.openedOn} >= ${since}`))
              .groupBy(sql`1`),
            tx
              .select({ key: sql<string>`to_char(${cases.closedOn}, 'YYYY-MM')`, n: count() })
              .from(cases)
              .where(and(where, eq(cases.status, 'closed'), sql`${cases.closedOn} >= ${since}`))
              .groupBy(sql`1`),
            overdueReassessments(tx, actor, code, today),
          ]);
        const byStatus = new Map(statuses.map((s) => [s.key, s.n]));
        const countsOf = <K extends string>(
          codes: readonly K[],
          rows: { key: string; n: number }[],
        ) => {
          const found = new Map(rows.map((r) => [r.key, r.n]));
          return codes.map((key) => ({ key, count: found.get(key) ?? 0 }));
        };
        const [names, stationNames, children] = await Promise.all([
          divisions.describeRegions([code], actor.request.language),
          files.stationNamesOf(
            tx,
            actor,
            stationRows.map((s) => s.key),
          ),
          divisions.children(code),
        ]);
        // Each case's division counts for the child of the region that holds it.
        const regionCounts = new Map(children.map((c) => [c.code, { open: 0, closed: 0 }]));
        for (const r of regions) {
          const child = children.find((c) => r.key.startsWith(c.code));
          const counts = child && regionCounts.get(child.code);
          if (counts) {
            counts.open += r.open;
            counts.closed += r.closed;
          }
        }
        const months = Array.from({ length: 12 }, (_, i) => addMonths(since, i).slice(0, 7));
        const openedIn = new Map(opened.map((r) => [r.key, r.n]));
        const closedIn = new Map(closed.map((r) => [r.key, r.n]));
        return {
          regionCode: code,
          regionName: names.get(code) ?? code,
          total: statuses.reduce((sum, s) => sum + s.n, 0),
          open: (byStatus.get('open') ?? 0) + (byStatus.get('closure_requested') ?? 0),
          closed: byStatus.get('closed') ?? 0,
          notTaken: byStatus.get('not_taken') ?? 0,
          overdueReassessments: overdue,
          byStage: countsOf(
            caseWorkStages.map((s) => s.code),
            stages,
          ),
          byRisk: countsOf(
            riskLevels.map((r) => r.code),
            risks,
          ),
          byPopulationGroup: countsOf(
            populationGroups.map((g) => g.code),
            groups,
          ),
          byRegion: children.map((child) => ({
            regionCode: child.code,
            regionName: child.name,
            open: regionCounts.get(child.code)?.open ?? 0,
            closed: regionCounts.get(child.code)?.closed ?? 0,
          })),
          byStation: stationRows.map((s) => ({
            stationId: s.key,
            stationName: stationNames.get(s.key) ?? '—',
            open: s.open,
            closed: s.closed,
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
