import type { Scale } from '../generate/scales';
import { benchProvince } from '../generate/scales';
import type { Query } from './raw-driver';
import { readEvaluationFixtures, type EvaluationFixtures } from './evaluation-fixtures';
import { readServiceFixtures, type ServiceFixtures } from './service-fixtures';
import { readPurchaseFixtures, type PurchaseFixtures } from './purchase-fixtures';
import { readTalentFixtures, type TalentFixtures } from './talent-fixtures';

/** A station the write scenario updates, with the version it has now. */
export interface VersionedStation {
  id: string;
  version: number;
  /** Sent back unchanged: a PATCH without them resets them (see docs/performance.md). */
  serviceFields: string[];
}

/** The parameters the request mix cycles through, read once from the generated data. */
export interface Fixtures {
  /** The bench accounts' scope (the province), and the part of it the scale fills. */
  scope: string;
  area: string;
  cities: string[];
  counties: string[];
  organisationIds: string[];
  stations: VersionedStation[];
  searchTerms: string[];
  /** Usernames of bench accounts that exist, and whether they still must change the password. */
  accounts: Map<string, boolean>;
  /** The first free number for import credit codes (body B + 8 digits). */
  importBase: number;
  /** Workers an earlier, interrupted run imported and left (born in the 1960s: see worker-import-bench). */
  workersImportedBefore: number;
  talent: TalentFixtures;
  service: ServiceFixtures;
  purchase: PurchaseFixtures;
  evaluations: EvaluationFixtures;
}

const codes = (rows: Record<string, unknown>[]) => rows.map((r) => String(r.code));

export async function readFixtures(
  query: Query,
  scale: Scale,
  usernames: string[],
): Promise<Fixtures> {
  const scope = benchProvince;
  const area = scale.regions?.find((r) => r.startsWith(scope)) ?? scope;
  const cities = codes(
    await query('select code from division where code like $1 and length(code) = 4 order by code', [
      `${area}%`,
    ]),
  );
  const counties = codes(
    await query('select code from division where code like $1 and length(code) = 6 order by code', [
      `${area}%`,
    ]),
  );
  const organisationIds = (
    await query(
      `select id from organisation where region_code like $1 order by md5(id::text) limit 200`,
      [`${scope}%`],
    )
  ).map((r) => String(r.id));
  const stations = (
    await query(
      `select id, version, service_fields from station
       where region_code like $1 and status = 'operating' order by md5(id::text) limit 256`,
      [`${area}%`],
    )
  ).map((r) => ({
    id: String(r.id),
    version: Number(r.version),
    serviceFields: r.service_fields as string[],
  }));
  const countyNames = await query(
    'select name from division where code like $1 and length(code) = 6 order by code',
    [`${area}%`],
  );
  const townshipNames = await query(
    `select name from division where code like $1 and length(code) = 9 order by md5(code) limit 20`,
    [`${area}%`],
  );
  const searchTerms = [
    ...countyNames.slice(0, 20).map((r) => [...String(r.name)].slice(0, 2).join('')),
    ...townshipNames.map((r) => [...String(r.name)].slice(0, 3).join('')),
    ...counties.slice(0, 10),
  ];
  const existing = await query(
    'select username, must_change_password from account where username = any($1)',
    [usernames],
  );
  const [max] = await query(
    `select coalesce(max(substr(credit_code, 10, 8)::int), 0) as n from organisation where substr(credit_code, 9, 1) = 'B'`,
  );
  const [imported] = await query(
    `select count(*)::int as n from worker where birth_date < '1970-01-01' and region_code like $1`,
    [`${area}%`],
  );
  return {
    scope,
    area,
    cities,
    counties,
    organisationIds,
    stations,
    searchTerms,
    accounts: new Map(existing.map((r) => [String(r.username), r.must_change_password === true])),
    importBase: Number(max?.n ?? 0) + 1,
    workersImportedBefore: Number(imported?.n ?? 0),
    talent: await readTalentFixtures(query, area, counties),
    service: await readServiceFixtures(query),
    purchase: await readPurchaseFixtures(query, area),
    evaluations: await readEvaluationFixtures(query),
  };
}
