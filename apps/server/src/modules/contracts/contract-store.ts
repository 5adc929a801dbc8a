import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type ContractIndicatorInput, type LocalizedText } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { AppError, forbidden, notFound } from '../../platform/errors/app-error';
import type { contractReports } from './contracts.table';
import {
  contractIndicators,
  contractTranches,
  contractVersions,
  contractWorkers,
  contracts,
} from './contracts.table';

export const contractEntity: LocalizedText = { 'zh-CN': '合同', 'en-US': 'Contract' };
export const contractEntityType = 'contract';
export const trancheEntity: LocalizedText = { 'zh-CN': '付款节点', 'en-US': 'Tranche' };
export const reportEntity: LocalizedText = { 'zh-CN': '阶段报告', 'en-US': 'Report' };
export const reportEntityType = 'contract_report';

export type ContractRow = typeof contracts.$inferSelect;
export type TrancheRow = typeof contractTranches.$inferSelect;
export type ReportRow = typeof contractReports.$inferSelect;
export type IndicatorRow = typeof contractIndicators.$inferSelect;
export type WorkerRow = typeof contractWorkers.$inferSelect;

export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The purchasing department's officers (by permission), as against the provider's administrator. */
export const isPurchaser = (actor: Actor) => actor.permissions.has('contracts:read');

/** The contracts the actor may read: its region's, or — for a provider — its own organisation's. */
export function contractVisibility(actor: Actor): SQL {
  if (isPurchaser(actor)) return inRegionScope(contracts.regionCode, actor);
  if (actor.permissions.has('contracts:report') && actor.organisationId)
    return eq(contracts.providerOrganisationId, actor.organisationId);
  return sql`false`;
}

/** The contract if the actor may read it, locked for a write: 404 otherwise. */
export async function loadContract(tx: Transaction, actor: Actor, id: string, lock = false) {
  const query = tx
    .select()
    .from(contracts)
    .where(and(eq(contracts.id, id), contractVisibility(actor)));
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw notFound(contractEntity);
  return row;
}

/** The contract as the purchasing department holds it, locked: the provider only reads. */
export async function loadPurchased(tx: Transaction, actor: Actor, id: string) {
  const row = await loadContract(tx, actor, id, true);
  if (!isPurchaser(actor)) throw forbidden();
  return row;
}

/** Bumps the contract's version after a write, refusing one that raced another (409). */
export async function bumpContract(
  tx: Transaction,
  row: ContractRow,
  fields: Partial<typeof contracts.$inferInsert>,
  now: Date,
): Promise<ContractRow> {
  const [after] = await tx
    .update(contracts)
    .set({ ...fields, version: sql`${contracts.version} + 1`, updatedAt: now })
    .where(and(eq(contracts.id, row.id), eq(contracts.version, row.version)))
    .returning();
  if (!after) throw new AppError('VERSION_CONFLICT');
  return after;
}

/** The terms in force of some contracts, in one query per table. */
export async function termsOf(tx: Transaction, ids: readonly string[]) {
  const [indicators, workers, tranches] = await Promise.all([
    tx
      .select()
      .from(contractIndicators)
      .where(isAnyOf(contractIndicators.contractId, [...ids]))
      .orderBy(asc(contractIndicators.position)),
    tx
      .select()
      .from(contractWorkers)
      .where(isAnyOf(contractWorkers.contractId, [...ids]))
      .orderBy(asc(contractWorkers.name)),
    tx
      .select()
      .from(contractTranches)
      .where(isAnyOf(contractTranches.contractId, [...ids]))
      .orderBy(asc(contractTranches.position)),
  ]);
  return { indicators, workers, tranches };
}

export interface NamedWorker {
  workerId: string;
  name: string;
  certificateLevel: string | null;
  post: string;
  fullTime: boolean;
}

/** Replaces the indicators and the named workers in force (a draft saved, a version agreed). */
export async function writeIndicatorsAndWorkers(
  tx: Transaction,
  row: Pick<ContractRow, 'id' | 'regionCode' | 'termStart' | 'termEnd'>,
  indicators: readonly ContractIndicatorInput[],
  workers: readonly NamedWorker[],
) {
  await tx.delete(contractIndicators).where(eq(contractIndicators.contractId, row.id));
  await tx.delete(contractWorkers).where(eq(contractWorkers.contractId, row.id));
  if (indicators.length > 0)
    await tx.insert(contractIndicators).values(
      indicators.map((indicator, position) => ({
        id: newId(),
        contractId: row.id,
        regionCode: row.regionCode,
        position,
        ...indicator,
      })),
    );
  if (workers.length > 0)
    await tx.insert(contractWorkers).values(
      workers.map((worker) => ({
        id: newId(),
        contractId: row.id,
        regionCode: row.regionCode,
        workerId: worker.workerId,
        name: worker.name,
        certificateLevel: worker.certificateLevel,
        post: worker.post,
        fullTime: worker.fullTime ? 1 : 0,
        termStart: row.termStart,
        termEnd: row.termEnd,
      })),
    );
}

/** Keeps a version whole: what signing or an amendment agreed, never changed afterwards. */
export async function recordVersion(
  tx: Transaction,
  actor: Actor,
  row: ContractRow,
  number: number,
  reason: string | null,
  now: Date,
) {
  const terms = await termsOf(tx, [row.id]);
  await tx.insert(contractVersions).values({
    id: newId(),
    contractId: row.id,
    regionCode: row.regionCode,
    number,
    reason,
    amountFen: row.amountFen,
    termStart: row.termStart,
    termEnd: row.termEnd,
    terms: {
      code: row.code,
      workHoursPerYear: row.workHoursPerYear,
      staffingWorkers: row.staffingWorkers,
      staffingCertified: row.staffingCertified,
      reportCadence: row.reportCadence,
      indicators: terms.indicators.map(({ measure, name, level, unit, period }) => ({
        measure,
        name,
        level,
        unit,
        period,
      })),
      workers: terms.workers.map(({ workerId, name, post, fullTime }) => ({
        workerId,
        name,
        post,
        fullTime: fullTime === 1,
      })),
      tranches: terms.tranches
        .filter((t) => t.status !== 'cancelled')
        .map(({ id, kind, dueOn, amountFen, gate, gatePeriodKey, gateRound }) => ({
          id,
          kind,
          dueOn,
          amountFen,
          gate,
          gatePeriodKey,
          gateRound,
        })),
    },
    createdBy: actor.accountId,
    createdByName: actor.realName,
    createdAt: now,
  });
}

/** A report as the contract's page lists it. */
export function reportSummaryOf(r: ReportRow) {
  return {
    id: r.id,
    periodKey: r.periodKey,
    from: r.periodFrom,
    to: r.periodTo,
    status: r.status as 'submitted' | 'accepted' | 'returned',
    submittedByName: r.submittedByName,
    submittedAt: r.submittedAt.toISOString(),
    reviewedByName: r.reviewedByName,
    reviewNote: r.reviewNote,
    personnelShareBp: r.personnelShareBp,
    belowPersonnelRule: r.personnelShareBp !== null && r.personnelShareBp < r.personnelShareRuleBp,
    version: r.version,
  };
}
