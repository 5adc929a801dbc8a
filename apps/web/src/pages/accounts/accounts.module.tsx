import { TeamOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const AccountsPage = lazyPage(() => import('./AccountsPage'), 'AccountsPage');
const AccountDetailPage = lazyPage(() => import('./AccountDetailPage'), 'AccountDetailPage');

const accounts: MenuPage = {
  key: 'accounts',
  path: '/admin/accounts',
  icon: TeamOutlined,
  label: 'menu.accounts',
  description: 'menu.accounts.description',
  requires: 'accounts:read',
};

export const accountsModule: WebModule = {
  group: menuGroups.admin,
  menu: [accounts],
  routes: [
    pageRoute(
      accounts,
      <Outlet />,
      withDetail(<AccountsPage />, 'accounts.detail', <AccountDetailPage />),
    ),
  ],
};
