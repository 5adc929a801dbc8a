import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  markScore,
  roundResult,
  type EvaluationRoundSummary,
  type LocalizedText,
  type RoundResult,
  type Sheet,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { recordAudit, type AuditEntry } from '../../platform/audit/audit';
import { AppError, conflict, notFound } from '../../platform/errors/app-error';
import { evaluationAssignments, evaluationRounds, evaluationSheets } from './evaluations.table';

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type AssignmentRow = typeof evaluationAssignments.$inferSelect;
export type SheetRow = typeof evaluationSheets.$inferSelect;

export const roundEntity: LocalizedText = { 'zh-CN': '评估轮次', 'en-US': 'Evaluation round' };
export const assignmentEntity: LocalizedText = { 'zh-CN': '评估指派', 'en-US': 'Assignment' };
export const roundEntityType = 'evaluation_round';

/** A refusal of a step the round's state does not allow (409), said once for the form and the page. */
export const refused = (zh: string, en: string) =>
  conflict({ 'zh-CN': zh, 'en-US': en }, [{ path: 'body', message: { 'zh-CN': zh, 'en-US': en } }]);

/** The rounds the actor organises (its region's), or — for a provider — its published ones. */
export function roundVisibility(actor: Actor): SQL {
  if (actor.permissions.has('evaluations:organise'))
    return inRegionScope(evaluationRounds.regionCode, actor);
  if (actor.permissions.has('evaluations:respond') && actor.organisationId)
    return and(
      eq(evaluationRounds.providerOrganisationId, actor.organisationId),
      inArray(evaluationRounds.status, ['published', 'final']),
    )!;
  return sql`false`;
}

/** The round if the actor may read it, locked for a write: 404 otherwise. */
export async function loadRound(tx: Transaction, actor: Actor, id: string, lock = false) {
  const query = tx
    .select()
    .from(evaluationRounds)
    .where(and(eq(evaluationRounds.id, id), roundVisibility(actor)));
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw notFound(roundEntity);
  return row;
}

/** Bumps the round's version after a write, refusing one that raced another (409). */
export async function bumpRound(
  tx: Transaction,
  row: RoundRow,
  fields: Partial<typeof evaluationRounds.$inferInsert>,
  now: Date,
): Promise<RoundRow> {
  const [after] = await tx
    .update(evaluationRounds)
    .set({ ...fields, version: sql`${evaluationRounds.version} + 1`, updatedAt: now })
    .where(and(eq(evaluationRounds.id, row.id), eq(evaluationRounds.version, row.version)))
    .returning();
  if (!after) throw new AppError('VERSION_CONFLICT');
  return after;
}

/** Every event of a round and its parts is the round's: its trail reads as one story. */
export function auditRound(
  tx: Transaction,
  actor: Actor,
  round: Pick<RoundRow, 'id' | 'regionCode'>,
  entry: Pick<AuditEntry, 'action' | 'changes' | 'detail'>,
) {
  return recordAudit(tx, actor, {
    ...entry,
    entityType: roundEntityType,
    entityId: round.id,
    regionCode: round.regionCode,
  });
}

export async function sheetsOf(tx: Transaction, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  return tx
    .select()
    .from(evaluationSheets)
    .where(isAnyOf(evaluationSheets.roundId, [...roundIds]))
    .orderBy(asc(evaluationSheets.party), asc(evaluationSheets.scorerName));
}

export async function assignmentsOf(tx: Transaction, roundIds: readonly string[]) {
  if (roundIds.length === 0) return [];
  return tx
    .select()
    .from(evaluationAssignments)
    .where(isAnyOf(evaluationAssignments.roundId, [...roundIds]))
    .orderBy(asc(evaluationAssignments.createdAt));
}

/** The result the submitted sheets give: the round's score, never typed. */
export function resultOf(round: RoundRow, sheets: readonly SheetRow[]): RoundResult {
  const submitted = sheets
    .filter((s) => s.roundId === round.id && s.status === 'submitted')
    .map((s) => ({ party: s.party as Sheet['party'], marks: s.marks }));
  return roundResult(round.items, submitted, round.partyWeights);
}

export function presentSheet(round: RoundRow, sheet: SheetRow): Sheet {
  const items = new Map(round.items.map((i) => [i.key, i]));
  return {
    id: sheet.id,
    party: sheet.party as Sheet['party'],
    scorerName: sheet.scorerName,
    status: sheet.status as Sheet['status'],
    marks: sheet.marks.map((m) => {
      const item = items.get(m.key);
      return { ...m, score: item ? markScore(item, m) : null };
    }),
    submittedAt: sheet.submittedAt?.toISOString() ?? null,
    version: sheet.version,
  };
}

export function presentSummary(
  round: RoundRow,
  regionName: string,
  assignments: readonly AssignmentRow[],
  sheets: readonly SheetRow[],
): EvaluationRoundSummary {
  return {
    id: round.id,
    kind: round.kind as EvaluationRoundSummary['kind'],
    year: round.year,
    status: round.status as EvaluationRoundSummary['status'],
    regionCode: round.regionCode,
    regionName,
    contractId: round.contractId,
    projectId: round.projectId,
    projectCode: round.projectCode,
    projectTitle: round.projectTitle,
    projectType: round.projectType as EvaluationRoundSummary['projectType'],
    providerName: round.providerName,
    dueOn: round.dueOn,
    total: round.total,
    grade: round.grade as EvaluationRoundSummary['grade'],
    evaluators: assignments.filter(
      (a) => a.roundId === round.id && (a.status === 'cleared' || a.status === 'waived'),
    ).length,
    sheetsSubmitted: sheets.filter((s) => s.roundId === round.id && s.status === 'submitted')
      .length,
  };
}
