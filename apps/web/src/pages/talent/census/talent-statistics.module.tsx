import { PieChartOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const TalentStatisticsPage = lazyPage(
  () => import('./TalentStatisticsPage'),
  'TalentStatisticsPage',
);

const talentStatistics: MenuPage = {
  key: 'talentStatistics',
  path: '/talent-statistics',
  icon: PieChartOutlined,
  label: 'menu.talentStatistics',
  description: 'menu.talentStatistics.description',
  requires: 'talent:statistics',
};

export const talentStatisticsModule: WebModule = {
  group: menuGroups.talent,
  menu: [talentStatistics],
  routes: [pageRoute(talentStatistics, <TalentStatisticsPage />)],
};
