import { defineModule } from '../../platform/modules/define-module';
import { fundShareRule, fundShareRuleRoutes } from './fund-share-rule';
import { fundsAccess } from './funds.access';
import { fundRoutes } from './funds.routes';
import { createFundService } from './funds.service';

export type { FundService } from './funds.service';

/** 购买服务资金: sources by kind, region and year, their allocations to projects, the register. */
export const fundsModule = defineModule({
  name: 'funds',
  summary: '购买服务资金 Funds',
  access: fundsAccess,
  needs: {
    divisions: ['describeRegions', 'namesOf'],
    projects: ['loadInScope', 'titlesOf', 'totalsByRegion'],
    contracts: ['moneyByRegion'],
  },
  build({ platform: { database, clock }, needs: { divisions, projects, contracts } }) {
    const shareRule = fundShareRule({ database, clock });
    const funds = createFundService({ database, clock, divisions, projects, contracts, shareRule });
    return { services: {}, routes: [fundRoutes({ funds }), fundShareRuleRoutes(shareRule)] };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    funds: Record<string, never>;
  }
}
