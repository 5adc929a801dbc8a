import type { Random } from '../../apps/server/src/demo/random';
import type { Division, DivisionSet, GeneratedStaff } from './context';

/** One county's share of the registry: how many people, and the station staff among them. */
export interface CountyPlan {
  county: Division;
  /** Workers besides the station staff. */
  others: number;
  staff: GeneratedStaff[];
  townships: Division[];
  villagesOf: Map<string, Division[]>;
}

/** The counties of one city: generated and written together, so memory stays bounded. */
export interface CityChunk {
  code: string;
  counties: CountyPlan[];
  workers: number;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

/**
 * Workers per county in proportion to its townships (the population proxy the organisations use
 * too), by largest remainder so that the total is exact; every station post holder, current or
 * past, is one of them.
 */
export function planWorkers(
  divisions: DivisionSet,
  staff: readonly GeneratedStaff[],
  total: number,
): CityChunk[] {
  const townshipsOf = groupBy(divisions.townships, (d) => d.code.slice(0, 6));
  const villagesOf = groupBy(divisions.villages, (d) => d.code.slice(0, 9));
  const staffOf = groupBy(staff, (s) => s.regionCode.slice(0, 6));
  const counties = divisions.counties;
  const weights = counties.map((c) => 1 + (townshipsOf.get(c.code)?.length ?? 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  const left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < left; k++) shares[byRemainder[k]![1]]!++;

  const chunks = new Map<string, CityChunk>();
  counties.forEach((county, i) => {
    const own = staffOf.get(county.code) ?? [];
    const townships = townshipsOf.get(county.code) ?? [];
    const plan: CountyPlan = {
      county,
      others: Math.max(0, shares[i]! - own.length),
      staff: own,
      townships,
      villagesOf: new Map(townships.map((t) => [t.code, villagesOf.get(t.code) ?? []])),
    };
    const code = county.code.slice(0, 4);
    const chunk = chunks.get(code) ?? { code, counties: [], workers: 0 };
    chunk.counties.push(plan);
    chunk.workers += plan.others + own.length;
    chunks.set(code, chunk);
  });
  return [...chunks.values()];
}

/** Where in the county a worker is registered: a township mostly, else the county or a village. */
export function placeIn(random: Random, plan: CountyPlan): string {
  const x = random.next();
  if (x < 0.25 || plan.townships.length === 0) return plan.county.code;
  const township = random.pick(plan.townships);
  const villages = plan.villagesOf.get(township.code) ?? [];
  return x > 0.82 && villages.length ? random.pick(villages).code : township.code;
}
