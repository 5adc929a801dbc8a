import { refuseOutsideScope } from '../../platform/access/region-in-scope';
import { and, eq, sql } from 'drizzle-orm';
import {
  chinaToday,
  normLookup,
  requiredStaff,
  settlementOf,
  stationTiers,
  type Coverage,
  type CoverageFigures,
  type Settlement,
  type StationTier,
} from '@shegong/domain';
import { queryRows, type Database } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { childDivisionSql, type DivisionService } from '../divisions';
import { normSettingsAround } from './staffing-norms.service';
import { activeStaff } from './stations.service';
import { stations, stationStaff } from './stations.table';

interface StationFacts {
  id: string;
  name: string;
  tier: StationTier;
  regionCode: string;
  operating: boolean;
  servicePopulation: number | null;
  staffCount: number;
  requiredStaff: number;
}

/** Distinct workers of a village (its village-tier stations), of a child division, or in all. */
interface WorkerCount {
  set: 'village' | 'child' | 'all';
  key: string | null;
  villageWorkers: number;
  workers: number;
}

/** A worker is counted once however many stations they serve (by id, else by name). */
const workerKey = sql`coalesce(${stationStaff.workerId}::text, ${stationStaff.workerName})`;

/**
 * How far the network reaches (覆盖): townships with a station, villages with enough social
 * workers, stations below their norm, residents per worker — for a region and each division
 * directly below it.
 */
export function createCoverageService(deps: {
  database: Database;
  divisions: Pick<
    DivisionService,
    'children' | 'descendants' | 'describeRegions' | 'namesOf' | 'villagesOf'
  >;
  clock: Clock;
}) {
  const { database, divisions, clock } = deps;

  async function coverage(actor: Actor, regionCode: string): Promise<Coverage> {
    refuseOutsideScope(actor, regionCode, 'query.region');
    const day = chinaToday(clock());
    const [townshipDivisions, villageDivisions, childDivisions, ownName] = await Promise.all([
      regionCode.length === 9
        ? Promise.resolve([{ code: regionCode }])
        : divisions.descendants(regionCode, 9),
      regionCode.length === 12
        ? divisions
            .villagesOf([regionCode])
            .then((m) => [...m].map(([code, v]) => ({ code, ...v })))
        : divisions.descendants(regionCode, 12),
      divisions.children(regionCode),
      divisions.namesOf([regionCode]).then((names) => names.get(regionCode)),
    ]);
    // Short names for the table and the tiles, full paths (贵州省 / 贵阳市 / 南明区) for tooltips
    // and exports, as the other lists show where a record lies.
    const paths = await divisions.describeRegions(
      [regionCode, ...childDivisions.map((child) => child.code)],
      actor.request.language,
    );
    const pathOf = (code: string) => paths.get(code) ?? code;

    const data = await withScope(database, actor, async (tx) => {
      const inRegion = and(
        inRegionScope(stations.regionCode, actor),
        startsWith(stations.regionCode, regionCode),
      );
      // Every station's active staff counted in one grouping (a province's 2,000 stations each
      // probed by a subquery took twice as long).
      const staffed = tx
        .select({
          stationId: stationStaff.stationId,
          count: sql<number>`count(*)::int`.as('count'),
        })
        .from(stationStaff)
        .innerJoin(stations, eq(stations.id, stationStaff.stationId))
        .where(and(inRegion, activeStaff(day)))
        .groupBy(stationStaff.stationId)
        .as('staffed');
      const stationRows = await tx
        .select({
          id: stations.id,
          name: stations.name,
          tier: stations.tier,
          regionCode: stations.regionCode,
          status: stations.status,
          servicePopulation: stations.servicePopulation,
          staffCount: sql<number>`coalesce(${staffed.count}, 0)`,
        })
        .from(stations)
        .leftJoin(staffed, eq(staffed.stationId, stations.id))
        .where(inRegion);
      // Distinct workers per village (of its village-tier stations), per child division and in
      // all: a worker serving two stations counts once, so the three are not sums of each other.
      const workerCounts = await queryRows<WorkerCount>(
        tx,
        sql`select case when grouping(region) = 0 then 'village' when grouping(child) = 0 then 'child'
              else 'all' end as "set", coalesce(region, child) as key,
            (count(distinct worker) filter (where village))::int as "villageWorkers",
            count(distinct worker)::int as workers
          from (select ${stations.regionCode} as region,
              ${childDivisionSql(stations.regionCode, regionCode, childDivisions)} as child,
              ${workerKey} as worker,
              ${stations.tier} in ('village_station', 'village_studio') as village
            from ${stationStaff} join ${stations} on ${stations.id} = ${stationStaff.stationId}
            where ${and(inRegion, activeStaff(day), eq(stations.status, 'operating'))}) as staffed
          group by grouping sets ((region), (child), ())`,
      );
      return {
        stationRows,
        workerCounts,
        settings: await normSettingsAround(tx, regionCode),
      };
    });

    const normOf = normLookup(data.settings);
    const villageWorkers = new Map<string, number>();
    const childWorkers = new Map<string, number>();
    let totalWorkers = 0;
    for (const count of data.workerCounts) {
      if (count.set === 'village') villageWorkers.set(count.key!, count.villageWorkers);
      else if (count.set === 'child') childWorkers.set(count.key ?? '', count.workers);
      else totalWorkers = count.workers;
    }
    // Only the villages with a station or a worker are looked up, not the province's 18,000.
    const villageOf = await divisions.villagesOf([
      ...new Set([...data.stationRows.map((s) => s.regionCode), ...villageWorkers.keys()]),
    ]);
    const settlementAt = (code: string) => {
      const village = villageOf.get(code);
      return settlementOf(village?.name ?? '', village?.urbanRuralClass ?? null);
    };
    const stationFacts: StationFacts[] = data.stationRows.map((s) => ({
      id: s.id,
      name: s.name,
      tier: s.tier as StationTier,
      regionCode: s.regionCode,
      operating: s.status === 'operating',
      servicePopulation: s.servicePopulation,
      staffCount: s.staffCount,
      requiredStaff: requiredStaff(
        s.tier as StationTier,
        normOf(s.regionCode),
        settlementAt(s.regionCode),
      ),
    }));

    // Each township, station and staffed village counts in the region and in its child.
    const childOf = childFinder(childDivisions);
    const summary = emptyTally();
    const tallies = new Map(childDivisions.map((child) => [child.code, emptyTally()]));
    const tallyAt = (code: string, add: (tally: Tally) => void) => {
      add(summary);
      const child = tallies.get(childOf(code) ?? '');
      if (child) add(child);
    };
    const townshipStations = new Set<string>();
    for (const station of stationFacts) {
      if (!station.operating) continue;
      if (station.tier === 'township_station') townshipStations.add(station.regionCode);
      tallyAt(station.regionCode, (tally) => {
        tally.stations[station.tier] += 1;
        if (station.staffCount < station.requiredStaff) tally.stationsBelowNorm += 1;
        if (station.tier === 'township_station')
          tally.servicePopulation += station.servicePopulation ?? 0;
      });
    }
    for (const township of townshipDivisions)
      tallyAt(township.code, (tally) => {
        tally.townships += 1;
        if (townshipStations.has(township.code)) tally.townshipsWithStation += 1;
      });
    summary.villages = villageDivisions.length;
    for (const child of childDivisions)
      tallies.get(child.code)!.villages =
        child.code.length === 12 ? 1 : (await divisions.descendants(child.code, 12)).length;
    const villageRequires = (code: string, settlement: Settlement) =>
      requiredStaff('village_station', normOf(code), settlement);
    const staffed = (code: string) => tallyAt(code, (tally) => (tally.villagesStaffed += 1));
    for (const [code, workers] of villageWorkers)
      if (villageOf.has(code) && workers >= villageRequires(code, settlementAt(code)))
        staffed(code);
    // A village with no worker meets only a norm that asks for none, which a region may set.
    if (
      [...data.settings.values()].some(
        (n) => !n.urbanVillageMinWorkers || !n.ruralVillageMinWorkers,
      )
    )
      for (const village of villageDivisions)
        if (
          !villageWorkers.has(village.code) &&
          villageRequires(village.code, settlementOf(village.name, village.urbanRuralClass)) === 0
        )
          staffed(village.code);

    const belowNorm = stationFacts.filter((s) => s.operating && s.staffCount < s.requiredStaff);
    const belowNames = await divisions.describeRegions(
      belowNorm.map((s) => s.regionCode),
      actor.request.language,
    );
    return {
      regionCode,
      regionName: ownName ?? pathOf(regionCode),
      regionPath: pathOf(regionCode),
      norm: normOf(regionCode),
      summary: figuresOf(summary, totalWorkers),
      children: childDivisions.map((child) => ({
        regionCode: child.code,
        regionName: child.name,
        regionPath: pathOf(child.code),
        ...figuresOf(tallies.get(child.code)!, childWorkers.get(child.code) ?? 0),
      })),
      belowNorm: belowNorm
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
        .map((s) => ({
          id: s.id,
          name: s.name,
          tier: s.tier,
          regionCode: s.regionCode,
          regionName: belowNames.get(s.regionCode) ?? s.regionCode,
          staffCount: s.staffCount,
          requiredStaff: s.requiredStaff,
        })),
    };
  }

  return { coverage };
}

