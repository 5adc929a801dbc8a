import { or, sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { underRegion } from '../census/census-facts';
import { workerTransfers } from './transfers.table';

interface FlowRow {
  year: number;
  direction: 'in' | 'out';
  child: string;
  /** Whether the other end lies outside the region (a move across its own boundary). */
  crosses: boolean;
  n: number;
}

export interface Flows {
  byYear: { year: number; inflow: number; outflow: number }[];
  byRegion: { regionCode: string; year: number; inflow: number; outflow: number }[];
}

/**
 * Workers moved by approved transfers into and out of `regionCode`, by the year they moved, from
 * `firstYear` to `asOf`: across the region's own boundary, and for each division below it (the
 * first `childLength` digits of the code) — a move between two of them is an outflow of one and
 * an inflow of the other, not a flow of the region. The census shows them beside its trend.
 */
export async function transferFlows(
  tx: Transaction,
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
  childLength: number,
  firstYear: number,
  asOf: string,
): Promise<Flows> {
  const t = workerTransfers;
  const region = sql`${regionCode}::text`;
  const length = sql.raw(String(childLength));
  const rows = await queryRows<FlowRow>(
    tx,
    sql`
    with moves as (
      select date_part('year', ${t.decidedOn})::int as year, ${t.regionCode} as to_code,
        ${t.fromRegionCode} as from_code
      from ${t}
      where ${t.status} = 'approved' and ${t.decidedOn} between ${`${firstYear}-01-01`} and ${asOf}
        and ${or(underRegion(t.regionCode, actor, regionCode), underRegion(t.fromRegionCode, actor, regionCode))})
    select year, 'in' as direction, substr(to_code, 1, ${length}) as child,
      not starts_with(from_code, ${region}) as crosses, count(*)::int as n
    from moves
    where starts_with(to_code, ${region})
      and not (starts_with(from_code, ${region}) and substr(from_code, 1, ${length}) = substr(to_code, 1, ${length}))
    group by 1, 2, 3, 4
    union all
    select year, 'out', substr(from_code, 1, ${length}), not starts_with(to_code, ${region}), count(*)::int
    from moves
    where starts_with(from_code, ${region})
      and not (starts_with(to_code, ${region}) and substr(from_code, 1, ${length}) = substr(to_code, 1, ${length}))
    group by 1, 2, 3, 4`,
  );
  const years = Array.from(
    { length: Number(asOf.slice(0, 4)) - firstYear + 1 },
    (_, k) => firstYear + k,
  );
  const sum = (keep: (row: FlowRow) => boolean) =>
    rows.filter(keep).reduce((total, row) => total + row.n, 0);
  const byYear = years.map((year) => ({
    year,
    inflow: sum((r) => r.year === year && r.direction === 'in' && r.crosses),
    outflow: sum((r) => r.year === year && r.direction === 'out' && r.crosses),
  }));
  const keys = [...new Set(rows.map((r) => `${r.child}:${r.year}`))].sort();
  const byRegion = keys.map((key) => {
    const [child, year] = [key.split(':')[0]!, Number(key.split(':')[1])];
    const at = (direction: FlowRow['direction']) =>
      sum((r) => r.child === child && r.year === year && r.direction === direction);
    return { regionCode: child, year, inflow: at('in'), outflow: at('out') };
  });
  return { byYear, byRegion };
}
