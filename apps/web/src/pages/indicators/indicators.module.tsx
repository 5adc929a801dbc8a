import { OrderedListOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const IndicatorsPage = lazyPage(() => import('./IndicatorsPage'), 'IndicatorsPage');
const IndicatorVersionPage = lazyPage(
  () => import('./IndicatorVersionPage'),
  'IndicatorVersionPage',
);

const indicators: MenuPage = {
  key: 'indicators',
  path: '/indicators',
  icon: OrderedListOutlined,
  label: 'menu.indicators',
  description: 'menu.indicators.description',
  requires: ['evaluations:read'],
};

export const indicatorsModule: WebModule = {
  group: menuGroups.evaluation,
  menu: [indicators],
  routes: [
    pageRoute(
      indicators,
      <Outlet />,
      withDetail(<IndicatorsPage />, 'indicators.detail', <IndicatorVersionPage />),
    ),
  ],
};
