import { FundOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const FundsPage = lazyPage(() => import('./FundsPage'), 'FundsPage');

const funds: MenuPage = {
  key: 'funds',
  path: '/funds',
  icon: FundOutlined,
  label: 'menu.funds',
  description: 'menu.funds.description',
  requires: 'funds:read',
};

export const fundsModule: WebModule = {
  group: menuGroups.purchase,
  menu: [funds],
  routes: [pageRoute(funds, <FundsPage />)],
};
