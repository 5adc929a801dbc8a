import type { Query } from './raw-driver';

/**
 * The SQL the purchase endpoints need, by hand (see raw-queries.ts): projects.service list and
 * get, funds.service summary. Keep them in step with the services.
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
}
