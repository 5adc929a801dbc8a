import {
  auditNote,
  deadlineLastDay,
  type Rectification,
  type RectificationStatus,
  type ReviewRectification,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields } from '../../platform/audit/audit';
import type { DeadlineService } from '../../platform/deadlines/deadlines.service';
import { AppError } from '../../platform/errors/app-error';
import { rectificationDeadline } from './rectification-deadline';
import { auditRound, bumpRound, loadRound, refused, type RoundRow } from './round-store';

interface Deps {
  database: Database;
  clock: () => Date;
  deadlines: DeadlineService;
}

export function presentRectification(row: RoundRow): Rectification | null {
  if (!row.rectificationStatus) return null;
  return {
    status: row.rectificationStatus as RectificationStatus,
    dueAt: row.rectificationDueAt?.toISOString() ?? null,
    plan: row.rectificationPlan,
    submittedAt: row.rectificationSubmittedAt?.toISOString() ?? null,
    submittedByName: row.rectificationSubmittedByName,
    reviewNote: row.rectificationReviewNote,
    reviewedByName: row.rectificationReviewedByName,
  };
}

/**
 * 整改: a round made final as 合格 asks the provider for a rectification plan by a deadline of
 * the platform's engine (met when the plan is submitted, started again when it is returned); the
 * organiser accepts or returns it.
 */
export function createRectificationService({ database, clock, deadlines }: Deps) {
  /** The plan's clock, which the provider's division settles by submitting. */
  const startClock = (tx: Transaction, row: RoundRow) =>
    deadlines.start(tx, {
      policy: rectificationDeadline,
      subjectId: row.id,
      regionCode: row.regionCode,
      counterpartRegionCode: row.providerRegionCode,
    });

  /** Starts the plan's clock, in the final step's transaction: the fields the round takes. */
  async function requireIn(tx: Transaction, actor: Actor, row: RoundRow) {
    const deadline = await startClock(tx, row);
    const due = deadlineLastDay(deadline.dueAt);
    await auditRound(tx, actor, row, {
      action: 'update',
      detail: auditNote('rectification_required', { due }),
    });
    return {
      fields: { rectificationStatus: 'required', rectificationDueAt: new Date(deadline.dueAt) },
      consequence: `评估合格：承接机构须于 ${due} 前提交整改方案`,
    };
  }

  /** The provider's plan, while one is asked for. */
  async function submit(actor: Actor, id: string, input: { version: number; plan: string }) {
    return withScope(database, actor, async (tx) => {
      const row = await loadRound(tx, actor, id, true);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (row.rectificationStatus !== 'required')
        throw refused('本轮评估没有待提交的整改方案', 'No rectification plan is due on this round');
      const now = clock();
      const after = await bumpRound(
        tx,
        row,
        {
          rectificationStatus: 'submitted',
          rectificationPlan: input.plan,
          rectificationSubmittedAt: now,
          rectificationSubmittedByName: actor.realName,
        },
        now,
      );
      await deadlines.meet(tx, rectificationDeadline, row.id, now);
      await auditRound(tx, actor, row, {
        action: 'update',
        changes: changedFields(
          { rectification: row.rectificationStatus },
          { rectification: 'submitted' },
        ),
        detail: auditNote('rectification_submitted'),
      });
      return after;
    });
  }

  /** The organiser's review: accepted, or returned (the clock starts again). */
  async function review(actor: Actor, id: string, input: ReviewRectification) {
    return withScope(database, actor, async (tx) => {
      const row = await loadRound(tx, actor, id, true);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (row.rectificationStatus !== 'submitted')
        throw refused('没有待审核的整改方案', 'No rectification plan awaits review');
      const now = clock();
      let fields: Partial<RoundRow> = {
        rectificationStatus: 'accepted',
        rectificationReviewNote: input.note,
        rectificationReviewedByName: actor.realName,
      };
      if (!input.accept) {
        const deadline = await startClock(tx, row);
        fields = {
          ...fields,
          rectificationStatus: 'required',
          rectificationDueAt: new Date(deadline.dueAt),
        };
      }
      const after = await bumpRound(tx, row, fields, now);
      await auditRound(tx, actor, row, {
        action: 'update',
        changes: changedFields(
          { rectification: row.rectificationStatus },
          { rectification: after.rectificationStatus },
        ),
        detail: input.accept
          ? auditNote('rectification_accepted')
          : auditNote('rectification_returned', { note: input.note }),
      });
      return after;
    });
  }

  return { requireIn, submit, review };
}

export type RectificationService = ReturnType<typeof createRectificationService>;
