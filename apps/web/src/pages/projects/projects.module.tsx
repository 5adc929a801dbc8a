import { ProjectOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const ProjectsPage = lazyPage(() => import('./ProjectsPage'), 'ProjectsPage');
const ProjectDetailPage = lazyPage(() => import('./ProjectDetailPage'), 'ProjectDetailPage');

const projects: MenuPage = {
  key: 'projects',
  path: '/projects',
  icon: ProjectOutlined,
  label: 'menu.projects',
  description: 'menu.projects.description',
  requires: ['projects:read', 'projects:read_own'],
};

export const projectsModule: WebModule = {
  group: menuGroups.purchase,
  menu: [projects],
  routes: [
    pageRoute(
      projects,
      <Outlet />,
      withDetail(<ProjectsPage />, 'projects.detail', <ProjectDetailPage />),
    ),
  ],
};
