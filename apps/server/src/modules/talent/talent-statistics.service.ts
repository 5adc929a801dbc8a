import { and, eq, sql } from 'drizzle-orm';
import {
  ageBands,
  certificateLevels,
  chinaToday,
  regionContains,
  serviceYearBands,
  talentTargetYears,
  type TalentCensus,
} from '@shegong/domain';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { queryRows, type Database } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { escapeLike, inRegionScope, withScope } from '../../platform/access/region-scope';
import { certificates } from './certification.table';
import { employments, workers } from './workers.table';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { DivisionService } from '../divisions/divisions.service';
import { bandCase } from './service-years';
import { talentTargets } from './talent-settings.table';

const rankCase = sql.raw(
  `case c.level ${certificateLevels.map((l) => `when '${l.code}' then ${l.rank}`).join(' ')} end`,
);
const levelOfRank = new Map<number, string>(certificateLevels.map((l) => [l.rank, l.code]));

function invalid(path: string, message: { 'zh-CN': string; 'en-US': string }): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/**
 * The talent census: one pass over per-worker facts (age, years in service as the union of their
 * jobs, highest certificate, current employer) grouped every way the survey asks.
 */
export function createTalentStatisticsService(deps: {
  database: Database;
  divisions: DivisionService;
  clock: Clock;
}) {
  const { database, divisions, clock } = deps;

  /** The census of a region today, with the target of `targetYear` (this year by default). */
  async function census(
    actor: Actor,
    regionCode: string,
    targetYear?: number,
  ): Promise<TalentCensus> {
    if (!regionContains(actor.regionCode, regionCode))
      throw notFound({ 'zh-CN': '行政区划', 'en-US': 'Division' });
    const asOf = chinaToday(clock());
    const children = await divisions.children(regionCode);
    const childLength = children[0]?.code.length ?? regionCode.length;
    const prefix = `${escapeLike(regionCode)}%`;

    const { groups, trend, target } = await withScope(database, actor, async (tx) => {
      const groups = await queryRows<{
        dimension: string;
        key: string | null;
        n: number;
        certified: number;
      }>(
        tx,
        sql`
        with scoped as (
          select id, region_code, sex, education_level, social_work_major, birth_date
          from ${workers} where region_code like ${prefix} and ${inRegionScope(workers.regionCode, actor)}),
        jobs as (
          select e.worker_id, e.started_on as s, least(coalesce(e.ended_on, ${asOf}::date), ${asOf}::date) + 1 as t, e.employer_kind, e.ended_on
          from employment e join scoped on scoped.id = e.worker_id where e.started_on <= ${asOf}::date),
        ordered as (
          select *, max(t) over (partition by worker_id order by s rows between unbounded preceding and 1 preceding) as reach from jobs),
        islands as (
          select *, sum(case when reach >= s then 0 else 1 end) over (partition by worker_id order by s) as island from ordered),
        service as (
          select worker_id, sum(t - s) / 365.25 as years from (
            select worker_id, island, min(s) as s, max(t) as t from islands group by worker_id, island) merged group by worker_id),
        current_job as (
          select distinct on (worker_id) worker_id, employer_kind from jobs
          where ended_on is null or ended_on >= ${asOf}::date order by worker_id, s desc),
        levels as (
          select c.worker_id, max(${rankCase}) as rank from certificate c join scoped on scoped.id = c.worker_id
          where c.certified_on <= ${asOf}::date group by c.worker_id),
        facts as (
          select scoped.*, substr(scoped.region_code, 1, ${childLength}) as child,
            date_part('year', age(${asOf}::date, scoped.birth_date)) as age,
            coalesce(service.years, 0) as years, coalesce(levels.rank, -1) as rank,
            coalesce(current_job.employer_kind, 'none') as employer_kind
          from scoped left join service on service.worker_id = scoped.id
            left join levels on levels.worker_id = scoped.id left join current_job on current_job.worker_id = scoped.id)
        select
          case
            when grouping(child) = 0 then 'region' when grouping(sex) = 0 then 'sex'
            when grouping(age_band) = 0 then 'age' when grouping(education_level) = 0 then 'education'
            when grouping(social_work_major) = 0 then 'major' when grouping(service_band) = 0 then 'service'
            when grouping(rank) = 0 then 'level' when grouping(employer_kind) = 0 then 'employer' else 'total' end as dimension,
          coalesce(child, sex, age_band, education_level, social_work_major::text, service_band, rank::text, employer_kind) as key,
          count(*)::int as n,
          count(*) filter (where rank >= 0)::int as certified
        from (select *, ${bandCase(sql.raw('age'), ageBands, false)} as age_band, ${bandCase(sql.raw('years'), serviceYearBands, true)} as service_band from facts) f
        group by grouping sets ((child), (sex), (age_band), (education_level), (social_work_major), (service_band), (rank), (employer_kind), ())`,
      );
      const years = Array.from({ length: 5 }, (_, i) => Number(asOf.slice(0, 4)) - 4 + i);
      const trend = await queryRows<{ year: number; employed: number; certified: number }>(
        tx,
        sql`
        select y.year::int as year,
          (select count(distinct worker_id)::int from ${employments}
            where region_code like ${prefix} and ${inRegionScope(employments.regionCode, actor)}
              and started_on <= make_date(y.year, 12, 31) and (ended_on is null or ended_on >= make_date(y.year, 12, 31))) as employed,
          (select count(distinct worker_id)::int from ${certificates}
            where region_code like ${prefix} and ${inRegionScope(certificates.regionCode, actor)}
              and certified_on <= make_date(y.year, 12, 31)) as certified
        from unnest(${sql.raw(`array[${years.join(',')}]`)}::int[]) as y(year) order by 1`,
      );
      const [target] = await tx
        .select()
        .from(talentTargets)
        .where(
          and(
            eq(talentTargets.regionCode, regionCode),
            eq(talentTargets.year, targetYear ?? Number(asOf.slice(0, 4))),
          ),
        );
      return { groups, trend, target };
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
        // Workers recorded on the region itself rather than a division below it.
        regionName:
          g.key === regionCode ? `${ownName}（本级）` : (names.get(g.key ?? '') ?? g.key ?? ''),
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
    if (!regionContains(actor.regionCode, regionCode))
      throw notFound({ 'zh-CN': '行政区划', 'en-US': 'Division' });
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
