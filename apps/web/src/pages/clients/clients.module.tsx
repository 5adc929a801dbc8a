import { ContactsOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const ClientsPage = lazyPage(() => import('./ClientsPage'), 'ClientsPage');
const ClientDetailPage = lazyPage(() => import('./ClientDetailPage'), 'ClientDetailPage');

const clients: MenuPage = {
  key: 'clients',
  path: '/clients',
  icon: ContactsOutlined,
  label: 'menu.clients',
  description: 'menu.clients.description',
  requires: ['clients:work', 'clients:open_file'],
};

export const clientsModule: WebModule = {
  group: menuGroups.service,
  menu: [clients],
  routes: [
    pageRoute(
      clients,
      <Outlet />,
      withDetail(<ClientsPage />, 'clients.detail', <ClientDetailPage />),
    ),
  ],
};
