import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  auditNote,
  markProblems,
  markScore,
  scoringParties,
  type ItemMarkRecord,
  type ScoringParty,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import { mayScore, type AssignmentService } from './assignments.service';
import { evaluationRescores, evaluationSheets } from './evaluations.table';
import {
  auditRound,
  bumpRound,
  loadRound,
  refused,
  resultOf,
  sheetsOf,
  type RoundRow,
  type SheetRow,
} from './round-store';
import type { RoundService } from './rounds.service';

interface Deps {
  database: Database;
  clock: () => Date;
  assignments: Pick<AssignmentService, 'loadOwn' | 'myEvaluation'>;
  rounds: Pick<RoundService, 'detailOf'>;
}

/** Whose sheet: an evaluator's (by their assignment) or an office party's (one per round). */
interface SheetOwner {
  party: ScoringParty;
  assignmentId: string | null;
}

const sheetEntity = { 'zh-CN': '评分表', 'en-US': 'Scoring sheet' };
const partyName = (party: string) => scoringParties.find((p) => p.code === party)!;

/** Marks change while the round is open; after the lock, only by a recorded re-score. */
function refuseUnlessOpen(round: Pick<RoundRow, 'status'>) {
  if (round.status !== 'open')
    throw refused('轮次已锁定：评分只能通过重新评分修改', 'The round is locked: re-score instead');
}

/** A submitted sheet is the party's word: nothing of it changes but by re-score. */
function refuseIfSubmitted(sheet: Pick<SheetRow, 'status'> | undefined) {
  if (sheet?.status === 'submitted')
    throw refused('评分表已提交，不能再修改', 'The sheet is submitted');
}

/**
 * 评分表: marks saved as a draft and submitted whole; after the lock a mark changes only by a
 * recorded re-score. One write path for the evaluators' sheets and the offices'.
 */
