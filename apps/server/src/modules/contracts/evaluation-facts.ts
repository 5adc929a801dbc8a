import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  AgreedIndicator,
  EvaluationOutputs,
  IndicatorPeriod,
  ReportStatus,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
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

  /** Each contract's agreed indicators (服务产出指标), in order: the 产出 items of its rounds. */
  async agreedIndicatorsOf(
    tx: Transaction,
    contractIds: readonly string[],
  ): Promise<Map<string, AgreedIndicator[]>> {
    const found = new Map<string, AgreedIndicator[]>(contractIds.map((id) => [id, []]));
    if (contractIds.length === 0) return found;
    const rows = await tx
      .select({
        contractId: contractIndicators.contractId,
        id: contractIndicators.id,
        name: contractIndicators.name,
        level: contractIndicators.level,
        unit: contractIndicators.unit,
        period: contractIndicators.period,
      })
      .from(contractIndicators)
      .where(isAnyOf(contractIndicators.contractId, [...contractIds]))
      .orderBy(asc(contractIndicators.contractId), asc(contractIndicators.position));
    for (const { contractId, ...indicator } of rows)
      found.get(contractId)?.push({ ...indicator, period: indicator.period as IndicatorPeriod });
    return found;
  },

  /**
   * 服务产出 of a contract as its provider reported them: each agreed indicator with its figure in
   * every period report (counted from the service records, or entered for an `other` one).
   */
  async outputsOf(tx: Transaction, contractId: string): Promise<EvaluationOutputs> {
    const { indicators, reports } = await evaluationFacts.evidenceOf(tx, contractId);
    return {
      indicators: indicators.map((indicator) => ({
        ...indicator,
        reported: reports.map((report) => {
          const output = report.outputs.find((o) => o.indicatorId === indicator.id);
          return {
            periodKey: report.periodKey,
            status: report.status as ReportStatus,
            value: output?.value ?? null,
            counted: output?.counted ?? false,
          };
        }),
      })),
    };
  },

  /** The agreed indicators and the period reports of a contract: an evaluator's evidence. */
  async evidenceOf(tx: Transaction, contractId: string) {
    const [indicators, reports] = await Promise.all([
      evaluationFacts.agreedIndicatorsOf(tx, [contractId]),
      tx
        .select({
          id: contractReports.id,
          periodKey: contractReports.periodKey,
          status: contractReports.status,
          outputs: contractReports.outputs,
        })
        .from(contractReports)
        .where(eq(contractReports.contractId, contractId))
        .orderBy(asc(contractReports.periodKey)),
    ]);
    return { indicators: indicators.get(contractId) ?? [], reports };
  },
};
