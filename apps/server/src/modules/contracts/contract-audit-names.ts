import { and, eq } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { contractReports, contracts } from './contracts.table';

/** Contracts and their reports as the audit log names them: the contract's code and project. */
export const contractAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const [direct, reports] = await Promise.all([
    tx
      .select({ id: contracts.id, code: contracts.code, title: contracts.projectTitle })
      .from(contracts)
      .where(and(isAnyOf(contracts.id, ids), inRegionScope(contracts.regionCode, actor))),
    tx
      .select({
        id: contractReports.id,
        code: contracts.code,
        title: contracts.projectTitle,
        period: contractReports.periodKey,
      })
      .from(contractReports)
      .innerJoin(contracts, eq(contracts.id, contractReports.contractId))
      .where(
        and(isAnyOf(contractReports.id, ids), inRegionScope(contractReports.regionCode, actor)),
      ),
  ]);
  return new Map([
    ...direct.map((row) => [row.id, `${row.code} ${row.title}`] as const),
    ...reports.map((row) => [row.id, `${row.code} ${row.title} ${row.period}`] as const),
  ]);
};
