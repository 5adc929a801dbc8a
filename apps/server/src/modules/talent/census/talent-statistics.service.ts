import { refuseOutsideScope } from '../../../platform/access/region-in-scope';
import { and, eq } from 'drizzle-orm';
import {
  certificateLevels,
  chinaToday,
  talentTargetYears,
  type TalentCensus,
} from '@shegong/domain';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import type { Database } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { withScope } from '../../../platform/access/region-scope';
import type { Clock } from '../../../platform/clock';
import { AppError } from '../../../platform/errors/app-error';
import type { DivisionService } from '../../divisions';
import { countedByCounty, countyCensusGroups, refreshCountyCounts } from './census-counts';
import { censusGroups, censusTrend, refreshCensusFacts } from './census-facts';
import { transferFlows } from '../transfers/transfer-flows';
import { talentTargets } from './census.table';

const levelOfRank = new Map<number, string>(certificateLevels.map((l) => [l.rank, l.code]));

function invalid(path: string, message: { 'zh-CN': string; 'en-US': string }): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/**
 * The talent census: per-worker facts (age, years in service as the union of their jobs, highest
 * certificate, current employer; see census-facts.ts), brought up to date, then grouped every way
 * the survey asks — for a city or a province from the counts of its counties (census-counts.ts).
 */
export function createTalentStatisticsService(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'children' | 'namesOf' | 'scopeName'>;
  clock: Clock;
}) {
  const { database, divisions, clock } = deps;

  /** The census of a region today, with the target of `targetYear` (this year by default). */
  async function census(
    actor: Actor,
    regionCode: string,
    targetYear?: number,
  ): Promise<TalentCensus> {
    refuseOutsideScope(actor, regionCode, 'query.region');
    const asOf = chinaToday(clock());
    const children = await divisions.children(regionCode);
    const childLength = children[0]?.code.length ?? regionCode.length;

    const { groups, trend, flows, target } = await withScope(database, actor, async (tx) => {
      await refreshCensusFacts(tx, actor, regionCode, asOf);
      // A city's or the province's census sums its counties' counts (kept with the facts).
      const byCounty = countedByCounty(regionCode, childLength);
      if (byCounty) await refreshCountyCounts(tx, actor, regionCode);
      const groups = await (byCounty ? countyCensusGroups : censusGroups)(
        tx,
        actor,
        regionCode,
        childLength,
      );
      const trend = censusTrend(groups, asOf);
      const flows = await transferFlows(tx, actor, regionCode, childLength, trend[0]!.year, asOf);
      const [target] = await tx
        .select()
        .from(talentTargets)
        .where(
          and(
            eq(talentTargets.regionCode, regionCode),
            eq(talentTargets.year, targetYear ?? Number(asOf.slice(0, 4))),
          ),
        );
      return { groups, trend, flows, target };
    });

    const dimension = (name: string) => groups.filter((g) => g.dimension === name);
    const buckets = (name: string, keyOf: (key: string) => string = (k) => k) =>
      dimension(name).map((g) => ({ key: keyOf(g.key ?? 'unknown'), count: g.n }));
    const total = dimension('total')[0];
    const names = new Map(children.map((c) => [c.code, c.name]));
    const ownName =
      regionCode === ''
        ? '全国'
        : ((await divisions.namesOf([regionCode])).get(regionCode) ?? regionCode);
    // Workers recorded on the region itself rather than a division below it.
    const childName = (code: string) =>
      code === regionCode ? `${ownName}（本级）` : (names.get(code) ?? code);
    const employedCount = dimension('employer')
      .filter((g) => g.key !== 'none')
      .reduce((sum, g) => sum + g.n, 0);
    return {
      regionCode,
      regionName: await divisions.scopeName(regionCode, actor.request.language),
      asOf,
      total: total?.n ?? 0,
      certified: total?.certified ?? 0,
      certifiedShare: total?.n ? total.certified / total.n : null,
      employed: employedCount,
      byRegion: dimension('region').map((g) => ({
        regionCode: g.key ?? '',
        regionName: childName(g.key ?? ''),
        total: g.n,
        certified: g.certified,
      })),
      bySex: buckets('sex'),
      byAgeBand: buckets('age'),
      byEducation: buckets('education'),
      bySocialWorkMajor: buckets('major', (k) => (k === 'true' ? 'yes' : 'no')),
      byServiceYears: buckets('service'),
      byLevel: buckets('level', (k) => levelOfRank.get(Number(k)) ?? 'none'),
      byEmployerKind: buckets('employer'),
      trend,
      transferFlows: {
        byYear: flows.byYear,
        byRegion: flows.byRegion.map((r) => ({ ...r, regionName: childName(r.regionCode) })),
      },
      target: target
        ? {
            year: target.year,
            targetWorkers: target.targetWorkers,
            targetCertified: target.targetCertified,
          }
        : null,
    };
  }

  /**
   * Sets (or corrects) a region's target for a year — past years for the record, up to ten years
   * ahead for planning; the certified target cannot exceed the workers target.
   */
  async function setTarget(
    actor: Actor,
    regionCode: string,
    input: { year: number; targetWorkers: number; targetCertified: number },
  ) {
    refuseOutsideScope(actor, regionCode, 'query.region');
    const thisYear = Number(chinaToday(clock()).slice(0, 4));
    const lastYear = thisYear + talentTargetYears.aheadMax;
    if (input.year > lastYear)
      throw invalid('body.year', {
        'zh-CN': `目标年度须在 ${talentTargetYears.min} 至 ${lastYear} 年之间`,
        'en-US': `The year must lie between ${talentTargetYears.min} and ${lastYear}`,
      });
    if (input.targetCertified > input.targetWorkers)
      throw invalid('body.targetCertified', {
        'zh-CN': '持证人数目标不能超过人才总数目标',
        'en-US': 'The certified target exceeds the workers target',
      });
    await withScope(database, actor, async (tx) => {
      const [before] = await tx
        .select()
        .from(talentTargets)
        .where(and(eq(talentTargets.regionCode, regionCode), eq(talentTargets.year, input.year)));
      const [after] = await tx
        .insert(talentTargets)
        .values({ regionCode, ...input })
        .onConflictDoUpdate({
          target: [talentTargets.regionCode, talentTargets.year],
          set: {
            targetWorkers: input.targetWorkers,
            targetCertified: input.targetCertified,
            updatedAt: clock(),
          },
        })
        .returning();
      await recordAudit(tx, actor, {
        action: before ? 'update' : 'create',
        entityType: 'talent_target',
        entityId: `${regionCode}:${input.year}`,
        regionCode,
        changes: changedFields(before ?? null, after!),
      });
    });
    return census(actor, regionCode, input.year);
  }

  return { census, setTarget };
}

export type TalentStatisticsService = ReturnType<typeof createTalentStatisticsService>;
