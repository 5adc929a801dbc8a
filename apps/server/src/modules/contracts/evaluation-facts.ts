import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { startsWith } from '../../db/text-prefix';
import { forbidden } from '../../platform/errors/app-error';
import { isPurchaser, loadContract, type ContractRow } from './contract-store';
import { contractIndicators, contractReports, contracts } from './contracts.table';

/** What an evaluation reads of a contract: who provides what, where, and for how long. */
export type EvaluatedContract = Pick<
  ContractRow,
  | 'id'
  | 'code'
  | 'status'
  | 'regionCode'
  | 'providerRegionCode'
  | 'projectId'
  | 'projectCode'
  | 'projectTitle'
  | 'providerOrganisationId'
  | 'providerName'
  | 'termStart'
  | 'termEnd'
>;

const evaluatedColumns = {
  id: contracts.id,
  code: contracts.code,
  status: contracts.status,
  regionCode: contracts.regionCode,
  providerRegionCode: contracts.providerRegionCode,
  projectId: contracts.projectId,
  projectCode: contracts.projectCode,
  projectTitle: contracts.projectTitle,
  providerOrganisationId: contracts.providerOrganisationId,
  providerName: contracts.providerName,
  termStart: contracts.termStart,
  termEnd: contracts.termEnd,
};

/** The contracts module's answers to the evaluation module, each in the caller's transaction. */
export const evaluationFacts = {
  /** A contract the purchasing officer may evaluate: 404 outside their scope, 403 for a provider. */
  async contractToEvaluate(tx: Transaction, actor: Actor, id: string): Promise<EvaluatedContract> {
    const row = await loadContract(tx, actor, id);
    if (!isPurchaser(actor)) throw forbidden();
    return row;
  },

  /** The signed and running contracts of a region in the officer's scope, oldest term first. */
  async contractsInService(
    tx: Transaction,
    actor: Actor,
    regionCode: string,
  ): Promise<EvaluatedContract[]> {
    if (!isPurchaser(actor)) return [];
    return tx
      .select(evaluatedColumns)
      .from(contracts)
      .where(
        and(
          startsWith(contracts.regionCode, regionCode),
          inRegionScope(contracts.regionCode, actor),
          inArray(contracts.status, ['signed', 'in_service']),
        ),
      )
      .orderBy(asc(contracts.termStart), asc(contracts.code));
  },

  /** The agreed indicators and the period reports of a contract: an evaluator's evidence. */
  async evidenceOf(tx: Transaction, contractId: string) {
    const [indicators, reports] = await Promise.all([
      tx
        .select({
          name: contractIndicators.name,
          level: contractIndicators.level,
          unit: contractIndicators.unit,
          period: contractIndicators.period,
        })
        .from(contractIndicators)
        .where(eq(contractIndicators.contractId, contractId))
        .orderBy(asc(contractIndicators.position)),
      tx
        .select({
          id: contractReports.id,
          periodKey: contractReports.periodKey,
          status: contractReports.status,
        })
        .from(contractReports)
        .where(eq(contractReports.contractId, contractId))
        .orderBy(asc(contractReports.periodKey)),
    ]);
    return { indicators, reports };
  },
};
