import { sql, type SQL } from 'drizzle-orm';
import {
  ageBands,
  certificateLevels,
  serviceYearBands,
  type WorkerListQuery,
} from '@shegong/domain';
import { queryRows, type Transaction } from '../../../db/connection';
import { startsWith } from '../../../db/text-prefix';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope } from '../../../platform/access/region-scope';
import { censusStale, workerCensusFacts } from './census.table';
import { certificates } from '../certification/certification.table';
import { employments } from '../careers/careers.table';
import { workers } from '../registry/workers.table';

/** How many year-ends the census trend shows: this year and the four before it. */
export const trendYears = 5;

const rankOf = new Map<string, number>(certificateLevels.map((l) => [l.code, l.rank]));
const rankCase = sql.raw(
  `case c.level ${certificateLevels.map((l) => `when '${l.code}' then ${l.rank}`).join(' ')} end`,
);

/**
 * The census band of a value: the first band whose [min, max) (or [min, max]) holds it, else the
 * last band. The census facts store it, so the census and the worker list count alike.
 */
export function bandCase(
  value: SQL,
  bands: readonly { code: string; min: number; max: number }[],
  upperExclusive: boolean,
): SQL {
  const when = bands.map(
    (b) =>
      sql`when ${value} >= ${sql.raw(String(b.min))} and ${value} ${sql.raw(upperExclusive ? '<' : '<=')} ${sql.raw(String(b.max))} then ${sql.raw(`'${b.code}'`)}`,
  );
  return sql`case ${sql.join(when, sql` `)} else ${sql.raw(`'${bands.at(-1)!.code}'`)} end`;
}

/** Rows of `column`'s table under `regionCode` and inside the actor's scope. */
export function underRegion(
  column: Parameters<typeof startsWith>[0],
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
) {
  return sql`${startsWith(column, regionCode)} and ${inRegionScope(column, actor)}`;
}

/** Bit k of the trend masks: 31 December of the fifth-last year + k, as a date literal. */
function yearEnd(asOf: string, k: number): SQL {
  return sql.raw(`make_date(${Number(asOf.slice(0, 4)) - (trendYears - 1) + k}, 12, 31)`);
}

/**
 * Brings the census facts under `regionCode` up to `asOf`, in one statement: the workers marked
 * stale by a change (their marks are taken) and those whose facts are of another day are derived
 * again — age, years in service as the union of their jobs (an overlap counts once), the highest
 * certificate, the current employer, and for the trend whether they were employed and certified
 * at each of the last five year-ends. Nothing is done when nothing is stale.
 */
