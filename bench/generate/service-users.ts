import { ageOn, clientAgeBands, guardianConsentAge, settlementOf } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { clientConsents, clients } from '../../apps/server/src/modules/clients/clients.table';
import { addDays, dayBetween, fromDay } from './calendar';
import { familyRandom, type Division, type GenerationContext } from './context';
import { fullName, mobile, streetAddress } from './people';
import { ResidentIds } from './resident-ids';
import {
  serviceTeams,
  stationClients,
  type ServiceClient,
  type ServiceTeam,
} from './service-world';
import { weighted } from './weighted';

type ClientRow = typeof clients.$inferInsert;
type ConsentRow = typeof clientConsents.$inferInsert;
type Group =
  | 'urban_migrants'
  | 'rural_left_behind'
  | 'children_youth'
  | 'elderly'
  | 'disabled'
  | 'community_corrections'
  | 'entitled_groups'
  | 'families_in_difficulty';

/** Whom stations serve first, in the city and in the village (Guangzhou, Chongqing ledgers). */
const groupMix: Record<'urban' | 'rural', readonly (readonly [Group, number])[]> = {
  urban: [
    ['elderly', 30],
    ['children_youth', 22],
    ['families_in_difficulty', 14],
    ['urban_migrants', 12],
    ['disabled', 10],
    ['entitled_groups', 6],
    ['community_corrections', 4],
    ['rural_left_behind', 2],
  ],
  rural: [
    ['elderly', 28],
    ['rural_left_behind', 24],
    ['children_youth', 16],
    ['families_in_difficulty', 14],
    ['disabled', 10],
    ['entitled_groups', 4],
    ['community_corrections', 3],
    ['urban_migrants', 1],
  ],
};

/** Clients per station by tier: a county station serves the county, a studio a village. */
const tierWeight: Record<string, number> = {
  county_station: 3,
  township_station: 2.5,
  village_station: 1,
  village_studio: 0.6,
};

function ageFor(random: Random, group: Group): number {
  switch (group) {
    case 'children_youth':
      return random.int(4, 17);
    case 'rural_left_behind':
      return random.chance(0.6) ? random.int(4, 15) : random.int(60, 85);
    case 'elderly':
      return random.chance(0.8) ? random.int(60, 84) : random.int(85, 96);
    case 'disabled':
      return random.int(18, 75);
    default:
      return random.int(20, 59);
  }
}

function riskFor(random: Random, groups: readonly Group[], minor: boolean) {
  const grave =
    groups.includes('community_corrections') ||
    (minor && groups.includes('families_in_difficulty'));
  return weighted(random, [
    ['low', grave ? 40 : 60],
    ['medium', grave ? 40 : 30],
    ['high', grave ? 20 : 10],
  ] as const);
}

const guardianRelations = ['母亲', '父亲', '祖母', '祖父', '外祖母'];
const shortName = (name: string) => name.replace(/(居委会|村委会|居民委员会|村民委员会)$/, '');

/** Villages and communities by township and county, where a station's clients live. */
function villagesByArea(villages: readonly Division[]) {
  const map = new Map<string, Division[]>();
  for (const village of villages)
    for (const key of [village.code.slice(0, 6), village.code.slice(0, 9), village.code])
      map.set(key, [...(map.get(key) ?? []), village]);
  return map;
}

/** How many clients each team's station serves: the scale's users by tier weight, varied. */
function clientCounts(random: Random, teams: readonly ServiceTeam[], users: number): number[] {
  const weights = teams.map((t) => (tierWeight[t.station.tier] ?? 1) * (0.6 + random.next() * 0.8));
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(3, Math.round((users * w) / total)));
}

/**
 * Service users (服务对象) with their consents: registered by the organisation that operates the
 * station, living in a village or community of the station's area, in the population groups and
 * risk levels stations report; under 14 with a guardian who gives the consent; most with a birth
 * date, some with an ID number (which then fixes the birth date and sex), some with an age band.
 */
