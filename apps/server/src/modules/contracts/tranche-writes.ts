import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  evaluationGrades,
  evaluationRounds,
  trancheGates,
  type Language,
  type Tranche,
  type TrancheInput,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import { yuan, type ContractRow, type TrancheRow } from './contract-store';
import { contractTranches } from './contracts.table';

/** Tranches whose money is asked for, approved or paid: an amendment leaves them as they are. */
const committedStatuses = ['requested', 'approved', 'paid'];

/**
 * Whether what the tranche waits for has been delivered. An evaluation opens it with any grade
 * but 不合格, which holds the money (the contract is then rectified or ended).
 */
export function gateMet(tranche: TrancheRow, acceptedPeriods: ReadonlySet<string>): boolean {
  if (tranche.gate === 'report') return acceptedPeriods.has(tranche.gatePeriodKey ?? '');
  if (tranche.gate === 'evaluation')
    return tranche.evaluationGrade !== null && tranche.evaluationGrade !== 'fail';
  return true;
}

function gateText(tranche: TrancheRow, language: Language): string {
  if (tranche.gate === 'report')
    return language === 'zh-CN'
      ? `${tranche.gatePeriodKey} 阶段报告通过审核`
      : `The ${tranche.gatePeriodKey} report accepted`;
  if (tranche.gate === 'evaluation') {
    const round = evaluationRounds.find((r) => r.code === tranche.gateRound);
    const name = round?.[language] ?? tranche.gateRound ?? '';
    const graded = evaluationGrades.find((g) => g.code === tranche.evaluationGrade);
    if (graded?.code === 'fail')
      return language === 'zh-CN'
        ? `${name}不合格，暂停支付`
        : `${name} failed: the payment is held`;
    const grade = graded ? `（${graded[language]}）` : '';
    return language === 'zh-CN'
      ? `${name}结果已出且合格${grade}`
      : `${name} passed${grade ? ` ${grade}` : ''}`;
  }
  return trancheGates[0][language];
}

