import { auditNote } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { regionalRate, regionalRateRoutes } from '../../platform/regional-rates/regional-rate';
import { fundShareRules } from './funds.table';

/**
 * 社会救助资金 share cap (贵州：不超过 2%): a regional rate, set by city and province officers
 * (`funds:configure`); with no rule anywhere nothing caps the share.
 */
export function fundShareRule(deps: { database: Database; clock: () => Date }) {
  return regionalRate({
    ...deps,
    table: fundShareRules,
    regionCode: fundShareRules.regionCode,
    rate: fundShareRules.maxShareBp,
    version: fundShareRules.version,
    updatedAt: fundShareRules.updatedAt,
    entityType: 'fund_share_rule',
    defaultBp: null,
    note: (rateBp) => auditNote('fund_share_rule', { maxShareBp: rateBp }),
  });
}

export type FundShareRuleService = ReturnType<typeof fundShareRule>;

export const fundShareRuleRoutes = (rule: FundShareRuleService) =>
  regionalRateRoutes(rule, {
    path: '/fund-share-rule',
    tags: ['购买服务资金 Funds'],
    get: {
      operationId: 'getFundShareRule',
      summary: '社会救助资金比例上限（本区划或上级设定） The social-assistance share cap',
    },
    set: {
      operationId: 'setFundShareRule',
      summary: '设定社会救助资金比例上限 Set the social-assistance share cap',
    },
  });
