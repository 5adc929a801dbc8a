import type { Random } from '../../apps/server/src/demo/random';
import type { GenerationContext } from './context';

/**
 * What the service families (service-users, casework, groupwork, referrals) share: the stations an
 * organisation operates and who works there, and the clients each station serves. Read from the
 * rows earlier families wrote (same transaction), kept per generation.
 */

/** A station that delivers service: operating, run by an organisation, with someone in post. */
export interface ServiceStation {
  id: string;
  name: string;
  tier: string;
  regionCode: string;
  organisationId: string;
  organisationName: string;
  openedOn: string;
  serviceFields: string[];
  /** The current post holders' names (station_staff), who get social worker accounts. */
  staffNames: string[];
}

export interface ServiceAccount {
  id: string;
  name: string;
}

/** A station with its team: its social workers and the organisation's supervisor in the county. */
export interface ServiceTeam {
  station: ServiceStation;
  workers: ServiceAccount[];
  supervisor: ServiceAccount;
}

/** A client as the later families need it. */
export interface ServiceClient {
  id: string;
  regionCode: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string | null;
  ageBand: string | null;
  /** Age on the generation day (from the band's middle when only a band is known). */
  age: number;
  minor: boolean;
  populationGroups: string[];
  riskLevel: 'low' | 'medium' | 'high';
  /** The day the service consent was given (the client's registration). */
  registeredOn: string;
  registeredAt: Date;
}

interface World {
  stations?: ServiceStation[];
  teams?: ServiceTeam[];
  clients: Map<string, ServiceClient[]>;
  /** Organisations by region (registered there), with whether they are active. */
  organisations?: { id: string; name: string; regionCode: string; active: boolean }[];
  /** Social worker and administrator accounts by organisation. */
  actorsOf?: Map<string, ServiceAccount[]>;
}

const worlds = new WeakMap<GenerationContext, World>();

function worldOf(context: GenerationContext): World {
  let world = worlds.get(context);
  if (!world) {
    world = { clients: new Map() };
    worlds.set(context, world);
  }
  return world;
}

/** The stations that deliver service, in region order. */
export async function serviceStations(context: GenerationContext): Promise<ServiceStation[]> {
  const world = worldOf(context);
  if (world.stations) return world.stations;
  const rows = await context.writer.query(
    `select s.id, s.name, s.tier, s.region_code, s.operator_organisation_id, o.name as organisation_name,
       s.opened_on::text as opened_on, s.service_fields,
       (select array_agg(ss.worker_name order by ss.started_on, ss.id) from station_staff ss
         where ss.station_id = s.id and ss.ended_on is null) as staff
     from station s join organisation o on o.id = s.operator_organisation_id
     where s.status = 'operating' and s.opened_on is not null
     order by s.region_code, s.id`,
  );
  world.stations = rows
    .map((r) => ({
      id: String(r.id),
      name: String(r.name),
      tier: String(r.tier),
      regionCode: String(r.region_code),
      organisationId: String(r.operator_organisation_id),
      organisationName: String(r.organisation_name),
      openedOn: String(r.opened_on),
      serviceFields: (r.service_fields as string[] | null) ?? [],
      staffNames: (r.staff as string[] | null) ?? [],
    }))
    .filter((s) => s.staffNames.length > 0);
  return world.stations;
}

/** Usernames of the social workers the accounts family makes for the service stations. */
export const stationWorkerUsername = (station: ServiceStation, n: number) =>
  `sw-${station.regionCode}-${n}`;
export const supervisorUsername = (organisationIndex: number, county: string) =>
  `dudao-${county}-${organisationIndex}`;

/** The teams, once the accounts are written: each station's workers and its county supervisor. */
export async function serviceTeams(context: GenerationContext): Promise<ServiceTeam[]> {
  const world = worldOf(context);
  if (world.teams) return world.teams;
  const stations = await serviceStations(context);
  const rows = await context.writer.query(
    `select id, username, real_name, organisation_id from account
     where 'social_worker' = any(roles) and status = 'active' and organisation_id is not null`,
  );
  const byUsername = new Map(
    rows.map((r) => [String(r.username), { id: String(r.id), name: String(r.real_name) }]),
  );
  const supervisors = new Map<string, ServiceAccount>();
  for (const r of rows) {
    const username = String(r.username);
    if (!username.startsWith('dudao-')) continue;
    const county = username.split('-')[1]!;
    supervisors.set(`${String(r.organisation_id)}:${county}`, {
      id: String(r.id),
      name: String(r.real_name),
    });
  }
  world.teams = stations.flatMap((station) => {
    const workers = station.staffNames
      .map((_, i) => byUsername.get(stationWorkerUsername(station, i + 1)))
      .filter((w): w is ServiceAccount => w !== undefined);
    const supervisor = supervisors.get(
      `${station.organisationId}:${station.regionCode.slice(0, 6)}`,
    );
    return workers.length && supervisor ? [{ station, workers, supervisor }] : [];
  });
  return world.teams;
}

/** Who may act for an organisation (answer a referral): its social workers, else its administrator. */
export async function actorsOf(
  context: GenerationContext,
  organisationId: string,
): Promise<ServiceAccount[]> {
  const world = worldOf(context);
  if (!world.actorsOf) {
    const rows = await context.writer.query(
      `select id, real_name, organisation_id, 'social_worker' = any(roles) as worker from account
       where organisation_id is not null and status = 'active' order by username`,
    );
    const map = new Map<string, ServiceAccount[]>();
    for (const worker of [true, false])
      for (const r of rows.filter((row) => row.worker === worker)) {
        const key = String(r.organisation_id);
        if (worker === false && map.has(key)) continue;
        map.set(key, [...(map.get(key) ?? []), { id: String(r.id), name: String(r.real_name) }]);
      }
    world.actorsOf = map;
  }
  return world.actorsOf.get(organisationId) ?? [];
}

/** The registry's organisations with their region and whether they may receive referrals. */
export async function serviceOrganisations(context: GenerationContext) {
  const world = worldOf(context);
  world.organisations ??= (
    await context.writer.query('select id, name, region_code, status from organisation order by id')
  ).map((r) => ({
    id: String(r.id),
    name: String(r.name),
    regionCode: String(r.region_code),
    active: r.status === 'active',
  }));
  return world.organisations;
}

/** The clients of each station (by station id), as service-users registered them. */
export function stationClients(context: GenerationContext): Map<string, ServiceClient[]> {
  return worldOf(context).clients;
}

/** An instant in office hours (China time, 08:30–17:30) on a day. */
export function officeHours(random: Random, day: string): Date {
  const start = Date.parse(`${day}T00:30:00Z`);
  return new Date(start + Math.floor(random.next() * 9 * 3_600_000));
}

/** The China day of an instant. */
export const chinaDayOf = (at: Date | number) =>
  new Date((typeof at === 'number' ? at : at.getTime()) + 8 * 3_600_000).toISOString().slice(0, 10);
