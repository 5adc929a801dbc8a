import { randomUUID } from 'node:crypto';
import type { ItemMarkRecord } from '@shegong/domain';
import type { BenchEvaluator } from './evaluation-fixtures';
import type { Query } from './raw-driver';

/**
 * The evaluation endpoints' SQL by hand (see raw-queries.ts): sheets.service saveOwn with
 * assignments.service myEvaluation, assignments.service mine, statistics.service statistics.
 * Keep them in step with the services.
 */

const inScope = (scope: string, column = 'region_code') => `${column} like '${scope}%'`;

/** assignments.service loadOwn: the evaluator's assignment and its round, in their scope. */
async function loadOwn(query: Query, evaluator: BenchEvaluator, id: string, lock: boolean) {
  const [row] = await query(
    `select a.*, r.* from evaluation_assignment a join evaluation_round r on r.id = a.round_id
     where a.id = $1 and a.account_id = $2 and ${inScope(evaluator.regionCode, 'r.region_code')}
     ${lock ? 'for update' : ''}`,
    [id, evaluator.id],
  );
  if (!row) throw new Error(`assignment ${id} not found`);
  return row;
}

/** assignments.service myEvaluation: the round, the contract's evidence and the sheet. */
async function myEvaluation(query: Query, evaluator: BenchEvaluator, id: string) {
  const row = await loadOwn(query, evaluator, id, false);
  await query(
    `select contract_id, id, name, level, unit, period from contract_indicator
     where contract_id = any($1) order by contract_id, position`,
    [[row.contract_id]],
  );
  await query(
    `select id, period_key, status, outputs from contract_report where contract_id = $1
     order by period_key`,
    [row.contract_id],
  );
  await query('select * from evaluation_sheet where assignment_id = $1', [id]);
}

/** sheets.service saveOwn: the draft's marks replaced under its version, audited; the new version. */
export async function saveSheet(
  query: Query,
  evaluator: BenchEvaluator,
  sheet: { assignmentId: string; version: number },
  marks: ItemMarkRecord[],
): Promise<number> {
  const round = await loadOwn(query, evaluator, sheet.assignmentId, true);
  const [before] = await query(
    `select * from evaluation_sheet where round_id = $1 and assignment_id = $2 for update`,
    [round.round_id, sheet.assignmentId],
  );
  if (!before || before.version !== sheet.version) throw new Error('version conflict');
  const [after] = await query(
    `update evaluation_sheet set marks = $1, updated_at = now(), version = version + 1 where id = $2 and version = $3 returning *`,
    [JSON.stringify(marks), before.id, sheet.version],
  );
  if (!after) throw new Error('version conflict');
  await query(
    `insert into audit_event (id, occurred_at, actor_id, actor_name, actor_roles, action, entity_type, entity_id, region_code, outcome, changes)
     values ($1, now(), $2, 'bench', '{evaluator}', 'update', 'evaluation_round', $3, $4, 'success', $5)`,
    [
      randomUUID(),
      evaluator.id,
      round.round_id,
      round.region_code,
      JSON.stringify({ marks: [(before.marks as unknown[]).length, marks.length] }),
    ],
  );
  await myEvaluation(query, evaluator, sheet.assignmentId);
  return Number(after.version);
}

/** assignments.service mine: the evaluator's assignments with their rounds and sheets. */
export async function myAssignments(query: Query, evaluator: BenchEvaluator) {
  await query(
    `select a.id, a.status, r.id, r.kind, r.status, r.project_title, r.provider_name, r.due_on,
       s.status from evaluation_assignment a
     join evaluation_round r on r.id = a.round_id
     left join evaluation_sheet s on s.assignment_id = a.id
     where a.account_id = $1 and ${inScope(evaluator.regionCode, 'r.region_code')}
     order by r.due_on`,
    [evaluator.id],
  );
}

/** statistics.service statistics: the final rounds' grades, the locked rounds' items, their sheets. */
export async function gradeDistribution(query: Query, scope: string, region: string) {
  const where = `${inScope(region, 'r.region_code')} and ${inScope(scope, 'r.region_code')}`;
  await query(
    `select r.region_code, r.project_type, r.provider_name, r.total, r.grade
     from evaluation_round r where ${where} and r.status = 'final'`,
  );
  await query(
    `select r.id, r.indicator_label, r.items from evaluation_round r
     where ${where} and r.locked_at is not null`,
  );
  await query(
    `select s.round_id, s.marks, a.agency_name from evaluation_sheet s
     join evaluation_round r on r.id = s.round_id
     join evaluation_assignment a on a.id = s.assignment_id
     where ${where} and s.status = 'submitted' and r.locked_at is not null`,
  );
}
