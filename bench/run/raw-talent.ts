import { randomUUID } from 'node:crypto';
import { addMonths, certificateLevels } from '@shegong/domain';
import type { Query } from './raw-driver';

/**
 * The talent endpoints' SQL by hand, as raw-queries.ts does for the others: the statements the
 * services send (workers.service, census-facts, worker-facts, certification.service,
 * careers.service, credit-ledger, rewards.service, talent-statistics.service), without scope
 * settings, row-level security or the ORM. Keep them in step with the services.
 */

const inScope = (scope: string, column = 'region_code') => `${column} like '${scope}%'`;

/** census-facts censusFactFilters (level), on the row of the outer `worker`: its facts' rank. */
function highestLevelIs(level: string) {
  const rank = certificateLevels.find((l) => l.code === level)!.rank;
  return `exists (select 1 from worker_census_fact f where f.worker_id = worker.id and f.rank = ${rank})`;
}

/** worker-facts factsOf: certificates held by today, jobs and the latest registration of a page. */
async function facts(query: Query, ids: string[]) {
  if (ids.length === 0) return;
  await query(
    'select worker_id, level from certificate where worker_id = any($1) and certified_on <= current_date',
    [ids],
  );
  await query('select * from employment where worker_id = any($1)', [ids]);
  await query(
    `select distinct on (worker_id) worker_id, status, valid_until from registration
     where worker_id = any($1) order by worker_id, applied_on desc, created_at desc`,
    [ids],
  );
}

export interface WorkerFilter {
  region?: string;
  q?: string;
  level?: string;
  /** The id the cursor names: the page after it, without a total. */
  after?: string;
}

/** workers.service list: a keyset page newest first, the total on the first page, then facts. */
export async function listWorkers(query: Query, scope: string, filter: WorkerFilter) {
  const where = [inScope(scope)];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.region) add((n) => `region_code like $${n}`, `${filter.region}%`);
  if (filter.level) {
    where.push(highestLevelIs(filter.level));
  }
  if (filter.q) add((n) => `name like $${n}`, `${filter.q}%`);
  const condition = where.join(' and ');
  const pageWhere = filter.after ? `${condition} and id < $${params.length + 1}` : condition;
  const rows = await query(
    `select * from worker where ${pageWhere} order by id desc limit 21`,
    filter.after ? [...params, filter.after] : params,
  );
  if (!filter.after)
    await query(`select count(*)::int as n from worker where ${condition}`, params);
  await facts(
    query,
    rows.slice(0, 20).map((r) => String(r.id)),
  );
}

/** GET /workers/:id: the audited read, the facts, the record, the credits and the rewards. */
export async function getWorker(query: Query, scope: string, id: string) {
  const load = () => query(`select * from worker where id = $1 and ${inScope(scope)}`, [id]);
  const [worker] = await load();
  if (!worker) throw new Error(`worker ${id} not found`);
  await query(
    `insert into audit_event (id, occurred_at, actor_id, actor_name, actor_roles, action, entity_type, entity_id, region_code, outcome)
     values ($1, now(), null, 'bench', '{}', 'read', 'worker', $2, $3, 'success')`,
    [randomUUID(), id, worker.region_code],
  );
  await facts(query, [id]);
  // The record: exams, certificates, registrations with reviews, jobs, supervision.
  await load();
  await query('select * from exam_score where worker_id = $1 order by year, subject', [id]);
  await query('select * from certificate where worker_id = $1 order by certified_on', [id]);
  const registrations = await query(
    `select r.*, w.name, c.level from registration r join worker w on w.id = r.worker_id
     join certificate c on c.id = r.certificate_id where r.worker_id = $1 order by r.applied_on`,
    [id],
  );
  if (registrations.length)
    await query(
      'select * from registration_review where registration_id = any($1) order by reviewed_at',
      [registrations.map((r) => r.id)],
    );
  await query('select * from employment where worker_id = $1 order by started_on', [id]);
  await query(
    `select s.*, a.name, b.name from supervision s join worker a on a.id = s.supervisor_id
     join worker b on b.id = s.supervisee_id where s.supervisor_id = $1 or s.supervisee_id = $1
     order by s.started_on`,
    [id],
  );
  // Credits and the current cycle's compliance (credit-ledger).
  await load();
  await query('select * from credit_entry where worker_id = $1 order by earned_on desc', [id]);
  const [current] = await query(
    `select r.valid_from, r.valid_until, c.level from registration r join certificate c on c.id = r.certificate_id
     where r.worker_id = $1 and r.status = 'registered' order by r.valid_until desc limit 1`,
    [id],
  );
  if (current?.valid_from) {
    await query('select * from credit_rule where region_code = $1', [scope.slice(0, 2)]);
    await query('select * from credit_entry where worker_id = $1', [id]);
  }
  // Rewards of the worker.
  const rewards = `${inScope(scope)} and worker_id = $1`;
  await query(`select count(*)::int from reward_grant where ${rewards}`, [id]);
  await query(
    `select g.*, w.name from reward_grant g join worker w on w.id = g.worker_id
     where ${inScope(scope, 'g.region_code')} and g.worker_id = $1 order by g.applied_on desc, g.id limit 50`,
    [id],
  );
}

