import { randomUUID } from 'node:crypto';
import { addDays, addMonths, regionAncestors } from '@shegong/domain';
import type { Query } from './raw-driver';

/**
 * The service endpoints' SQL by hand, as raw-queries.ts does for the others: the statements
 * casework (casework.service desk and get, case-file, case-statistics.service), groupwork
 * (person-times.service) and referrals (referral-board) send, without scope settings, row-level
 * security or the ORM. Keep them in step with the services.
 */

const inScope = (scope: string, column = 'region_code') => `${column} like '${scope}%'`;

/** The social worker a desk and a case file are read as. */
export interface Worker {
  id: string;
  organisationId: string;
  regionCode: string;
}

const mine = (w: Worker, alias = 'c') =>
  `${inScope(w.regionCode, `${alias}.region_code`)} and ${alias}.organisation_id = '${w.organisationId}'
   and exists (select 1 from case_worker w where w.case_id = ${alias}.id and w.account_id = '${w.id}')`;

/** case-file summaries: team, next task, settings, stations, client names (the last assessment is on the case). */
async function summaries(query: Query, w: Worker, rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => String(r.id));
  await query(
    'select case_id, account_id, worker_name from case_worker where case_id = any($1) order by assigned_at, account_id',
    [ids],
  );
  await query(
    'select case_id, min(due_on) from case_task where case_id = any($1) and done_on is null group by case_id',
    [ids],
  );
  await query(
    'select region_code, reassessment_months from case_work_setting where region_code = any($1) or region_code like $2',
    [['', ...regionAncestors(w.regionCode), w.regionCode], `${w.regionCode}%`],
  );
  await query(
    `select id, name, region_code from station where id = any($1) and ${inScope(w.regionCode)}`,
    [[...new Set(rows.map((r) => String(r.station_id)))]],
  );
  await query(
    `select * from client where id = any($1) and ${inScope(w.regionCode)} and exists (select 1 from client_consent c
       where c.client_id = client.id and c.kind = 'service' and c.organisation_id = $2)`,
    [[...new Set(rows.map((r) => String(r.client_id)))], w.organisationId],
  );
}

/** casework.service desk: the caseload, tasks due within a week, closures to approve. */
export async function caseDesk(query: Query, w: Worker, day: string) {
  const caseload = await query(
    `select * from case_work c where ${mine(w)} and c.status in ('open', 'closure_requested')
     order by c.id desc limit 200`,
  );
  await query(
    `select t.case_id, c.client_id, t.id, t.task_title, t.due_on from case_task t
     join case_work c on c.id = t.case_id
     where ${mine(w)} and c.status = 'open' and t.done_on is null and t.due_on <= $1
     order by t.due_on, t.id limit 100`,
    [addDays(day, 7)],
  );
  const approvals = await query(
    `select c.*, cl.* from case_closure cl join case_work c on c.id = cl.case_id
     where cl.decision = 'pending' and c.supervisor_id = $1 and c.organisation_id = $2
       and ${inScope(w.regionCode, 'c.region_code')}
     order by cl.requested_at limit 100`,
    [w.id, w.organisationId],
  );
  await summaries(query, w, approvals);
  await summaries(query, w, caseload);
}

/** casework.service get: the case, its audited read, and the file (summary and content). */
export async function caseFile(query: Query, w: Worker, id: string) {
  const [row] = await query(
    `select * from case_work c where c.id = $1 and ${inScope(w.regionCode, 'c.region_code')}
     and c.organisation_id = $2`,
    [id, w.organisationId],
  );
  if (!row) throw new Error(`case ${id} not found`);
  await query('select case_id, account_id, worker_name from case_worker where case_id = any($1)', [
    [id],
  ]);
  await query(
    `insert into audit_event (id, occurred_at, actor_id, actor_name, actor_roles, action, entity_type, entity_id, region_code, outcome)
     values ($1, now(), $2, 'bench', '{social_worker}', 'read', 'case', $3, $4, 'success')`,
    [randomUUID(), w.id, id, row.region_code],
  );
  await summaries(query, w, [row]);
  await query(
    `select * from client where id = $1 and ${inScope(w.regionCode)} and exists (select 1 from client_consent c
       where c.client_id = client.id and c.kind = 'service' and c.organisation_id = $2)`,
    [row.client_id, w.organisationId],
  );
  await query(
    'select * from case_assessment where case_id = $1 order by assessed_on desc, id desc',
    [id],
  );
  await query('select * from case_goal where case_id = $1 order by id', [id]);
  await query('select * from case_task where case_id = $1 order by due_on, id', [id]);
  await query(
    'select * from case_contact where case_id = $1 order by occurred_at desc, id desc limit 500',
    [id],
  );
  await query(
    'select * from case_evaluation where case_id = $1 order by evaluated_on desc, id desc',
    [id],
  );
  await query('select * from case_closure where case_id = $1 order by requested_at desc', [id]);
  await query('select * from case_event where case_id = $1 order by occurred_at, id', [id]);
  await query(
    `select occurred_at, actor_name, detail_params from audit_event
     where entity_type = 'case' and entity_id = $1 and detail_code = 'file_opened'
     order by occurred_at desc limit 50`,
    [id],
  );
  await query("select requested_by from case_closure where case_id = $1 and decision = 'pending'", [
    id,
  ]);
}

/** The last day of a month `YYYY-MM`. */
const monthEnd = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);