export function createSheetService(deps: Deps) {
  const { database, clock, assignments, rounds } = deps;

  async function sheetOf(tx: Transaction, round: RoundRow, owner: SheetOwner) {
    const [row] = await tx
      .select()
      .from(evaluationSheets)
      .where(
        and(
          eq(evaluationSheets.roundId, round.id),
          owner.assignmentId
            ? eq(evaluationSheets.assignmentId, owner.assignmentId)
            : and(eq(evaluationSheets.party, owner.party), isNull(evaluationSheets.assignmentId)),
        ),
      )
      .for('update');
    return row;
  }

  /** Saves the marks of a sheet, or submits it (every item of the party marked). */
  async function write(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    owner: SheetOwner,
    input: { marks?: ItemMarkRecord[] | undefined; version?: number | undefined },
    submit: boolean,
  ): Promise<SheetRow> {
    refuseUnlessOpen(round);
    const before = await sheetOf(tx, round, owner);
    if (before && before.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (!before && submit) throw notFound(sheetEntity);
    refuseIfSubmitted(before);
    const marks = input.marks ?? before?.marks ?? [];
    refuseProblems(markProblems(round.items, owner.party, marks, { complete: submit }));
    const now = clock();
    const fields = {
      marks,
      scorerName: actor.realName,
      updatedAt: now,
      ...(submit ? { status: 'submitted', submittedAt: now } : {}),
    };
    const [after] = before
      ? await tx
          .update(evaluationSheets)
          .set({ ...fields, version: sql`${evaluationSheets.version} + 1` })
          .where(
            and(eq(evaluationSheets.id, before.id), eq(evaluationSheets.version, before.version)),
          )
          .returning()
      : await tx
          .insert(evaluationSheets)
          .values({
            id: newId(),
            roundId: round.id,
            regionCode: round.regionCode,
            party: owner.party,
            assignmentId: owner.assignmentId,
            ...fields,
          })
          .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await auditRound(tx, actor, round, {
      action: before ? 'update' : 'create',
      changes: changedFields(
        before ? { marks: before.marks.length, status: before.status } : null,
        { marks: after.marks.length, status: after.status },
      ),
      ...(submit
        ? { detail: auditNote('sheet_submitted', { party: partyName(owner.party)['zh-CN'] }) }
        : {}),
    });
    return after;
  }

  /**
   * The evaluator's sheet for a change beside its marks (an evidence file): refused as a save
   * would be once locked or submitted, and begun as an empty draft if none is saved yet.
   */
  async function editableOwnSheet(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    assignmentId: string,
  ): Promise<SheetRow> {
    const owner: SheetOwner = { party: 'third_party', assignmentId };
    refuseUnlessOpen(round);
    const sheet = await sheetOf(tx, round, owner);
    refuseIfSubmitted(sheet);
    return sheet ?? write(tx, actor, round, owner, {}, false);
  }

  /** The evaluator's own sheet, once they may score. */
  function own(submit: boolean) {
    return async (
      actor: Actor,
      assignmentId: string,
      input: { marks?: ItemMarkRecord[]; version?: number },
    ) => {
      await withScope(database, actor, async (tx) => {
        // Locks the assignment and its round: a lock of the round waits for this save.
        const { assignment, round } = await assignments.loadOwn(tx, actor, assignmentId, true);
        if (!mayScore(assignment))
          throw refused('声明无利益冲突后才能评分', 'Declare no conflict before scoring');
        await write(tx, actor, round, { party: 'third_party', assignmentId }, input, submit);
      });
      return assignments.myEvaluation(actor, assignmentId);
    };
  }

  /** An office party's sheet (购买方, 业务主管部门, the community's survey), kept by the organiser. */
  function office(submit: boolean) {
    return (
      actor: Actor,
      roundId: string,
      party: ScoringParty,
      input: { marks?: ItemMarkRecord[]; version?: number },
    ) =>
      withScope(database, actor, async (tx) => {
        const round = await loadRound(tx, actor, roundId, true);
        if (party === 'third_party' || !round.items.some((i) => i.scoringParty === party))
          throw refused(
            '本轮没有由这一方评分的指标',
            'No item of the round is scored by this party',
          );
        await write(tx, actor, round, { party, assignmentId: null }, input, submit);
        return rounds.detailOf(tx, round);
      });
  }

  /**
   * 重新评分: one mark of a submitted sheet after the lock, with its reason, recorded; the round's
   * result follows. Also what an upheld objection does.
   */
  async function rescoreIn(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    change: { sheetId: string; mark: ItemMarkRecord; reason: string; objectionId?: string },
  ): Promise<RoundRow> {
    const sheets = await sheetsOf(tx, [round.id]);
    const sheet = sheets.find((s) => s.id === change.sheetId && s.status === 'submitted');
    if (!sheet) throw notFound(sheetEntity);
    const problems = markProblems(round.items, sheet.party as ScoringParty, [change.mark], {
      complete: false,
    }).map((p) => ({ ...p, field: p.field.replace(/^marks\.0/, 'mark') }));
    refuseProblems(problems);
    const item = round.items.find((i) => i.key === change.mark.key)!;
    const previous = sheet.marks.find((m) => m.key === change.mark.key);
    const marks = [...sheet.marks.filter((m) => m.key !== change.mark.key), change.mark];
    await tx
      .update(evaluationSheets)
      .set({ marks, version: sql`${evaluationSheets.version} + 1`, updatedAt: clock() })
      .where(eq(evaluationSheets.id, sheet.id));
    const [fromScore, toScore] = [markScore(item, previous), markScore(item, change.mark)];
    await tx.insert(evaluationRescores).values({
      id: newId(),
      roundId: round.id,
      regionCode: round.regionCode,
      sheetId: sheet.id,
      itemKey: item.key,
      fromScore,
      toScore,
      reason: change.reason,
      objectionId: change.objectionId ?? null,
      byAccount: actor.accountId,
      byName: actor.realName,
      at: clock(),
    });
    const result = resultOf(
      round,
      sheets.map((s) => (s.id === sheet.id ? { ...s, marks } : s)),
    );
    const after = await bumpRound(
      tx,
      round,
      { result, total: result.total, grade: result.grade },
      clock(),
    );
    await auditRound(tx, actor, round, {
      action: 'update',
      changes: changedFields({ total: round.total }, { total: after.total }),
      detail: auditNote('item_rescored', {
        item: item.name,
        from: String(fromScore ?? '—'),
        to: String(toScore ?? '—'),
        reason: change.reason,
      }),
    });
    return after;
  }

  async function rescore(
    actor: Actor,
    roundId: string,
    input: { version: number; sheetId: string; mark: ItemMarkRecord; reason: string },
  ) {
    return withScope(database, actor, async (tx) => {
      const round = await loadRound(tx, actor, roundId, true);
      if (round.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (round.status !== 'locked' && round.status !== 'published')
        throw refused(
          '只有锁定后、定档前的评分可以重新评分',
          'Re-scoring is for a locked round before it is final',
        );
      return rounds.detailOf(tx, await rescoreIn(tx, actor, round, input));
    });
  }

  return {
    editableOwnSheet,
    saveOwn: own(false),
    submitOwn: own(true),
    saveOffice: office(false),
    submitOffice: office(true),
    rescore,
    rescoreIn,
  };
}

export type SheetService = ReturnType<typeof createSheetService>;
