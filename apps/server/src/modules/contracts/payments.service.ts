import { and, eq, ne, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type CancelTranche,
  type ContractDetail,
  type EvaluationGrade,
  type EvaluationRound,
  type PayTranche,
  type TrancheStep,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
} from '../../platform/errors/app-error';
import {
  contractEntityType,
  loadPurchased,
  trancheEntity,
  yuan,
  type TrancheRow,
} from './contract-store';
import { contractReports, contractTranches } from './contracts.table';
import { gateMet } from './tranche-writes';

interface Deps {
  database: Database;
  clock: () => Date;
  /** The contract as the caller reads it after the move. */
  get: (actor: Actor, id: string) => Promise<ContractDetail>;
}

const refused = (zh: string, en: string) =>
  conflict({ 'zh-CN': zh, 'en-US': en }, [{ path: 'body', message: { 'zh-CN': zh, 'en-US': en } }]);

const fourEyes = refused(
  '付款须由申请人以外的另一名工作人员审批，申请人不能审批本人申请的付款',
  'Another officer than the one who asked must approve the payment',
);

/**
 * 付款: a tranche asked for once what it waits for is delivered, approved by another officer,
 * recorded paid — never beyond the contract (the database sums it again, migration 0040).
 */
export function createPaymentService(deps: Deps) {
  const { database, clock, get } = deps;
  const today = () => chinaToday(clock());

  async function loadTranche(
    tx: Transaction,
    actor: Actor,
    contractId: string,
    trancheId: string,
    version: number,
  ) {
    const contract = await loadPurchased(tx, actor, contractId);
    const [tranche] = await tx
      .select()
      .from(contractTranches)
      .where(and(eq(contractTranches.id, trancheId), eq(contractTranches.contractId, contractId)))
      .for('update');
    if (!tranche) throw notFound(trancheEntity);
    if (tranche.version !== version) throw new AppError('VERSION_CONFLICT');
    return { contract, tranche };
  }

  async function acceptedPeriods(tx: Transaction, contractId: string) {
    const rows = await tx
      .select({ periodKey: contractReports.periodKey })
      .from(contractReports)
      .where(
        and(eq(contractReports.contractId, contractId), eq(contractReports.status, 'accepted')),
      );
    return new Set(rows.map((r) => r.periodKey));
  }

  /** Writes the move and its audit event; the database refuses money beyond the contract. */
  async function write(
    tx: Transaction,
    actor: Actor,
    regionCode: string,
    tranche: TrancheRow,
    fields: Partial<typeof contractTranches.$inferInsert>,
    detail: ReturnType<typeof auditNote>,
  ) {
    let after: TrancheRow | undefined;
    try {
      [after] = await tx
        .update(contractTranches)
        .set({ ...fields, version: sql`${contractTranches.version} + 1` })
        .where(
          and(eq(contractTranches.id, tranche.id), eq(contractTranches.version, tranche.version)),
        )
        .returning();
    } catch (error) {
      const text = String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
      if (text.includes('contract_tranches_exceed_amount'))
        throw refused('付款合计将超过合同金额', 'The payments would exceed the contract amount');
      throw error;
    }
    if (!after) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: contractEntityType,
      entityId: tranche.contractId,
      regionCode,
      changes: changedFields(tranche, after),
      detail,
    });
  }

  const step =
    <I extends { version: number }>(
      work: (
        tx: Transaction,
        actor: Actor,
        loaded: Awaited<ReturnType<typeof loadTranche>>,
        input: I,
      ) => Promise<void>,
    ) =>
    async (
      actor: Actor,
      contractId: string,
      trancheId: string,
      input: I,
    ): Promise<ContractDetail> => {
      await withScope(database, actor, async (tx) => {
        const loaded = await loadTranche(tx, actor, contractId, trancheId, input.version);
        if (loaded.contract.status === 'draft')
          throw refused('合同签订后才能付款', 'The contract must be signed before payments');
        await work(tx, actor, loaded, input);
      });
      return get(actor, contractId);
    };

  const number = (t: TrancheRow) => t.position + 1;

  /** 申请付款: once the deliverable is in. */
  const request = step<TrancheStep>(async (tx, actor, { contract, tranche }, input) => {
    if (!actor.permissions.has('contracts:manage')) throw forbidden();
    if (tranche.status !== 'scheduled')
      throw refused('该笔付款不是待申请状态', 'The tranche is not scheduled');
    if (!gateMet(tranche, await acceptedPeriods(tx, contract.id)))
      throw refused(
        tranche.gate === 'report'
          ? `${tranche.gatePeriodKey} 阶段报告通过审核后才能申请该笔付款`
          : '评估结果出来后才能申请该笔付款',
        'What the tranche waits for has not been delivered yet',
      );
    await write(
      tx,
      actor,
      contract.regionCode,
      tranche,
      {
        status: 'requested',
        requestedBy: actor.accountId,
        requestedByName: actor.realName,
        requestedAt: clock(),
        note: input.note,
      },
      auditNote('tranche_requested', { tranche: number(tranche), amount: yuan(tranche.amountFen) }),
    );
  });

  /** 审批: by another officer than the one who asked. */
  const approve = step<TrancheStep>(async (tx, actor, { contract, tranche }, input) => {
    if (!actor.permissions.has('contracts:pay')) throw forbidden();
    if (tranche.status !== 'requested')
      throw refused('该笔付款尚未申请', 'The tranche has not been requested');
    if (tranche.requestedBy === actor.accountId) throw fourEyes;
    if (!gateMet(tranche, await acceptedPeriods(tx, contract.id)))
      throw refused(
        '付款条件已不满足，不能审批',
        'What the tranche waits for is no longer delivered',
      );
    await write(
      tx,
      actor,
      contract.regionCode,
      tranche,
      {
        status: 'approved',
        approvedBy: actor.accountId,
        approvedByName: actor.realName,
        approvedAt: clock(),
        note: input.note || tranche.note,
      },
      auditNote('tranche_approved', { tranche: number(tranche), amount: yuan(tranche.amountFen) }),
    );
  });

  /** 登记支付: the day the money left, not before the approval nor after today. */
  const pay = step<PayTranche>(async (tx, actor, { contract, tranche }, input) => {
    if (!actor.permissions.has('contracts:pay')) throw forbidden();
    if (tranche.status !== 'approved')
      throw refused('该笔付款尚未审批', 'The tranche has not been approved');
    const approvedOn = tranche.approvedAt ? chinaToday(tranche.approvedAt) : today();
    if (input.paidOn > today() || input.paidOn < approvedOn)
      throw invalidField('body.paidOn', {
        'zh-CN': `支付日期须在审批日（${approvedOn}）与今天之间`,
        'en-US': `The day paid must lie between the approval (${approvedOn}) and today`,
      });
    await write(
      tx,
      actor,
      contract.regionCode,
      tranche,
      {
        status: 'paid',
        paidBy: actor.accountId,
        paidByName: actor.realName,
        paidOn: input.paidOn,
        voucher: input.voucher,
      },
      auditNote('tranche_paid', {
        tranche: number(tranche),
        amount: yuan(tranche.amountFen),
        voucher: input.voucher,
      }),
    );
  });

  /** 取消: a tranche not yet approved. */
  const cancel = step<CancelTranche>(async (tx, actor, { contract, tranche }, input) => {
    if (!actor.permissions.has('contracts:manage')) throw forbidden();
    if (tranche.status !== 'scheduled' && tranche.status !== 'requested')
      throw refused(
        '已审批或已支付的付款不能取消',
        'An approved or paid tranche cannot be cancelled',
      );
    await write(
      tx,
      actor,
      contract.regionCode,
      tranche,
      { status: 'cancelled', cancelledReason: input.reason },
      auditNote('tranche_cancelled', { tranche: number(tranche), reason: input.reason }),
    );
  });

  /**
   * An evaluation round's result on a contract, from the evaluation module, in the caller's
   * transaction: the tranches that wait for that round open — or, for 不合格, stay held. Returns
   * those tranches (not cancelled), for the round to say what its grade did.
   */
  async function recordEvaluationOutcome(
    tx: Transaction,
    actor: Actor,
    contractId: string,
    outcome: { round: EvaluationRound; grade: EvaluationGrade },
  ): Promise<{ number: number; amountFen: number; opened: boolean }[]> {
    const contract = await loadPurchased(tx, actor, contractId);
    const waiting = await tx
      .select()
      .from(contractTranches)
      .where(
        and(
          eq(contractTranches.contractId, contractId),
          eq(contractTranches.gate, 'evaluation'),
          eq(contractTranches.gateRound, outcome.round),
          ne(contractTranches.status, 'cancelled'),
        ),
      );
    for (const tranche of waiting)
      await write(
        tx,
        actor,
        contract.regionCode,
        tranche,
        { evaluationGrade: outcome.grade },
        auditNote('tranche_evaluation_recorded', {
          round: `evaluationRound.${outcome.round}`,
          grade: `evaluationGrade.${outcome.grade}`,
        }),
      );
    return waiting.map((t) => ({
      number: number(t),
      amountFen: t.amountFen,
      opened: outcome.grade !== 'fail',
    }));
  }

  return { request, approve, pay, cancel, recordEvaluationOutcome };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
