import { ExperimentOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const IncubationPage = lazyPage(() => import('./IncubationPage'), 'IncubationPage');

const incubation: MenuPage = {
  key: 'incubation',
  path: '/incubation',
  icon: ExperimentOutlined,
  label: 'menu.incubation',
  description: 'menu.incubation.description',
  requires: 'organisations:support',
};

export const incubationModule: WebModule = {
  group: menuGroups.organisations,
  menu: [incubation],
  routes: [pageRoute(incubation, <IncubationPage />)],
};
