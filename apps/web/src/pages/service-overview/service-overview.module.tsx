import { FundViewOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const ServiceOverviewPage = lazyPage(() => import('./ServiceOverviewPage'), 'ServiceOverviewPage');

const overview: MenuPage = {
  key: 'serviceOverview',
  path: '/service-overview',
  icon: FundViewOutlined,
  label: 'menu.serviceOverview',
  description: 'menu.serviceOverview.description',
  requires: ['cases:statistics', 'referrals:oversee'],
};

/** 服务概览: the offices' one page of the region's service work. */
export const serviceOverviewModule: WebModule = {
  group: menuGroups.service,
  menu: [overview],
  routes: [pageRoute(overview, <ServiceOverviewPage />)],
};
