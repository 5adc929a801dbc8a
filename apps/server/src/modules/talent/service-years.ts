import { sql, type SQL } from 'drizzle-orm';
import { serviceYearBands } from '@shegong/domain';
import { employments } from './workers.table';

/**
 * The census band of a value: the first band whose [min, max) (or [min, max]) holds it, else the
 * last band. The census groups by it and the worker list filters by it, so both count alike.
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

/**
 * Years in service of the worker row in the outer query, up to `asOf`: the union of their jobs
 * (overlaps once), exactly as the census's `service` step computes it, worker by worker (through
 * the employment_worker_idx index).
 */
export function serviceYearsSql(asOf: string): SQL {
  return sql`(select coalesce(sum(t - s) / 365.25, 0) from (
    select min(s) as s, max(t) as t from (
      select s, t, sum(case when reach >= s then 0 else 1 end) over (order by s) as island from (
        select s, t, max(t) over (order by s rows between unbounded preceding and 1 preceding) as reach from (
          select e.started_on as s, least(coalesce(e.ended_on, ${asOf}::date), ${asOf}::date) + 1 as t
          from ${employments} e where e.worker_id = "worker"."id" and e.started_on <= ${asOf}::date
        ) jobs) ordered) islands group by island) merged)`;
}

export type ServiceYearBand = (typeof serviceYearBands)[number]['code'];

/** The worker list's condition for a census band of years in service. */
export function serviceYearsBandSql(band: ServiceYearBand, asOf: string): SQL {
  return sql`(select ${bandCase(sql.raw('v.years'), serviceYearBands, true)} from (select ${serviceYearsSql(asOf)} as years) v) = ${band}`;
}
