import { sql, type SQL } from 'drizzle-orm';
import { isAnyOf } from '../../../db/any-of';
import { queryRows, type Transaction } from '../../../db/connection';
import { startsWith } from '../../../db/text-prefix';
import type { Actor } from '../../../platform/access/actor';
import { censusCountStale, censusCountyCounts, workerCensusFacts } from './census.table';
import { groupColumns, underRegion, type CensusGroup } from './census-facts';

/** How many digits of a region code name its county: the counts are kept per county. */
const countyLength = 6;

/**
 * Whether the census of `regionCode`, grouped by the first `childLength` digits, can be summed from
 * the county counts: a country, a province or a city, whose divisions are counties or larger.
 * A county's census (by township) groups its own workers' facts: a few thousand rows.
 */
export function countedByCounty(regionCode: string, childLength: number): boolean {
  return regionCode.length < countyLength && childLength <= countyLength;
}

/** The county of a facts row's region code: its first six digits, or the whole code when shorter. */
const countyOf = (column: SQL | typeof workerCensusFacts.regionCode) =>
  sql`substr(${column}, 1, ${sql.raw(String(countyLength))})`;

/**
 * Derives again the counts of the counties under `regionCode` whose facts changed (marked by the
 * triggers on worker_census_fact; refresh the facts first). One refresh at a time: two requests
 * deriving the same county side by side would each add its rows. Nothing is done when nothing is
 * marked.
 */
export async function refreshCountyCounts(
  tx: Transaction,
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
): Promise<void> {
  const marked = sql`select 1 from ${censusCountStale} where ${underRegion(censusCountStale.regionCode, actor, regionCode)}`;
  const [check] = await queryRows<{ stale: boolean }>(tx, sql`select exists (${marked}) as stale`);
  if (!check!.stale) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('census_county_count'))`);
  // Taken after the lock: a refresh that ran meanwhile took its marks and committed its counts.
  const counties = (
    await queryRows<{ county: string }>(
      tx,
      sql`
      with taken as (
        delete from ${censusCountStale}
        where ${underRegion(censusCountStale.regionCode, actor, regionCode)}
        returning region_code)
      select distinct ${countyOf(sql.raw('region_code'))} as county from taken`,
    )
  ).map((row) => row.county);
  if (counties.length === 0) return;
  await tx.execute(
    sql`delete from ${censusCountyCounts} where ${isAnyOf(censusCountyCounts.regionCode, counties)}`,
  );
  // The facts of those counties (a county's six digits as a prefix, a shorter code exactly).
  const inCounties = sql.join(
    counties.map((county) =>
      county.length < countyLength
        ? sql`${workerCensusFacts.regionCode} = ${county}`
        : startsWith(workerCensusFacts.regionCode, county),
    ),
    sql` or `,
  );
  await tx.execute(sql`
    insert into ${censusCountyCounts} (region_code, dimension, key, n, certified, employed_years, certified_years)
    select county, ${groupColumns(null)}, employed_years, certified_years
    from (
      select ${countyOf(workerCensusFacts.regionCode)} as county, sex, age_band, education_level,
        social_work_major, service_band, rank, employer_kind, employed_years, certified_years,
        count(*) as n
      from ${workerCensusFacts}
      where (${inCounties}) and ${underRegion(workerCensusFacts.regionCode, actor, regionCode)}
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) f
    group by grouping sets ((county, sex), (county, age_band), (county, education_level),
      (county, social_work_major), (county, service_band), (county, rank), (county, employer_kind),
      (county, employed_years, certified_years), (county))`);
}

/**
 * The census groups of `censusGroups`, summed from the county counts (refresh them first): each
 * dimension's buckets over the counties under `regionCode`, and its divisions (the first
 * `childLength` digits, at most a county's) from the counties' totals.
 */
export function countyCensusGroups(
  tx: Transaction,
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
  childLength: number,
): Promise<CensusGroup[]> {
  const c = censusCountyCounts;
  const under = underRegion(c.regionCode, actor, regionCode);
  return queryRows<CensusGroup>(
    tx,
    sql`
    select 'region' as dimension, substr(${c.regionCode}, 1, ${sql.raw(String(childLength))}) as key,
      sum(${c.n})::int as n, sum(${c.certified})::int as certified,
      null::smallint as "employedYears", null::smallint as "certifiedYears"
    from ${c} where ${under} and ${c.dimension} = 'total'
    group by 2
    union all
    select ${c.dimension}, ${c.key}, sum(${c.n})::int, sum(${c.certified})::int,
      ${c.employedYears}, ${c.certifiedYears}
    from ${c} where ${under}
    group by ${c.dimension}, ${c.key}, ${c.employedYears}, ${c.certifiedYears}
    order by 1, 2, 5, 6`,
  );
}
