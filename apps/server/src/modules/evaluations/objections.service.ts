import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  leavesOf,
  type DecideObjection,
  type Objection,
  type ProviderEvaluation,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import { evaluationObjections, evaluationRounds } from './evaluations.table';
import {
  auditRound,
  bumpRound,
  loadRound,
  refused,
  roundVisibility,
  type RoundRow,
} from './round-store';
import { presentRectification } from './rectification.service';
import type { RoundService } from './rounds.service';
import type { SheetService } from './sheets.service';

type ObjectionRow = typeof evaluationObjections.$inferSelect;

interface Deps {
  database: Database;
  clock: () => Date;
  rounds: Pick<RoundService, 'detailOf'>;
  sheets: Pick<SheetService, 'rescoreIn'>;
}

export function presentObjection(o: ObjectionRow): Objection {
  return {
    id: o.id,
    itemKey: o.itemKey,
    itemName: o.itemName,
    reason: o.reason,
    raisedByName: o.raisedByName,
    raisedAt: o.raisedAt.toISOString(),
    status: o.status as Objection['status'],
    decisionReason: o.decisionReason,
    decidedByName: o.decidedByName,
    decidedAt: o.decidedAt?.toISOString() ?? null,
    version: o.version,
  };
}

const objectionEntity = { 'zh-CN': '异议', 'en-US': 'Objection' };

/**
 * 公示与异议: the provider reads its published results — scores by item, not who gave them —
 * objects to an item within the window or confirms the result; the organiser decides each
 * objection, re-scoring the item when it is upheld.
 */