export async function refreshCensusFacts(
  tx: Transaction,
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
  asOf: string,
): Promise<void> {
  const day = sql`${asOf}::date`;
  /** A trend mask: bit k set where `test` holds for the k-th year-end. */
  const mask = (test: (yearEnd: SQL) => SQL) =>
    sql.join(
      Array.from(
        { length: trendYears },
        (_, k) =>
          sql`(case when ${test(yearEnd(asOf, k))} then ${sql.raw(String(1 << k))} else 0 end)`,
      ),
      sql` | `,
    );
  const [check] = await queryRows<{ stale: boolean }>(
    tx,
    sql`select exists (select 1 from ${censusStale} where ${underRegion(censusStale.regionCode, actor, regionCode)})
      or exists (select 1 from ${workerCensusFacts} where ${underRegion(workerCensusFacts.regionCode, actor, regionCode)}
        and (as_of < ${day} or as_of > ${day})) as stale`,
  );
  if (!check!.stale) return;
  await tx.execute(sql`
    with marked as (
      delete from ${censusStale} where ${underRegion(censusStale.regionCode, actor, regionCode)}
      returning worker_id),
    stale as (
      select worker_id from marked
      union
      select worker_id from ${workerCensusFacts}
      where ${underRegion(workerCensusFacts.regionCode, actor, regionCode)}
        and (as_of < ${day} or as_of > ${day})),
    scoped as (
      select ${workers.id}, ${workers.regionCode}, ${workers.sex}, ${workers.educationLevel},
        ${workers.socialWorkMajor}, ${workers.birthDate}
      from ${workers} join stale on stale.worker_id = ${workers.id}
      where ${underRegion(workers.regionCode, actor, regionCode)}),
    all_jobs as (
      select e.id, e.worker_id, e.started_on, e.ended_on, e.employer_kind
      from ${employments} e join scoped on scoped.id = e.worker_id),
    jobs as (
      select id, worker_id, started_on as s, least(coalesce(ended_on, ${day}), ${day}) + 1 as t, employer_kind, ended_on
      from all_jobs where started_on <= ${day}),
    ordered as (
      select *, max(t) over (partition by worker_id order by s rows between unbounded preceding and 1 preceding) as reach
      from jobs),
    islands as (
      select *, sum(case when reach >= s then 0 else 1 end) over (partition by worker_id order by s) as island
      from ordered),
    service as (
      select worker_id, sum(t - s) / 365.25 as years from (
        select worker_id, island, min(s) as s, max(t) as t from islands group by worker_id, island) merged
      group by worker_id),
    -- The current job: of the jobs covering the day, the one started last (recorded last on a tie).
    current_job as (
      select distinct on (worker_id) worker_id, employer_kind from jobs
      where ended_on is null or ended_on >= ${day} order by worker_id, s desc, id desc),
    employed_years as (
      select worker_id, bit_or(${mask((y) => sql`started_on <= ${y} and (ended_on is null or ended_on >= ${y})`)}) as mask
      from all_jobs group by worker_id),
    levels as (
      select c.worker_id, max(${rankCase}) filter (where c.certified_on <= ${day}) as rank, min(c.certified_on) as first
      from ${certificates} c join scoped on scoped.id = c.worker_id group by c.worker_id)
    insert into ${workerCensusFacts} (worker_id, region_code, as_of, sex, education_level, social_work_major,
      age_band, service_band, rank, employer_kind, employed_years, certified_years)
    select id, region_code, ${day}, sex, education_level, social_work_major,
      ${bandCase(sql.raw('age'), ageBands, false)}, ${bandCase(sql.raw('years'), serviceYearBands, true)},
      rank, employer_kind, employed_years, certified_years
    from (
      select scoped.*, date_part('year', age(${day}, scoped.birth_date)) as age,
        coalesce(service.years, 0) as years, coalesce(levels.rank, -1) as rank,
        coalesce(current_job.employer_kind, 'none') as employer_kind,
        coalesce(employed_years.mask, 0) as employed_years,
        case when levels.first is null then 0 else ${mask((y) => sql`levels.first <= ${y}`)} end as certified_years
      from scoped
        left join service on service.worker_id = scoped.id
        left join current_job on current_job.worker_id = scoped.id
        left join employed_years on employed_years.worker_id = scoped.id
        left join levels on levels.worker_id = scoped.id) facts
    on conflict (worker_id) do update set
      region_code = excluded.region_code, as_of = excluded.as_of, sex = excluded.sex,
      education_level = excluded.education_level, social_work_major = excluded.social_work_major,
      age_band = excluded.age_band, service_band = excluded.service_band, rank = excluded.rank,
      employer_kind = excluded.employer_kind, employed_years = excluded.employed_years,
      certified_years = excluded.certified_years`);
}

export interface CensusGroup {
  dimension: string;
  key: string | null;
  n: number;
  certified: number;
  /** In the 'trend' groups: the trend masks the group's workers share. */
  employedYears: number | null;
  certifiedYears: number | null;
}

/**
 * The columns of a census group over grouping sets of counted facts (`n` workers a row): the
 * dimension of its set, its bucket (null for the trend and the total), its workers and those
 * certified. `child`, when given, names the column of the divisions (the 'region' dimension).
 */
