import { ReadOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const EducationPage = lazyPage(() => import('./EducationPage'), 'EducationPage');

const education: MenuPage = {
  key: 'education',
  path: '/education',
  icon: ReadOutlined,
  label: 'menu.education',
  description: 'menu.education.description',
  requires: 'workers:read',
};

export const educationModule: WebModule = {
  group: menuGroups.talent,
  menu: [education],
  routes: [pageRoute(education, <EducationPage />)],
};