/** certification.service listRegistrations, view=due: registered, ending within 3 months, latest. */
export async function registrationsDue(query: Query, scope: string, day: string) {
  const condition = `${inScope(scope, 'registration.region_code')} and registration.status = 'registered'
    and registration.valid_until between $1 and $2
    and not exists (select 1 from registration newer where newer.certificate_id = registration.certificate_id
      and newer.applied_on > registration.applied_on)`;
  const params = [day, addMonths(day, 3)];
  await query(`select count(*)::int from registration where ${condition}`, params);
  const rows = await query(
    `select registration.*, worker.name, certificate.level from registration
     join worker on worker.id = registration.worker_id join certificate on certificate.id = registration.certificate_id
     where ${condition} order by registration.valid_until, registration.id limit 20`,
    params,
  );
  if (rows.length)
    await query(
      'select * from registration_review where registration_id = any($1) order by reviewed_at',
      [rows.map((r) => r.id)],
    );
}

/**
 * talent-statistics.service census on fresh facts (census-facts.ts): the staleness check, the
 * one grouping pass with the trend masks, the target. A province or a city sums its counties'
 * counts instead (census-counts.ts), after checking that none is marked stale.
 */
export async function census(query: Query, scope: string, day: string, region: string) {
  const childLength = { 2: 4, 4: 6, 6: 9 }[region.length] ?? region.length;
  const inRegion = `region_code like '${region}%' and ${inScope(scope)}`;
  await query(
    `select exists (select 1 from census_stale where ${inRegion})
       or exists (select 1 from worker_census_fact where ${inRegion} and (as_of < $1 or as_of > $1)) as stale`,
    [day],
  );
  if (region.length < 6) {
    await query(`select exists (select 1 from census_count_stale where ${inRegion}) as stale`);
    await query(
      `select 'region' as dimension, substr(region_code, 1, ${childLength}) as key, sum(n)::int as n,
        sum(certified)::int as certified, null::smallint as "employedYears", null::smallint as "certifiedYears"
      from census_county_count where ${inRegion} and dimension = 'total'
      group by 2
      union all
      select dimension, key, sum(n)::int, sum(certified)::int, employed_years, certified_years
      from census_county_count where ${inRegion}
      group by dimension, key, employed_years, certified_years
      order by 1, 2, 5, 6`,
    );
  } else
    await query(
      `select
      case
        when grouping(child) = 0 then 'region' when grouping(sex) = 0 then 'sex'
        when grouping(age_band) = 0 then 'age' when grouping(education_level) = 0 then 'education'
        when grouping(social_work_major) = 0 then 'major' when grouping(service_band) = 0 then 'service'
        when grouping(rank) = 0 then 'level' when grouping(employer_kind) = 0 then 'employer'
        when grouping(employed_years) = 0 then 'trend' else 'total' end as dimension,
      coalesce(child, sex, age_band, education_level, social_work_major::text, service_band, rank::text, employer_kind) as key,
      sum(n)::int as n, coalesce(sum(n) filter (where rank >= 0), 0)::int as certified, employed_years, certified_years
    from (
      select child, sex, age_band, education_level, social_work_major, service_band, rank,
        employer_kind, employed_years, certified_years, count(*) as n
      from (
        select substr(region_code, 1, ${childLength}) as child, sex, age_band, education_level,
          social_work_major, service_band, rank, employer_kind, employed_years, certified_years
        from worker_census_fact where ${inRegion}) facts
      group by child, sex, age_band, education_level, social_work_major, service_band, rank,
        employer_kind, employed_years, certified_years) f
    group by grouping sets ((child), (sex), (age_band), (education_level), (social_work_major),
      (service_band), (rank), (employer_kind), (employed_years, certified_years), ())`,
    );
  const year = Number(day.slice(0, 4));
  await query('select * from talent_target where region_code = $1 and year = $2', [region, year]);
}