export function createObjectionService(deps: Deps) {
  const { database, clock, rounds, sheets } = deps;
  const today = () => chinaToday(clock());

  const objectionsOf = (tx: Transaction, roundIds: string[]) =>
    roundIds.length === 0
      ? Promise.resolve([])
      : tx
          .select()
          .from(evaluationObjections)
          .where(inArray(evaluationObjections.roundId, roundIds))
          .orderBy(asc(evaluationObjections.raisedAt));

  const windowOpen = (round: RoundRow) =>
    round.status === 'published' &&
    round.providerConfirmedAt === null &&
    round.objectionUntil !== null &&
    today() <= round.objectionUntil;

  function present(round: RoundRow, objections: ObjectionRow[]): ProviderEvaluation {
    return {
      id: round.id,
      kind: round.kind as ProviderEvaluation['kind'],
      status: round.status as ProviderEvaluation['status'],
      projectTitle: round.projectTitle,
      contractCode: round.contractCode,
      items: round.items,
      result: round.result!,
      publishedAt: round.publishedAt?.toISOString() ?? null,
      objectionUntil: round.objectionUntil,
      confirmedAt: round.providerConfirmedAt?.toISOString() ?? null,
      objections: objections.filter((o) => o.roundId === round.id).map(presentObjection),
      consequences: round.consequences,
      rectification: presentRectification(round),
      can: {
        object: windowOpen(round),
        confirm: windowOpen(round),
        rectify: round.rectificationStatus === 'required',
      },
      version: round.version,
    };
  }

  /** The provider's published and final results, newest first. */
  async function listOwn(actor: Actor) {
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select()
        .from(evaluationRounds)
        .where(roundVisibility(actor))
        .orderBy(desc(evaluationRounds.publishedAt))
        .limit(200);
      const objections = await objectionsOf(
        tx,
        rows.map((r) => r.id),
      );
      return rows.map((r) => present(r, objections));
    });
  }

  async function getOwn(actor: Actor, id: string) {
    return withScope(database, actor, async (tx) => {
      const round = await loadRound(tx, actor, id);
      return present(round, await objectionsOf(tx, [round.id]));
    });
  }

  function closedWindow(round: RoundRow) {
    return round.providerConfirmedAt
      ? refused('已确认评估结果，不能再提出异议', 'The result is confirmed: no more objections')
      : refused(
          `异议期已于 ${round.objectionUntil} 结束`,
          `The objection window closed on ${round.objectionUntil}`,
        );
  }

  async function raise(actor: Actor, id: string, input: { itemKey: string; reason: string }) {
    await withScope(database, actor, async (tx) => {
      const round = await loadRound(tx, actor, id, true);
      if (!windowOpen(round)) throw closedWindow(round);
      const item = leavesOf(round.items).find((i) => i.key === input.itemKey);
      if (!item)
        refuseProblems([
          {
            field: 'itemKey',
            message: { 'zh-CN': '不是本轮的评分指标', 'en-US': 'Not a scored item of the round' },
          },
        ]);
      const [taken] = await tx
        .select({ id: evaluationObjections.id })
        .from(evaluationObjections)
        .where(
          and(
            eq(evaluationObjections.roundId, round.id),
            eq(evaluationObjections.itemKey, input.itemKey),
          ),
        );
      if (taken) throw refused('该指标已提出过异议', 'This item is contested already');
      await tx.insert(evaluationObjections).values({
        id: newId(),
        roundId: round.id,
        regionCode: round.regionCode,
        providerRegionCode: round.providerRegionCode,
        itemKey: item!.key,
        itemName: item!.name,
        reason: input.reason,
        raisedBy: actor.accountId,
        raisedByName: actor.realName,
        raisedAt: clock(),
      });
      await auditRound(tx, actor, round, {
        action: 'create',
        changes: changedFields(null, { item: item!.name, reason: input.reason }),
        detail: auditNote('objection_raised', { item: item!.name }),
      });
    });
    return getOwn(actor, id);
  }

  /** 无异议: the provider accepts the result; the round may be made final before the window ends. */
  async function confirm(actor: Actor, id: string, input: { version: number }) {
    await withScope(database, actor, async (tx) => {
      const round = await loadRound(tx, actor, id, true);
      if (round.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (!windowOpen(round)) throw closedWindow(round);
      await bumpRound(
        tx,
        round,
        { providerConfirmedAt: clock(), providerConfirmedByName: actor.realName },
        clock(),
      );
      await auditRound(tx, actor, round, {
        action: 'update',
        detail: auditNote('result_confirmed'),
      });
    });
    return getOwn(actor, id);
  }

  async function decide(
    actor: Actor,
    roundId: string,
    objectionId: string,
    input: DecideObjection,
  ) {
    return withScope(database, actor, async (tx) => {
      let round = await loadRound(tx, actor, roundId, true);
      if (round.status !== 'published')
        throw refused(
          '只有公示中的评估可以处理异议',
          'Objections are decided while the result is published',
        );
      const [objection] = await tx
        .select()
        .from(evaluationObjections)
        .where(
          and(eq(evaluationObjections.id, objectionId), eq(evaluationObjections.roundId, round.id)),
        )
        .for('update');
      if (!objection) throw notFound(objectionEntity);
      if (objection.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (objection.status !== 'open')
        throw refused('该异议已处理', 'The objection is decided already');
      const rescores = input.rescores ?? [];
      if (rescores.some((r) => r.mark.key !== objection.itemKey))
        refuseProblems([
          {
            field: 'rescores',
            message: {
              'zh-CN': `只能重新评分异议所指的「${objection.itemName}」`,
              'en-US': `Only “${objection.itemName}”, the item contested, is re-scored`,
            },
          },
        ]);
      for (const change of rescores)
        round = await sheets.rescoreIn(tx, actor, round, {
          sheetId: change.sheetId,
          mark: change.mark,
          reason: `异议成立：${input.reason}`,
          objectionId: objection.id,
        });
      const [after] = await tx
        .update(evaluationObjections)
        .set({
          status: input.decision,
          decisionReason: input.reason,
          decidedByName: actor.realName,
          decidedAt: clock(),
          version: sql`${evaluationObjections.version} + 1`,
        })
        .where(
          and(
            eq(evaluationObjections.id, objection.id),
            eq(evaluationObjections.version, objection.version),
          ),
        )
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await auditRound(tx, actor, round, {
        action: 'update',
        changes: changedFields({ status: objection.status }, { status: after.status }),
        detail: auditNote('objection_decided', {
          item: objection.itemName,
          decision: `objection.${input.decision}`,
        }),
      });
      return rounds.detailOf(tx, round);
    });
  }

  return { listOwn, getOwn, raise, confirm, decide };
}

export type ObjectionService = ReturnType<typeof createObjectionService>;