export function groupColumns(child: 'child' | null): SQL {
  return sql.raw(`case
        ${child ? `when grouping(${child}) = 0 then 'region' ` : ''}when grouping(sex) = 0 then 'sex'
        when grouping(age_band) = 0 then 'age' when grouping(education_level) = 0 then 'education'
        when grouping(social_work_major) = 0 then 'major' when grouping(service_band) = 0 then 'service'
        when grouping(rank) = 0 then 'level' when grouping(employer_kind) = 0 then 'employer'
        when grouping(employed_years) = 0 then 'trend' else 'total' end as dimension,
      coalesce(${child ? `${child}, ` : ''}sex, age_band, education_level, social_work_major::text, service_band, rank::text, employer_kind) as key,
      sum(n)::int as n, coalesce(sum(n) filter (where rank >= 0), 0)::int as certified`);
}

/**
 * The census from fresh facts in one pass: every grouping the survey asks for (children of the
 * region by their code's first `childLength` digits, sex, age band, education, social-work major,
 * years in service, certificate level, employer kind), the total, and the trend masks.
 */
export function censusGroups(
  tx: Transaction,
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
  childLength: number,
): Promise<CensusGroup[]> {
  return queryRows<CensusGroup>(
    tx,
    sql`
    select ${groupColumns('child')},
      employed_years as "employedYears", certified_years as "certifiedYears"
    from (
      -- Workers alike in every column counted once first: the grouping sets then walk fewer rows.
      select child, sex, age_band, education_level, social_work_major, service_band, rank,
        employer_kind, employed_years, certified_years, count(*) as n
      from (
        select substr(region_code, 1, ${childLength}) as child, sex, age_band, education_level,
          social_work_major, service_band, rank, employer_kind, employed_years, certified_years
        from ${workerCensusFacts}
        where ${underRegion(workerCensusFacts.regionCode, actor, regionCode)}) facts
      group by child, sex, age_band, education_level, social_work_major, service_band, rank,
        employer_kind, employed_years, certified_years) f
    group by grouping sets ((child), (sex), (age_band), (education_level), (social_work_major),
      (service_band), (rank), (employer_kind), (employed_years, certified_years), ())`,
  );
}

/** Workers employed, and workers certified, at each of the last five year-ends. */
export function censusTrend(
  groups: CensusGroup[],
  asOf: string,
): { year: number; employed: number; certified: number }[] {
  const trend = groups.filter((g) => g.dimension === 'trend');
  const first = Number(asOf.slice(0, 4)) - (trendYears - 1);
  const having = (bit: number, mask: (g: CensusGroup) => number | null) =>
    trend.filter((g) => (mask(g)! & bit) !== 0).reduce((sum, g) => sum + g.n, 0);
  return Array.from({ length: trendYears }, (_, k) => ({
    year: first + k,
    employed: having(1 << k, (g) => g.employedYears),
    certified: having(1 << k, (g) => g.certifiedYears),
  }));
}

/** Workers whose census facts hold `test` (on the facts row `f`). */
const factsHold = (test: SQL): SQL =>
  sql`exists (select 1 from ${workerCensusFacts} f where f.worker_id = "worker"."id" and ${test})`;

/**
 * The worker-list filters that are census dimensions, read from the census facts so that each
 * list counts exactly as the census does (docs/talent.md, "One definition"): highest certificate
 * held on the day ('any': certified, 'none': not), in post, current employer kind, age band and
 * years-in-service band. Refresh the facts of the region before using them.
 */
export function censusFactFilters(
  query: Pick<WorkerListQuery, 'level' | 'employed' | 'employerKind' | 'ageBand' | 'serviceYears'>,
): SQL[] {
  const where: SQL[] = [];
  if (query.level === 'any') where.push(factsHold(sql`f.rank >= 0`));
  else if (query.level === 'none') where.push(factsHold(sql`f.rank < 0`));
  else if (query.level) where.push(factsHold(sql`f.rank = ${rankOf.get(query.level)!}`));
  if (query.employed !== undefined)
    where.push(factsHold(sql`f.employer_kind ${sql.raw(query.employed ? '<>' : '=')} 'none'`));
  if (query.employerKind) where.push(factsHold(sql`f.employer_kind = ${query.employerKind}`));
  if (query.ageBand) where.push(factsHold(sql`f.age_band = ${query.ageBand}`));
  if (query.serviceYears) where.push(factsHold(sql`f.service_band = ${query.serviceYears}`));
  return where;
}