export async function generateServiceUsers(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'service-users');
  const { asOf, divisions, scale } = context;
  const teams = await serviceTeams(context);
  const counts = clientCounts(random, teams, scale.service.users);
  const villages = villagesByArea(divisions.villages);
  const residentIds = new ResidentIds();
  const served = stationClients(context);
  const written = { client: 0, client_consent: 0 };
  let clientRows: ClientRow[] = [];
  let consentRows: ConsentRow[] = [];
  const flush = async () => {
    written.client += await context.writer.write(clients, clientRows);
    written.client_consent += await context.writer.write(clientConsents, consentRows);
    clientRows = [];
    consentRows = [];
  };
  for (const [i, team] of teams.entries()) {
    const { station } = team;
    const homes = villages.get(station.regionCode) ?? [
      { code: station.regionCode, name: station.name },
    ];
    const list: ServiceClient[] = [];
    const earliest =
      station.openedOn > addDays(asOf, -720) ? station.openedOn : addDays(asOf, -720);
    for (let n = counts[i]!; n > 0; n--) {
      const home = random.pick(homes);
      const urban = settlementOf(home.name, null) === 'urban';
      const primary = weighted(random, groupMix[urban ? 'urban' : 'rural']);
      const age = ageFor(random, primary);
      const groups = new Set<Group>([primary]);
      if (age >= 60 && random.chance(0.7)) groups.add('elderly');
      if (age < 18) groups.add('children_youth');
      if (random.chance(0.1)) groups.add('families_in_difficulty');
      if (age >= 70 && random.chance(0.15)) groups.add('disabled');
      const sex = random.chance(primary === 'elderly' ? 0.56 : 0.5) ? 'female' : 'male';
      const born = dayBetween(
        random,
        addDays(asOf, -(age + 1) * 365 + 1),
        addDays(asOf, -age * 365),
      );
      const known = random.chance(0.88);
      const idNumber =
        known && random.chance(0.6)
          ? residentIds.next(random, home.code.slice(0, 6), born, sex)
          : null;
      const exactAge = ageOn(born, asOf);
      const band = clientAgeBands.find((b) => exactAge >= b.from && exactAge <= b.to)!;
      const minor = known ? exactAge < guardianConsentAge : band.to < guardianConsentAge;
      const registeredOn = dayBetween(random, earliest, addDays(asOf, -1));
      const registeredAt = new Date(
        fromDay(registeredOn) + 30 * 60_000 + Math.floor(random.next() * 9 * 3_600_000),
      );
      const author = random.pick(team.workers);
      const name = fullName(random, sex);
      const surname = [...name][0]!;
      const riskLevel = riskFor(random, [...groups], minor);
      const clientId = id(registeredAt);
      const givenBy = minor ? 'guardian' : 'self';
      clientRows.push({
        id: clientId,
        regionCode: home.code,
        organisationId: station.organisationId,
        idNumber,
        name,
        sex,
        birthDate: known ? born : null,
        ageBand: known ? null : band.code,
        populationGroups: [...groups],
        riskLevel,
        phone: !minor && random.chance(0.75) ? mobile(random) : null,
        homeAddress: random.chance(0.7)
          ? urban
            ? streetAddress(random, shortName(home.name))
            : `${shortName(home.name)}${random.int(1, 12)}组${random.int(1, 80)}号`
          : null,
        guardianName: minor
          ? fullName(random, random.chance(0.6) ? 'female' : 'male').replace(/^./u, surname)
          : null,
        guardianRelation: minor ? random.pick(guardianRelations) : null,
        guardianPhone: minor ? mobile(random) : null,
        createdBy: author.id,
        version: 1,
        createdAt: registeredAt,
        updatedAt: registeredAt,
      });
      const consent = (kind: 'service' | 'photos', on: string): ConsentRow => {
        const at = new Date(Math.max(registeredAt.getTime(), fromDay(on) + 3_600_000));
        return {
          id: id(at),
          regionCode: home.code,
          clientId,
          kind,
          organisationId: station.organisationId,
          sharedByOrganisationId: null,
          givenBy,
          givenOn: on,
          evidenceNote: random.chance(0.6) ? '已签署纸质知情同意书，存站点档案' : null,
          revokedOn: null,
          revokedReason: null,
          recordedBy: author.id,
          createdAt: at,
        };
      };
      consentRows.push(consent('service', registeredOn));
      if (random.chance(0.25)) {
        const photos = consent('photos', registeredOn);
        if (random.chance(0.05)) {
          photos.revokedOn = dayBetween(random, registeredOn, addDays(asOf, -1));
          photos.revokedReason = '本人不再同意使用影像';
        }
        consentRows.push(photos);
      }
      list.push({
        id: clientId,
        regionCode: home.code,
        name,
        sex,
        birthDate: known ? born : null,
        ageBand: known ? null : band.code,
        age: exactAge,
        minor,
        populationGroups: [...groups],
        riskLevel,
        registeredOn,
        registeredAt,
      });
    }
    served.set(station.id, list);
    if (clientRows.length >= 20_000) await flush();
  }
  await flush();
  return written;
}
