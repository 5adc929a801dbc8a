import { BarChartOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const CoveragePage = lazyPage(() => import('./CoveragePage'), 'CoveragePage');

const coverage: MenuPage = {
  key: 'coverage',
  path: '/coverage',
  icon: BarChartOutlined,
  label: 'menu.coverage',
  description: 'menu.coverage.description',
  requires: 'coverage:read',
};

export const coverageModule: WebModule = {
  group: menuGroups.network,
  menu: [coverage],
  routes: [pageRoute(coverage, <CoveragePage />)],
};
