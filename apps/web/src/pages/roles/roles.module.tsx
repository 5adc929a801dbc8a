import { IdcardOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const RolesPage = lazyPage(() => import('./RolesPage'), 'RolesPage');

const roles: MenuPage = {
  key: 'roles',
  path: '/admin/roles',
  icon: IdcardOutlined,
  label: 'menu.roles',
  description: 'menu.roles.description',
  requires: 'authenticated',
};

export const rolesModule: WebModule = {
  group: menuGroups.admin,
  menu: [roles],
  routes: [pageRoute(roles, <RolesPage />)],
};
