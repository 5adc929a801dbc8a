import { AuditOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const BidsPage = lazyPage(() => import('./BidsPage'), 'BidsPage');

const bids: MenuPage = {
  key: 'bids',
  path: '/bids',
  icon: AuditOutlined,
  label: 'menu.bids',
  description: 'menu.bids.description',
  requires: 'tenders:bid',
};

export const tendersModule: WebModule = {
  group: menuGroups.purchase,
  menu: [bids],
  routes: [pageRoute(bids, <BidsPage />)],
};
