import { ShopOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const StationsPage = lazyPage(() => import('./StationsPage'), 'StationsPage');
const StationDetailPage = lazyPage(() => import('./StationDetailPage'), 'StationDetailPage');

const stations: MenuPage = {
  key: 'stations',
  path: '/stations',
  icon: ShopOutlined,
  label: 'menu.stations',
  description: 'menu.stations.description',
  requires: 'stations:read',
};

export const stationsModule: WebModule = {
  group: menuGroups.network,
  menu: [stations],
  routes: [
    pageRoute(
      stations,
      <Outlet />,
      withDetail(<StationsPage />, 'stations.detail', <StationDetailPage />),
    ),
  ],
};
