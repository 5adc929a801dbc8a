import { refuseOutsideScope } from '../../platform/access/region-in-scope';
import { and, eq, sql } from 'drizzle-orm';
import {
  chinaToday,
  effectiveNorm,
  requiredStaff,
  settlementOf,
  stationTiers,
  type Coverage,
  type CoverageFigures,
  type StaffingNorm,
  type StationTier,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import type { DivisionService } from '../divisions';
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

interface VillageFacts {
  code: string;
  workers: number;
  required: number;
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

  function figures(
    prefix: string,
    townships: { code: string; hasStation: boolean }[],
    villages: VillageFacts[],
    stationFacts: StationFacts[],
    workers: number,
  ): CoverageFigures {
    const inside = <T extends { code?: string; regionCode?: string }>(rows: T[]) =>
      rows.filter((r) => (r.code ?? r.regionCode ?? '').startsWith(prefix));
    const t = inside(townships);
    const v = inside(villages);
    const s = inside(stationFacts).filter((x) => x.operating);
    const population = s
      .filter((x) => x.tier === 'township_station')
      .reduce((sum, x) => sum + (x.servicePopulation ?? 0), 0);
    const byTier = Object.fromEntries(
      stationTiers.map((tier) => [tier.code, s.filter((x) => x.tier === tier.code).length]),
    ) as CoverageFigures['stations'];
    const withStation = t.filter((x) => x.hasStation).length;
    const staffed = v.filter((x) => x.workers >= x.required).length;
    return {
      townships: t.length,
      townshipsWithStation: withStation,
      townshipCoverage: t.length ? withStation / t.length : null,
      villages: v.length,
      villagesStaffed: staffed,
      villageCoverage: v.length ? staffed / v.length : null,
      stations: byTier,
      stationsBelowNorm: s.filter((x) => x.staffCount < x.requiredStaff).length,
      workers,
      servicePopulation: population,
      populationPerWorker: workers > 0 && population > 0 ? population / workers : null,
    };
  }

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
      const stationRows = await tx
        .select({
          id: stations.id,
          name: stations.name,
          tier: stations.tier,
          regionCode: stations.regionCode,
          status: stations.status,
          servicePopulation: stations.servicePopulation,
          staffCount: sql<number>`(select count(*)::int from ${stationStaff} where ${stationStaff.stationId} = "station"."id" and ${activeStaff(day)})`,
        })
        .from(stations)
        .where(inRegion);
      const villageWorkers = await tx
        .select({
          regionCode: stations.regionCode,
          workers: sql<number>`count(distinct ${workerKey})::int`,
        })
        .from(stationStaff)
        .innerJoin(stations, eq(stations.id, stationStaff.stationId))
        .where(
          and(
            inRegion,
            activeStaff(day),
            eq(stations.status, 'operating'),
            sql`${stations.tier} in ('village_station', 'village_studio')`,
          ),
        )
        .groupBy(stations.regionCode);
      const workersByChild = await tx
        .select({
          prefix: sql<string>`substr(${stations.regionCode}, 1, ${childLength(childDivisions, regionCode)})`,
          workers: sql<number>`count(distinct ${workerKey})::int`,
        })
        .from(stationStaff)
        .innerJoin(stations, eq(stations.id, stationStaff.stationId))
        .where(and(inRegion, activeStaff(day), eq(stations.status, 'operating')))
        .groupBy(sql`1`);
      const [total] = await tx
        .select({ workers: sql<number>`count(distinct ${workerKey})::int` })
        .from(stationStaff)
        .innerJoin(stations, eq(stations.id, stationStaff.stationId))
        .where(and(inRegion, activeStaff(day), eq(stations.status, 'operating')));
      return {
        stationRows,
        villageWorkers,
        workersByChild,
        totalWorkers: total?.workers ?? 0,
        settings: await normSettingsAround(tx, regionCode),
      };
    });

    const normOf = (code: string): StaffingNorm => effectiveNorm(code, data.settings);
    const villageByCode = new Map(villageDivisions.map((v) => [v.code, v]));
    const workersOfVillage = new Map(data.villageWorkers.map((v) => [v.regionCode, v.workers]));
    const villages: VillageFacts[] = villageDivisions.map((v) => ({
      code: v.code,
      workers: workersOfVillage.get(v.code) ?? 0,
      required: requiredStaff(
        'village_station',
        normOf(v.code),
        settlementOf(v.name, v.urbanRuralClass),
      ),
    }));
    const stationFacts: StationFacts[] = data.stationRows.map((s) => {
      const village = villageByCode.get(s.regionCode);
      return {
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
          settlementOf(village?.name ?? '', village?.urbanRuralClass ?? null),
        ),
      };
    });
    const townshipStations = new Set(
      stationFacts
        .filter((s) => s.operating && s.tier === 'township_station')
        .map((s) => s.regionCode),
    );
    const townships = townshipDivisions.map((d) => ({
      code: d.code,
      hasStation: townshipStations.has(d.code),
    }));
    const workersOfChild = new Map(data.workersByChild.map((w) => [w.prefix, w.workers]));

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
      summary: figures(regionCode, townships, villages, stationFacts, data.totalWorkers),
      children: childDivisions.map((child) => ({
        regionCode: child.code,
        regionName: child.name,
        regionPath: pathOf(child.code),
        ...figures(
          child.code,
          townships,
          villages,
          stationFacts,
          workersOfChild.get(child.code) ?? 0,
        ),
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

/** The code length of the divisions directly below (东莞 townships sit right under the city). */
function childLength(children: { code: string }[], regionCode: string): number {
  return children[0]?.code.length ?? regionCode.length;
}

export type CoverageService = ReturnType<typeof createCoverageService>;
