import { ContactsOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const WorkersPage = lazyPage(() => import('./WorkersPage'), 'WorkersPage');
const WorkerDetailPage = lazyPage(() => import('./WorkerDetailPage'), 'WorkerDetailPage');

const workers: MenuPage = {
  key: 'workers',
  path: '/workers',
  icon: ContactsOutlined,
  label: 'menu.workers',
  description: 'menu.workers.description',
  writes: { requires: 'workers:write', description: 'menu.workers.readDescription' },
  // An organisation's administrator sees the workers the organisation employs.
  requires: ['workers:read', 'workers:read_own'],
};

export const workersModule: WebModule = {
  group: menuGroups.talent,
  menu: [workers],
  routes: [
    pageRoute(
      workers,
      <Outlet />,
      withDetail(<WorkersPage />, 'workers.detail', <WorkerDetailPage />),
    ),
  ],
};
