import { randomUUID } from 'node:crypto';
import { regionAncestors } from '@shegong/domain';
import type { Query } from './raw-driver';

/**
 * The SQL each endpoint needs to build its answer, written by hand and sent straight to the
 * driver in one transaction per request: no HTTP, no validation, no session lookup, no scope
 * settings or row-level security (the driver connects as the owner), no ORM. The app's time over
 * this is our overhead. Each function mirrors the service it is named after; keep them in step
 * when a service changes. Division names, villages and children come from the server's in-memory
 * index since 2026-11 (divisions.service), so no division query is made for them here either.
 */

/** What officers of the bench province see of the registry (public data readable from below). */
const visible = (scope: string) =>
  `(region_code like '${scope}%' or region_code in ('', '${scope}'))`;

const activeStaff = `ss.started_on <= $D and (ss.ended_on is null or ss.ended_on >= $D)`;
const staffCount = (day: string) =>
  `(select count(*)::int from station_staff ss where ss.station_id = s.id and ${activeStaff.replaceAll('$D', `'${day}'`)})`;

async function currentRatings(query: Query, ids: string[], day: string) {
  return query(
    `select distinct on (organisation_id) * from organisation_rating
     where organisation_id = any($1) and rated_on <= $2 and valid_until >= $2
     order by organisation_id, rated_on desc`,
    [ids, day],
  );
}

/** organisations.service list + present. */
export async function listOrganisations(
  query: Query,
  scope: string,
  day: string,
  region: string,
  page: number,
) {
  const where = `${visible(scope)} and region_code like $1`;
  await query(`select count(*)::int as n from organisation where ${where}`, [`${region}%`]);
  const rows = await query(
    `select * from organisation where ${where} order by region_code, name, id limit 20 offset $2`,
    [`${region}%`, (page - 1) * 20],
  );
  if (rows.length === 0) return;
  await currentRatings(
    query,
    rows.map((r) => String(r.id)),
    day,
  );
}

/** organisations.routes getOrganisation: the organisation, its standing and its grants. */
export async function getOrganisation(query: Query, scope: string, day: string, id: string) {
  const [row] = await query(`select * from organisation where id = $1 and ${visible(scope)}`, [id]);
  if (!row) throw new Error(`organisation ${id} not found`);
  await currentRatings(query, [id], day);
  await query(
    'select * from organisation_rating where organisation_id = $1 order by rated_on desc',
    [id],
  );
  await query(
    'select * from organisation_inspection where organisation_id = $1 order by year desc',
    [id],
  );
  await query(
    'select * from organisation_credit_record where organisation_id = $1 order by started_on desc',
    [id],
  );
  await query(
    `select g.* , o.name from organisation_grant g join organisation o on o.id = g.organisation_id
     where g.region_code like '${scope}%' and g.organisation_id = $1 order by g.granted_on desc, g.id desc limit 500`,
    [id],
  );
}

async function norms(query: Query, regionCode: string) {
  return query('select * from staffing_norm where region_code = any($1) or region_code like $2', [
    ['', ...regionAncestors(regionCode), regionCode],
    `${regionCode}%`,
  ]);
}

/** stations.service present: operators, parents and norms of a page (names from memory). */
async function presentStations(query: Query, scope: string, rows: Record<string, unknown>[]) {
  const operators = rows.map((r) => r.operator_organisation_id).filter((id) => id !== null);
  const parents = rows.map((r) => r.parent_station_id).filter((id) => id !== null);
  if (operators.length)
    await query(`select id, name from organisation where id = any($1) and ${visible(scope)}`, [
      operators,
    ]);
  if (parents.length) await query('select id, name from station where id = any($1)', [parents]);
  await norms(query, scope);
}

/** stations.service list (no below-norm filter). */
export async function listStations(query: Query, scope: string, day: string, region: string) {
  const where = `region_code like '${scope}%' and region_code like $1`;
  await query(`select count(*)::int as n from station s where ${where}`, [`${region}%`]);
  const rows = await query(
    `select s.*, ${staffCount(day)} as staff_count from station s where ${where}
     order by region_code, tier, id limit 20`,
    [`${region}%`],
  );
  if (rows.length) await presentStations(query, scope, rows);
}