/** person-times.service stationMonth: the station, its month's sessions named, the names. */
export async function stationMonth(query: Query, scope: string, stationId: string, month: string) {
  await query(
    `select id, name, region_code from station where id = any($1) and ${inScope(scope)}`,
    [[stationId]],
  );
  const rows = await query(
    `select s.*, coalesce(g.name, a.title) as title from service_session s
     left join service_group g on g.id = s.group_id
     left join community_activity a on a.id = s.activity_id
     where s.station_id = $1 and ${inScope(scope, 's.region_code')} and s.held_on between $2 and $3
     order by s.held_on, s.created_at`,
    [stationId, `${month}-01`, monthEnd(month)],
  );
  await names(query, scope, rows);
}

async function names(query: Query, scope: string, rows: Record<string, unknown>[]) {
  await query(
    `select id, name, region_code from station where id = any($1) and ${inScope(scope)}`,
    [[...new Set(rows.map((r) => String(r.station_id)))]],
  );
  await query('select id, name from organisation where id = any($1)', [
    [...new Set(rows.map((r) => String(r.organisation_id)))],
  ]);
}

/** person-times.service byDivision: a scope's months for each division one level down. */
export async function personTimesByDivision(query: Query, scope: string, from: string, to: string) {
  const child = scope.length <= 4 ? scope.length + 2 : scope.length + 3;
  await query(
    `select left(region_code, ${child}) as division, to_char(held_on, 'YYYY-MM') as month,
       count(*) filter (where group_id is not null)::int, count(*) filter (where group_id is null)::int,
       coalesce(sum(person_times) filter (where group_id is not null), 0)::int,
       coalesce(sum(person_times) filter (where group_id is null), 0)::int,
       coalesce(sum(person_times), 0)::int as person_times
     from service_session where ${inScope(scope)} and held_on between $1 and $2
     group by 1, 2 order by 2, 1`,
    [`${from}-01`, monthEnd(to)],
  );
}

/** case-statistics.service statistics: the counts a region's office reads. */
export async function caseStatistics(query: Query, scope: string, region: string, day: string) {
  const where = `${inScope(scope)} and region_code like '${region}%'`;
  const since = addMonths(`${day.slice(0, 7)}-01`, -11);
  const settings = await query(
    'select region_code, reassessment_months from case_work_setting where region_code = any($1) or region_code like $2',
    [['', ...regionAncestors(region), region], `${region}%`],
  );
  const months = settings.length
    ? `(case ${settings.map((s) => `when region_code like '${String(s.region_code)}%' then ${Number(s.reassessment_months)}`).join(' ')} else 6 end)`
    : '6';
  const counts = await query(
    `select case when grouping(stage) = 0 then 'stage' when grouping(risk_level) = 0 then 'risk'
         when grouping(child) = 0 then 'region' when grouping(station_id) = 0 then 'station'
         when grouping(opened) = 0 then 'opened' when grouping(closed) = 0 then 'closed' else 'status' end
         as set,
       status, coalesce(stage, risk_level, child, station_id::text, opened, closed) as key, count(*)::int as n,
       (count(*) filter (where overdue))::int
     from (select status, stage, risk_level, left(region_code, ${region.length <= 4 ? region.length + 2 : region.length + 3}) as child, station_id,
         case when opened_on >= $1 then to_char(opened_on, 'YYYY-MM') end as opened,
         case when closed_on >= $1 then to_char(closed_on, 'YYYY-MM') end as closed,
         status = 'open' and last_assessed_on + make_interval(months => ${months}) < $2::date as overdue
       from case_work where ${where}) c
     group by grouping sets ((status), (status, stage), (status, risk_level), (status, child),
       (status, station_id), (opened), (status, closed))`,
    [since, day],
  );
  await query(
    `select g, count(*) from case_work cross join lateral unnest(population_groups) as g
     where ${where} and status in ('open', 'closure_requested') group by g`,
  );
  const stations = counts
    .filter((r) => r.set === 'station')
    .sort((a, b) => Number(b.n) - Number(a.n))
    .slice(0, 10);
  await query(`select id, name from station where id = any($1) and ${inScope(scope)}`, [
    stations.map((s) => String(s.key)),
  ]);
}

/** referral-board: the figures of the year so far, by child division, and the overdue ones. */
export async function referralBoard(query: Query, scope: string, region: string, day: string) {
  const where = `${inScope(scope)} and region_code like '${region}%' and sent_at >= $1 and sent_at < $2`;
  const params = [
    new Date(`${day.slice(0, 4)}-01-01T00:00:00+08:00`),
    new Date(`${addDays(day, 1)}T00:00:00+08:00`),
    new Date(),
  ];
  const figures = `count(*)::int,
    count(*) filter (where status = 'pending')::int, count(*) filter (where status = 'accepted')::int,
    count(*) filter (where status = 'refused')::int, count(*) filter (where status = 'done')::int,
    count(*) filter (where status = 'revoked')::int,
    count(*) filter (where (status = 'pending' and answer_due_at < $3) or (status = 'accepted' and report_due_at < $3))::int,
    count(*) filter (where answered_at is not null)::int,
    count(*) filter (where answered_at > answer_due_at)::int,
    count(*) filter (where done_at > report_due_at)::int,
    percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at) / 3600)`;
  await query(`select ${figures} from referral where ${where}`, params);
  const childLength = { 2: 4, 4: 6, 6: 9, 9: 12 }[region.length];
  if (childLength)
    await query(
      `select left(region_code, ${childLength}), ${figures} from referral where ${where} group by 1`,
      params,
    );
  await query(
    `select id, client_name, region_code, sender_organisation_name, receiver_name, status, sent_at,
       case when status = 'pending' then answer_due_at else report_due_at end
     from referral where ${where}
       and ((status = 'pending' and answer_due_at < $3) or (status = 'accepted' and report_due_at < $3))
     order by sent_at limit 50`,
    params,
  );
}
