import { randomUUID } from 'node:crypto';
import { regionAncestors } from '@shegong/domain';
import type { Query } from './raw-driver';

/**
 * The SQL the purchase endpoints need, by hand (see raw-queries.ts): projects.service list and
 * get, funds.service summary (with contracts.service moneyByRegion), contracts.service list and
 * get. Keep them in step with the services.
 */

const setUp = `('approved', 'tendering', 'awarded', 'signed', 'in_service', 'completed', 'closed')`;

/** projects.service list: newest first, a page of 20 by keyset, filters on indexed columns. */
export async function listProjects(
  query: Query,
  scope: string,
  filters: { region: string; state?: string; year?: number },
) {
  const params: unknown[] = [`${scope}%`, `${filters.region}%`];
  let where = `region_code like $1 and region_code like $2`;
  if (filters.state) where += ` and state = $${params.push(filters.state)}`;
  if (filters.year) where += ` and year = $${params.push(filters.year)}`;
  await query(`select * from project where ${where} order by id desc limit 21`, params);
}

/** projects.service get: the project, its moves and its reviews. */
export async function getProject(query: Query, scope: string, id: string) {
  const [row] = await query(`select * from project where id = $1 and region_code like $2`, [
    id,
    `${scope}%`,
  ]);
  if (!row) throw new Error(`project ${id} not found`);
  await query('select * from project_move where project_id = $1 order by at, id', [id]);
  await query('select * from project_review where project_id = $1 order by recorded_at', [id]);
}

/** funds.service summary: by kind, by division below, by year, and the set-up projects. */
export async function fundsSummary(query: Query, scope: string, region: string, year: number) {
  const childLength = region.length === 2 ? 4 : region.length === 4 ? 6 : 9;
  const allocated = `left join (select source_id, sum(amount_fen) as total from fund_allocation group by source_id) a on a.source_id = s.id`;
  const where = `s.region_code like $1 and s.region_code like $2`;
  const params = [`${scope}%`, `${region}%`, year];
  await query(
    `select s.kind, sum(s.amount_fen), coalesce(sum(a.total), 0) from fund_source s ${allocated}
     where ${where} and s.year = $3 group by s.kind`,
    params,
  );
  await query(
    `select left(s.region_code, ${childLength}), sum(s.amount_fen), coalesce(sum(a.total), 0)
     from fund_source s ${allocated} where ${where} and s.year = $3 group by 1`,
    params,
  );
  await query(
    `select s.year, sum(s.amount_fen), coalesce(sum(a.total), 0) from fund_source s ${allocated}
     where ${where} group by s.year order by s.year`,
    params.slice(0, 2),
  );
  await query(
    `select left(region_code, ${childLength}), count(*)::int, sum(budget_fen) from project
     where region_code like $1 and region_code like $2 and year = $3 and state in ${setUp} group by 1`,
    params,
  );
  // contracts.service moneyByRegion: 已签约 and 已支付 by division and year.
  await query(
    `select left(c.region_code, ${childLength}), c.project_year, sum(c.amount_fen),
       sum((select coalesce(sum(t.amount_fen), 0) from contract_tranche t
            where t.contract_id = c.id and t.status = 'paid'))
     from contract c where c.region_code like $1 and c.region_code like $2 and c.project_year = $3
       and c.status <> 'draft' group by 1, 2`,
    params,
  );
}

/** contracts.service list: a page of 20 of the scope's contracts in a status, newest first, paid sums. */
export async function listContracts(query: Query, scope: string, status: string) {
  const where = `region_code like $1 and status = $2`;
  const params = [`${scope}%`, status];
  const rows = await query(
    `select * from contract where ${where} order by created_at desc, id desc limit 20 offset 0`,
    params,
  );
  await query(`select count(*)::int as n from contract where ${where}`, params);
  if (rows.length === 0) return;
  await query(
    `select contract_id, coalesce(sum(amount_fen) filter (where status = 'paid'), 0)::bigint
     from contract_tranche where contract_id = any($1) group by contract_id`,
    [rows.map((r) => r.id)],
  );
}

/**
 * contracts.service get: the contract, its terms in force (indicators, workers, tranches), its
 * versions and reports, the personnel rule, and the audited read of its payments.
 */
export async function getContract(query: Query, scope: string, id: string) {
  const [row] = await query(`select * from contract where id = $1 and region_code like $2`, [
    id,
    `${scope}%`,
  ]);
  if (!row) throw new Error(`contract ${id} not found`);
  await query('select * from contract_indicator where contract_id = any($1) order by position', [
    [id],
  ]);
  await query('select * from contract_worker where contract_id = any($1) order by name', [[id]]);
  await query('select * from contract_tranche where contract_id = any($1) order by position', [
    [id],
  ]);
  await query('select * from contract_version where contract_id = $1 order by number', [id]);
  await query('select * from contract_report where contract_id = $1 order by period_from', [id]);
  const region = String(row.region_code);
  await query('select * from contract_personnel_rule where region_code = any($1)', [
    ['', ...regionAncestors(region), region],
  ]);
  await query(
    `insert into audit_event (id, occurred_at, actor_id, actor_name, actor_roles, action, entity_type, entity_id, region_code, outcome, detail_code)
     values ($1, now(), null, 'bench', '{}', 'read', 'contract', $2, $3, 'success', 'contract_money_read')`,
    [randomUUID(), id, region],
  );
}
