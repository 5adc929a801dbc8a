import { serviceFields, settlementOf, type StationTier } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { stations, stationStaff } from '../../apps/server/src/modules/stations/stations.table';
import { dayBetween, fromDay, instantBetween } from './calendar';
import {
  familyRandom,
  type Division,
  type GeneratedOrganisation,
  type GenerationContext,
} from './context';
import { personName } from './people';
import { someOf, weighted } from './weighted';
import { predecessors, tenureStart } from './workforce';

type StationRow = typeof stations.$inferInsert;
type StaffRow = typeof stationStaff.$inferInsert;

/** Posts per station before vacancies: Chongqing's 2 per community station, ≥ 2 per township. */
function posts(random: Random, tier: StationTier): number {
  switch (tier) {
    case 'county_station':
      return random.int(3, 5);
    case 'township_station':
      return random.chance(0.2) ? 3 : 2;
    case 'village_station':
      return 2;
    case 'village_studio':
      return random.chance(0.3) ? 2 : 1;
  }
}

const stationSuffix: Record<StationTier, string> = {
  county_station: '社会工作站',
  township_station: '社会工作服务站',
  village_station: '社会工作服务站',
  village_studio: '社会工作室',
};

const shortName = (name: string) => name.replace(/(居委会|村委会|居民委员会|村民委员会)$/, '');

/** Organisations that may run a station in `code`: registered there or above it. */
function operatorsNear(orgs: Map<string, GeneratedOrganisation[]>, code: string) {
  return [code.slice(0, 6), code.slice(0, 4), code.slice(0, 2)].flatMap((c) => orgs.get(c) ?? []);
}

/** The four-tier network (阵地) and who staffs it, with tenure and turnover from the reports. */
export async function generateStations(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'stations');
  const { asOf, asOfMs, divisions, scale } = context;
  const orgsByRegion = new Map<string, GeneratedOrganisation[]>();
  for (const org of context.registry.organisations) {
    const list = orgsByRegion.get(org.regionCode) ?? [];
    list.push(org);
    orgsByRegion.set(org.regionCode, list);
  }
  const stationRows: StationRow[] = [];
  const staffRows: StaffRow[] = [];

  const addStation = (
    tier: StationTier,
    division: Division,
    parentStationId: string | null,
    openedOn: string,
  ): StationRow => {
    const status = weighted(random, [
      ['operating', tier === 'county_station' ? 95 : 90],
      ['planned', 6],
      ['suspended', 3],
      ['closed', 1],
    ] as const);
    const operators = operatorsNear(orgsByRegion, division.code);
    const createdAt = instantBetween(
      random,
      Math.max(fromDay(openedOn), asOfMs - 700 * 86_400_000),
      asOfMs,
    );
    const row: StationRow = {
      id: id(createdAt),
      name: `${shortName(division.name)}${stationSuffix[tier]}`,
      tier,
      regionCode: division.code,
      parentStationId,
      operatorOrganisationId:
        operators.length && random.chance(0.7) ? random.pick(operators).id : null,
      address: null,
      openedOn: status === 'planned' ? null : openedOn,
      status,
      serviceFields: someOf(random, serviceFields, 1, 3).map((f) => f.code),
      servicePopulation:
        tier === 'township_station'
          ? random.int(15, 90) * 1000
          : tier === 'county_station'
            ? null
            : random.int(1, 12) * 1000,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    };
    stationRows.push(row);
    if (status === 'operating' || status === 'suspended') staff(row, tier, openedOn);
    return row;
  };

  const staff = (station: StationRow, tier: StationTier, openedOn: string) => {
    for (let post = 0; post < posts(random, tier); post++) {
      if (random.chance(0.08)) continue; // vacant: some stations fall below their norm
      const role =
        post === 0
          ? 'full_time'
          : weighted(random, [
              ['full_time', 70],
              ['part_time', 20],
              ['resident', 10],
            ] as const);
      const startedOn = tenureStart(random, asOf, openedOn);
      const holders = [
        { startedOn, endedOn: null as string | null },
        ...predecessors(random, startedOn, openedOn),
      ];
      for (const holder of holders) {
        const createdAt = instantBetween(random, fromDay(holder.startedOn), asOfMs);
        staffRows.push({
          id: id(createdAt),
          stationId: station.id,
          regionCode: station.regionCode,
          workerId: null,
          workerName: personName(random),
          role,
          startedOn: holder.startedOn,
          endedOn: holder.endedOn,
          version: holder.endedOn ? 2 : 1,
          createdAt,
          updatedAt: createdAt,
        });
      }
    }
  };

  const countyStation = new Map<string, string>();
  for (const county of divisions.counties) {
    const row = addStation(
      'county_station',
      county,
      null,
      dayBetween(random, '2019-01-01', '2022-12-31'),
    );
    countyStation.set(county.code, row.id);
  }
  const townshipStation = new Map<string, string>();
  for (const township of divisions.townships) {
    if (!random.chance(scale.townshipStationShare)) continue;
    const parent = countyStation.get(township.code.slice(0, 6)) ?? null;
    const row = addStation(
      'township_station',
      township,
      parent,
      dayBetween(random, '2020-01-01', '2024-12-31'),
    );
    townshipStation.set(township.code, row.id);
  }
  for (const village of divisions.villages) {
    const urban = settlementOf(village.name, null) === 'urban';
    const share = urban ? scale.communityStationShare : scale.villageStationShare;
    const parent = townshipStation.get(village.code.slice(0, 9));
    // Village stations grow under a township station; elsewhere they are rare.
    if (!random.chance(parent ? share : share / 4)) continue;
    const tier = random.chance(0.3) ? 'village_studio' : 'village_station';
    addStation(tier, village, parent ?? null, dayBetween(random, '2021-01-01', asOf));
  }

  const written = {
    station: await context.writer.write(stations, stationRows),
    station_staff: await context.writer.write(stationStaff, staffRows),
  };
  context.registry.stations.push(
    ...stationRows.map((s) => ({ id: s.id, name: s.name, tier: s.tier, regionCode: s.regionCode })),
  );
  context.registry.staff.push(
    ...staffRows.map((s) => ({
      id: s.id,
      stationId: s.stationId,
      regionCode: s.regionCode,
      workerName: s.workerName,
      role: s.role,
      startedOn: s.startedOn,
      endedOn: s.endedOn ?? null,
    })),
  );
  return written;
}