/** coverage.service: stations with staff counts, distinct workers in one grouping (divisions from memory). */
export async function coverage(query: Query, scope: string, day: string, region: string) {
  const inside = `s.region_code like '${scope}%' and s.region_code like $1`;
  const working = `${activeStaff.replaceAll('$D', `'${day}'`)} and s.status = 'operating'`;
  const worker = `coalesce(ss.worker_id::text, ss.worker_name)`;
  await query(
    `select s.id, s.name, s.tier, s.region_code, s.status, s.service_population, coalesce(c.n, 0) as staff_count
     from station s left join (select ss.station_id, count(*)::int as n from station_staff ss
       join station s on s.id = ss.station_id where ${inside} and ${activeStaff.replaceAll('$D', `'${day}'`)}
       group by ss.station_id) c on c.station_id = s.id
     where ${inside}`,
    [`${region}%`],
  );
  const childLength = { 2: 4, 4: 6, 6: 9 }[region.length] ?? region.length;
  // Distinct workers per village (village tiers), per child division and in all, in one pass.
  await query(
    `select case when grouping(region) = 0 then 'village' when grouping(child) = 0 then 'child' else 'all' end as set,
       coalesce(region, child) as key,
       (count(distinct worker) filter (where village))::int as village_workers, count(distinct worker)::int as workers
     from (select s.region_code as region, left(s.region_code, ${childLength}) as child, ${worker} as worker,
         s.tier in ('village_station', 'village_studio') as village
       from station_staff ss join station s on s.id = ss.station_id where ${inside} and ${working}) as staffed
     group by grouping sets ((region), (child), ())`,
    [`${region}%`],
  );
  await norms(query, region);
}

/** audit.service list: the newest page of the audit trail inside the auditor's scope. */
export async function listAuditEvents(query: Query, scope: string, limit: number) {
  await query(
    `select * from audit_event where region_code like '${scope}%' order by occurred_at desc, id desc limit $1`,
    [limit + 1],
  );
}

/** divisions.service search: code prefix, name prefix below three characters, else trigram; paths from memory. */
export async function searchDivisions(query: Query, q: string) {
  let condition: string;
  let params: unknown[];
  if (/^\d+$/.test(q)) [condition, params] = ['d.code like $1', [`${q}%`]];
  else if ([...q].length < 3) [condition, params] = ['d.name like $1', [`${q}%`]];
  else [condition, params] = ['(d.name like $1 or d.name % $2)', [`%${q}%`, q]];
  await query(
    `select code from division d where ${condition} order by length(code), code limit 20`,
    params,
  );
}

/** stations.service update: read, versioned update and audit, then present. */
export async function updateStation(
  query: Query,
  scope: string,
  day: string,
  station: { id: string; version: number },
  servicePopulation: number,
) {
  const [before] = await query(
    `select s.*, ${staffCount(day)} as staff_count from station s where id = $1 and region_code like '${scope}%'`,
    [station.id],
  );
  if (!before || before.version !== station.version) throw new Error('version conflict');
  const [after] = await query(
    `update station set service_population = $1, version = version + 1, updated_at = now()
     where id = $2 and version = $3 returning *`,
    [servicePopulation, station.id, station.version],
  );
  if (!after) throw new Error('version conflict');
  await query(
    `insert into audit_event (id, occurred_at, actor_id, actor_name, actor_roles, action, entity_type, entity_id, region_code, outcome, changes)
     values ($1, now(), null, 'bench', '{}', 'update', 'station', $2, $3, 'success', $4)`,
    [
      randomUUID(),
      station.id,
      after.region_code,
      JSON.stringify({ servicePopulation: [before.service_population, servicePopulation] }),
    ],
  );
  await presentStations(query, scope, [after]);
  return Number(after.version);
}
