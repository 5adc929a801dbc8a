import { auditNote, defaultPersonnelShareBp } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { regionalRate, regionalRateRoutes } from '../../platform/regional-rates/regional-rate';
import { contractPersonnelRules } from './contracts.table';

/**
 * 人员经费占比 a region asks of its contracts' spending (Guizhou 60%; Guangzhou raised it to 65%): a
 * regional rate, the nearest enclosing region's, else 60%; set by city and province officers
 * (`contracts:configure`). A report keeps the rule it was judged by.
 */
export function personnelRule(deps: { database: Database; clock: () => Date }) {
  const rule = regionalRate({
    ...deps,
    table: contractPersonnelRules,
    regionCode: contractPersonnelRules.regionCode,
    rate: contractPersonnelRules.minShareBp,
    version: contractPersonnelRules.version,
    updatedAt: contractPersonnelRules.updatedAt,
    entityType: 'contract_personnel_rule',
    defaultBp: defaultPersonnelShareBp,
    note: (rateBp) => auditNote('personnel_rule_set', { share: `${rateBp / 100}%` }),
  });
  return {
    ...rule,
    /** The share the contract's region asks for, in basis points (never null: 60% by default). */
    shareOf: async (...args: Parameters<typeof rule.rateOf>) =>
      (await rule.rateOf(...args)) ?? defaultPersonnelShareBp,
  };
}

export type PersonnelRuleService = ReturnType<typeof personnelRule>;

export const personnelRuleRoutes = (rule: PersonnelRuleService) =>
  regionalRateRoutes(rule, {
    path: '/contract-personnel-rule',
    tags: ['购买服务合同 Contracts'],
    get: {
      operationId: 'getContractPersonnelRule',
      summary: '人员经费占比下限（本区划或上级设定，默认 60%） The personnel share rule',
    },
    set: {
      operationId: 'setContractPersonnelRule',
      summary: '设定人员经费占比下限 Set the personnel share rule',
    },
  });