type Tally = Omit<
  CoverageFigures,
  'townshipCoverage' | 'villageCoverage' | 'workers' | 'populationPerWorker'
>;

const emptyTally = (): Tally => ({
  townships: 0,
  townshipsWithStation: 0,
  villages: 0,
  villagesStaffed: 0,
  stations: Object.fromEntries(stationTiers.map((tier) => [tier.code, 0])) as Tally['stations'],
  stationsBelowNorm: 0,
  servicePopulation: 0,
});

function figuresOf(tally: Tally, workers: number): CoverageFigures {
  return {
    ...tally,
    townshipCoverage: tally.townships ? tally.townshipsWithStation / tally.townships : null,
    villageCoverage: tally.villages ? tally.villagesStaffed / tally.villages : null,
    workers,
    populationPerWorker:
      workers > 0 && tally.servicePopulation > 0 ? tally.servicePopulation / workers : null,
  };
}

/** The child division holding a code, by its prefix (东莞's townships sit right under the city). */
function childFinder(children: readonly { code: string }[]): (code: string) => string | undefined {
  const codes = new Set(children.map((child) => child.code));
  const lengths = [...new Set(children.map((child) => child.code.length))];
  return (code) => {
    for (const length of lengths) {
      const prefix = code.slice(0, length);
      if (codes.has(prefix)) return prefix;
    }
    return undefined;
  };
}

export type CoverageService = ReturnType<typeof createCoverageService>;
