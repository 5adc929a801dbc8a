import { and, eq, isNotNull } from 'drizzle-orm';
import {
  markScore,
  projectTypes,
  type EvaluationGrade,
  type EvaluationStatistics,
  type EvaluationStatisticsQuery,
  type GradeCounts,
  type IndicatorItem,
  type IndicatorSpread,
  type ItemMarkRecord,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { ModuleServices } from '../../platform/modules/define-module';
import { evaluationAssignments, evaluationRounds, evaluationSheets } from './evaluations.table';

interface Deps {
  database: Database;
  divisions: Pick<ModuleServices['divisions'], 'namesOf' | 'children'>;
}

/** An agency this far (in points of 100) from the others' mean on an indicator stands out. */
export const farFromOthers = 15;

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;

interface FinalRound {
  regionCode: string;
  projectType: string;
  providerName: string;
  total: number | null;
  grade: string | null;
}

function distribution<K extends string>(
  rounds: readonly FinalRound[],
  key: (r: FinalRound) => K,
  label: (key: K) => string,
) {
  const groups = new Map<K, FinalRound[]>();
  for (const r of rounds) {
    const list = groups.get(key(r));
    if (list) list.push(r);
    else groups.set(key(r), [r]);
  }
  return [...groups.entries()]
    .map(([k, list]) => ({
      key: k,
      label: label(k),
      rounds: list.length,
      meanTotal: (() => {
        const m = mean(list.map((r) => r.total ?? 0));
        return m === null ? null : round1(m);
      })(),
      grades: countGrades(list),
    }))
    .sort((a, b) => b.rounds - a.rounds || a.label.localeCompare(b.label));
}

function countGrades(rounds: readonly { grade: string | null }[]): GradeCounts {
  const counts: GradeCounts = { excellent: 0, good: 0, pass: 0, fail: 0 };
  for (const r of rounds) if (r.grade) counts[r.grade as EvaluationGrade] += 1;
  return counts;
}

/**
 * 一个标准: the grades of a region's final rounds by county, type and provider, and for each
 * indicator how each agency's evaluators score it against the other agencies — so a department
 * sees an agency that scores far from the rest.
 */
export function createStatisticsService({ database, divisions }: Deps) {
  async function statistics(
    actor: Actor,
    query: EvaluationStatisticsQuery,
  ): Promise<EvaluationStatistics> {
    const region = regionWithinScope(actor, query.region);
    const [children, names] = await Promise.all([
      divisions.children(region),
      divisions.namesOf([region]),
    ]);
    return withScope(database, actor, async (tx) => {
      const scope = and(
        startsWith(evaluationRounds.regionCode, region),
        inRegionScope(evaluationRounds.regionCode, actor),
        query.year ? eq(evaluationRounds.year, query.year) : undefined,
      );
      const [rounds, scored, sheets] = await Promise.all([
        tx
          .select({
            regionCode: evaluationRounds.regionCode,
            projectType: evaluationRounds.projectType,
            providerName: evaluationRounds.providerName,
            total: evaluationRounds.total,
            grade: evaluationRounds.grade,
          })
          .from(evaluationRounds)
          .where(and(scope, eq(evaluationRounds.status, 'final'))),
        // Every round past its lock with its items, once: sent with each of its sheets, a
        // province's items (15 MB in the bench) came two and a half times over.
        tx
          .select({
            id: evaluationRounds.id,
            template: evaluationRounds.indicatorLabel,
            items: evaluationRounds.items,
          })
          .from(evaluationRounds)
          .where(and(scope, isNotNull(evaluationRounds.lockedAt))),
        // The evaluators' submitted sheets of those rounds, with their agency.
        tx
          .select({
            roundId: evaluationSheets.roundId,
            marks: evaluationSheets.marks,
            agencyName: evaluationAssignments.agencyName,
          })
          .from(evaluationSheets)
          .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationSheets.roundId))
          .innerJoin(
            evaluationAssignments,
            eq(evaluationAssignments.id, evaluationSheets.assignmentId),
          )
          .where(
            and(
              scope,
              eq(evaluationSheets.status, 'submitted'),
              isNotNull(evaluationRounds.lockedAt),
            ),
          ),
      ]);
      const roundsById = new Map(
        scored.map((r) => [
          r.id,
          { template: r.template, items: new Map(r.items.map((i) => [i.key, i])) },
        ]),
      );
      const childOf = (code: string) =>
        children.find((c) => code.startsWith(c.code)) ?? {
          code: region,
          name: names.get(region) ?? region,
        };
      return {
        regionCode: region,
        regionName: names.get(region) ?? region,
        year: query.year ?? null,
        rounds: rounds.length,
        grades: countGrades(rounds),
        byRegion: distribution(
          rounds,
          (r) => childOf(r.regionCode).code,
          (code) => children.find((c) => c.code === code)?.name ?? names.get(code) ?? code,
        ),
        byType: distribution(
          rounds,
          (r) => r.projectType as (typeof projectTypes)[number]['code'],
          (type) => projectTypes.find((p) => p.code === type)?.['zh-CN'] ?? type,
        ),
        byProvider: distribution(
          rounds,
          (r) => r.providerName,
          (name) => name,
        ),
        spread: spreadOf(
          sheets.flatMap((sheet) => {
            const round = roundsById.get(sheet.roundId);
            return round ? [{ ...sheet, items: round.items, template: round.template }] : [];
          }),
        ),
      };
    });
  }

  return { statistics };
}

function spreadOf(
  sheets: readonly {
    items: ReadonlyMap<string, IndicatorItem>;
    template: string;
    marks: ItemMarkRecord[];
    agencyName: string;
  }[],
): IndicatorSpread[] {
  // (template, item) → agency → the item's scores as shares of its points.
  const shares = new Map<
    string,
    { template: string; key: string; name: string; byAgency: Map<string, number[]> }
  >();
  for (const sheet of sheets)
    for (const m of sheet.marks) {
      const item = sheet.items.get(m.key);
      if (!item || !item.points) continue;
      const score = markScore(item, m);
      if (score === null) continue;
      const id = `${sheet.template}\u0000${item.key}`;
      const entry = shares.get(id) ?? {
        template: sheet.template,
        key: item.key,
        name: item.name,
        byAgency: new Map(),
      };
      // Pushed in place: copying the list for each mark made a province's spread take seconds.
      const values = entry.byAgency.get(sheet.agencyName);
      if (values) values.push((score / item.points) * 100);
      else entry.byAgency.set(sheet.agencyName, [(score / item.points) * 100]);
      shares.set(id, entry);
    }
  return [...shares.values()].map((entry) => {
    const all = [...entry.byAgency.values()].flat();
    const agencies = [...entry.byAgency.entries()].map(([agencyName, values]) => {
      const others = [...entry.byAgency.entries()]
        .filter(([a]) => a !== agencyName)
        .flatMap(([, v]) => v);
      const own = mean(values)!;
      const othersMean = mean(others);
      return {
        agencyName,
        sheets: values.length,
        mean: round1(own),
        othersMean: othersMean === null ? null : round1(othersMean),
        far: othersMean !== null && Math.abs(own - othersMean) >= farFromOthers,
      };
    });
    return {
      template: entry.template,
      itemKey: entry.key,
      itemName: entry.name,
      sheets: all.length,
      mean: round1(mean(all)!),
      agencies: agencies.sort((a, b) => a.agencyName.localeCompare(b.agencyName)),
    };
  });
}
export type StatisticsService = ReturnType<typeof createStatisticsService>;
