import { FileProtectOutlined, PercentageOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const OwnContractsPage = lazyPage(() => import('./OwnContractsPage'), 'OwnContractsPage');
const PurchaseRulesPage = lazyPage(() => import('./PurchaseRulesPage'), 'PurchaseRulesPage');

// The officers work on a contract from its project's page (合同, 付款, 阶段报告 tabs); the
// provider's administrator finds its organisation's contracts here.
const ownContracts: MenuPage = {
  key: 'own-contracts',
  path: '/own-contracts',
  icon: FileProtectOutlined,
  label: 'menu.ownContracts',
  description: 'menu.ownContracts.description',
  requires: 'contracts:report',
};

// 比例规则: the regional rates of purchase (the funds' share cap, the contracts' personnel share).
const purchaseRules: MenuPage = {
  key: 'purchase-rules',
  path: '/purchase-rules',
  icon: PercentageOutlined,
  label: 'menu.purchaseRules',
  description: 'menu.purchaseRules.description',
  requires: ['funds:read', 'contracts:read'],
};

export const contractsModule: WebModule = {
  group: menuGroups.purchase,
  menu: [ownContracts, purchaseRules],
  routes: [
    pageRoute(ownContracts, <OwnContractsPage />),
    pageRoute(purchaseRules, <PurchaseRulesPage />),
  ],
};