/** The tranche rows of a contract and how they are planned, kept and presented. */
export function trancheWrites() {
  const rowOf = (
    row: Pick<ContractRow, 'id' | 'regionCode'>,
    input: TrancheInput,
    position: number,
  ) => ({
    id: newId(),
    contractId: row.id,
    regionCode: row.regionCode,
    position,
    kind: input.kind,
    dueOn: input.dueOn,
    amountFen: input.amountFen,
    gate: input.gate,
    gatePeriodKey: input.gate === 'report' ? input.gatePeriodKey : null,
    gateRound: input.gate === 'evaluation' ? input.gateRound : null,
  });

  /** The schedule of a new draft. */
  async function plan(
    tx: Transaction,
    row: Pick<ContractRow, 'id' | 'regionCode'>,
    inputs: readonly TrancheInput[],
  ) {
    if (inputs.length > 0)
      await tx.insert(contractTranches).values(inputs.map((t, i) => rowOf(row, t, i)));
  }

  /** A draft's schedule replaced: nothing has been asked for yet. */
  async function replanDraft(tx: Transaction, row: ContractRow, inputs: readonly TrancheInput[]) {
    await tx.delete(contractTranches).where(eq(contractTranches.contractId, row.id));
    await plan(tx, row, inputs);
  }

  /**
   * An amendment's schedule: tranches named by id are kept (those already asked for, approved or
   * paid unchanged, others updated), new ones added, scheduled ones left out cancelled.
   */
  async function replanAmended(tx: Transaction, row: ContractRow, inputs: readonly TrancheInput[]) {
    const existing = await tx
      .select()
      .from(contractTranches)
      .where(eq(contractTranches.contractId, row.id));
    const problems: RuleProblem[] = [];
    inputs.forEach((input, i) => {
      if (!input.id) return;
      const before = existing.find((t) => t.id === input.id);
      if (!before || before.status === 'cancelled')
        problems.push({
          field: `tranches.${i}.id`,
          message: { 'zh-CN': '没有这个付款节点', 'en-US': 'No such tranche on the contract' },
        });
      else if (
        committedStatuses.includes(before.status) &&
        (before.amountFen !== input.amountFen ||
          before.kind !== input.kind ||
          before.dueOn !== input.dueOn)
      )
        problems.push({
          field: `tranches.${i}.amountFen`,
          message: {
            'zh-CN': '已申请、已审批或已支付的付款节点不能变更',
            'en-US': 'A tranche asked for, approved or paid cannot change',
          },
        });
    });
    existing
      .filter((t) => committedStatuses.includes(t.status) && !inputs.some((i) => i.id === t.id))
      .forEach((t) =>
        problems.push({
          field: 'tranches',
          message: {
            'zh-CN': `第 ${t.position + 1} 笔付款已申请或已支付（${yuan(t.amountFen)} 元），须保留`,
            'en-US': `Tranche ${t.position + 1} has been asked for or paid (${yuan(t.amountFen)} yuan): keep it`,
          },
        }),
      );
    refuseProblems(problems);
    const left = existing.filter(
      (t) => t.status === 'scheduled' && !inputs.some((i) => i.id === t.id),
    );
    if (left.length > 0)
      await tx
        .update(contractTranches)
        .set({
          status: 'cancelled',
          cancelledReason: '合同变更',
          version: sql`${contractTranches.version} + 1`,
        })
        .where(
          and(
            eq(contractTranches.contractId, row.id),
            inArray(
              contractTranches.id,
              left.map((t) => t.id),
            ),
          ),
        );
    let position = Math.max(-1, ...existing.map((t) => t.position)) + 1;
    for (const input of inputs) {
      const before = input.id ? existing.find((t) => t.id === input.id) : undefined;
      if (!before) {
        await tx.insert(contractTranches).values(rowOf(row, input, position++));
        continue;
      }
      if (before.status !== 'scheduled') continue;
      const planned = rowOf(row, input, before.position);
      await tx
        .update(contractTranches)
        .set({
          kind: planned.kind,
          dueOn: planned.dueOn,
          amountFen: planned.amountFen,
          gate: planned.gate,
          gatePeriodKey: planned.gatePeriodKey,
          gateRound: planned.gateRound,
          version: before.version + 1,
        })
        .where(eq(contractTranches.id, before.id));
    }
  }

  /**
   * A tranche as the reader sees it: `reader` says what they may do to the contract's money —
   * ask for it and cancel (contracts:manage), approve and pay (contracts:pay), while it is in force.
   */
  function present(
    t: TrancheRow,
    acceptedPeriods: ReadonlySet<string>,
    language: Language,
    reader: { accountId: string; manage: boolean; pay: boolean },
  ): Tranche {
    const met = gateMet(t, acceptedPeriods);
    return {
      id: t.id,
      position: t.position,
      kind: t.kind as Tranche['kind'],
      dueOn: t.dueOn,
      amountFen: t.amountFen,
      gate: t.gate as Tranche['gate'],
      gatePeriodKey: t.gatePeriodKey,
      gateRound: t.gateRound as Tranche['gateRound'],
      gateMet: met,
      gateText: gateText(t, language),
      status: t.status as Tranche['status'],
      requestedByName: t.requestedByName,
      requestedAt: t.requestedAt?.toISOString() ?? null,
      approvedByName: t.approvedByName,
      approvedAt: t.approvedAt?.toISOString() ?? null,
      paidByName: t.paidByName,
      paidOn: t.paidOn,
      voucher: t.voucher,
      note: t.note,
      cancelledReason: t.cancelledReason,
      can: {
        request: reader.manage && t.status === 'scheduled' && met,
        approve: reader.pay && t.status === 'requested' && t.requestedBy !== reader.accountId,
        pay: reader.pay && t.status === 'approved',
        cancel: reader.manage && (t.status === 'scheduled' || t.status === 'requested'),
      },
      version: t.version,
    };
  }

  return { plan, replanDraft, replanAmended, present };
}
