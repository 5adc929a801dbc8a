import { TrophyOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const RewardsPage = lazyPage(() => import('./RewardsPage'), 'RewardsPage');

const rewards: MenuPage = {
  key: 'rewards',
  path: '/rewards',
  icon: TrophyOutlined,
  label: 'menu.rewards',
  description: 'menu.rewards.description',
  requires: 'rewards:manage',
};

export const rewardsModule: WebModule = {
  group: menuGroups.talent,
  menu: [rewards],
  routes: [pageRoute(rewards, <RewardsPage />)],
};
