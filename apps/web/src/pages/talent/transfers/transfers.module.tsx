import { SwapOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const TransfersPage = lazyPage(() => import('./TransfersPage'), 'TransfersPage');

const transfers: MenuPage = {
  key: 'transfers',
  path: '/transfers',
  icon: SwapOutlined,
  label: 'menu.transfers',
  description: 'menu.transfers.description',
  requires: 'workers:transfer',
};

export const transfersModule: WebModule = {
  group: menuGroups.talent,
  menu: [transfers],
  routes: [pageRoute(transfers, <TransfersPage />)],
};
