import type { Role } from '@shegong/domain';
import type { GenerationContext } from './context';
import { serviceStations, stationWorkerUsername, supervisorUsername } from './service-world';

export interface ServiceSeat {
  username: string;
  roles: Role[];
  regionCode: string;
  organisationId: string;
  realName: string;
}

/**
 * Social workers (社工) bound to the organisations that operate stations, as the demo's shegong and
 * dudao: each current post holder of an operated station at the station's division, and one
 * supervisor (督导) per organisation and county at the county, whose scope reaches every station
 * the organisation runs there — a case's supervisor is never one of its workers.
 */
export async function serviceSeats(context: GenerationContext): Promise<ServiceSeat[]> {
  const stations = await serviceStations(context);
  const index = new Map(context.registry.organisations.map((o, i) => [o.id, i + 1]));
  const seats: ServiceSeat[] = [];
  const supervised = new Set<string>();
  for (const station of stations) {
    station.staffNames.forEach((name, i) =>
      seats.push({
        username: stationWorkerUsername(station, i + 1),
        roles: ['social_worker'],
        regionCode: station.regionCode,
        organisationId: station.organisationId,
        realName: name,
      }),
    );
    const county = station.regionCode.slice(0, 6);
    const key = `${station.organisationId}:${county}`;
    if (supervised.has(key)) continue;
    supervised.add(key);
    seats.push({
      username: supervisorUsername(index.get(station.organisationId) ?? 0, county),
      roles: ['social_worker'],
      regionCode: county,
      organisationId: station.organisationId,
      realName: '',
    });
  }
  return seats;
}
