import type { Role } from '@shegong/domain';
import { accounts } from '../../apps/server/src/platform/auth/accounts.table';
import { hashPassword } from '../../apps/server/src/platform/auth/passwords';
import { fromDay, instantBetween } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import { mobile, personName } from './people';
import { serviceSeats } from './service-accounts';

type AccountRow = typeof accounts.$inferInsert;

/** Every generated account signs in with this password (never used outside the bench). */
export const generatedAccountPassword = 'Bench#Shegong2026';

interface Seat {
  username: string;
  roles: Role[];
  regionCode: string;
  organisationId?: string;
  /** Given for people the data already names (station post holders); else drawn. */
  realName?: string;
}

/**
 * Who works in the system: the three separated administrators and officers of each province,
 * officers of every city and county, one officer per township that has a station, and one
 * administrator per organisation.
 */
function seats(context: GenerationContext): Seat[] {
  const { divisions, registry } = context;
  const result: Seat[] = [];
  const top = divisions.provinces.length ? divisions.provinces : divisions.cities;
  for (const region of top) {
    for (const role of ['system_admin', 'security_admin', 'audit_admin'] as const)
      result.push({
        username: `${role.split('_')[0]}-${region.code}`,
        roles: [role],
        regionCode: region.code,
      });
  }
  const officers = (level: 'province' | 'city' | 'county', codes: string[], count: number) => {
    for (const code of codes)
      for (let n = 1; n <= count; n++)
        result.push({
          username: `${level}-${code}-${n}`,
          roles: [`civil_affairs_${level}`],
          regionCode: code,
        });
  };
  officers(
    'province',
    divisions.provinces.map((d) => d.code),
    3,
  );
  officers(
    'city',
    divisions.cities.map((d) => d.code),
    3,
  );
  officers(
    'county',
    divisions.counties.map((d) => d.code),
    3,
  );
  const stationTownships = registry.stations.filter((s) => s.tier === 'township_station');
  for (const station of stationTownships)
    result.push({
      username: `township-${station.regionCode}`,
      roles: ['civil_affairs_township'],
      regionCode: station.regionCode,
    });
  for (const [n, org] of registry.organisations.entries())
    result.push({
      username: `org-${String(n + 1).padStart(6, '0')}`,
      roles: ['org_admin'],
      regionCode: org.regionCode,
      organisationId: org.id,
    });
  return result;
}

export async function generateAccounts(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'accounts');
  const { asOfMs } = context;
  // One hash for all: argon2id takes ~12 ms a hash, which thousands of accounts do not need.
  const passwordHash = await hashPassword(generatedAccountPassword);
  const rows: AccountRow[] = [];
  // Social workers come last, so that adding them left every earlier account as it was.
  for (const seat of [...seats(context), ...(await serviceSeats(context))]) {
    const createdAt = instantBetween(random, fromDay('2024-01-01'), asOfMs - 30 * 86_400_000);
    const worker = seat.roles.includes('social_worker');
    const row = {
      id: id(createdAt),
      username: seat.username,
      realName: seat.realName || personName(random),
      phone: mobile(random),
      regionCode: seat.regionCode,
      roles: seat.roles,
      organisationId: seat.organisationId ?? null,
      // The service families give cases and groups to social workers in post: active accounts.
      status: worker || random.chance(0.97) ? 'active' : 'disabled',
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: createdAt,
      lastLoginAt: random.chance(0.8)
        ? instantBetween(random, asOfMs - 30 * 86_400_000, asOfMs)
        : null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    };
    rows.push(row);
    context.registry.accounts.push({
      id: row.id,
      realName: row.realName,
      roles: seat.roles,
      regionCode: seat.regionCode,
      createdAt,
    });
  }
  const written = await context.writer.write(accounts, rows);
  return { account: written };
}
