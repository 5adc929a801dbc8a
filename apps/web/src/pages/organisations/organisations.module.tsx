import { ProfileOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const OrganisationsPage = lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage');
const OrganisationDetailPage = lazyPage(
  () => import('./OrganisationDetailPage'),
  'OrganisationDetailPage',
);

const organisations: MenuPage = {
  key: 'organisations',
  path: '/organisations',
  icon: ProfileOutlined,
  label: 'menu.organisations',
  description: 'menu.organisations.description',
  writes: { requires: 'organisations:write', description: 'menu.organisations.readDescription' },
  // An organisation's own administrator opens it too, to see their one organisation.
  requires: ['organisations:read', 'organisations:read_own'],
};

export const organisationsModule: WebModule = {
  group: menuGroups.organisations,
  menu: [organisations],
  routes: [
    pageRoute(
      organisations,
      <Outlet />,
      withDetail(<OrganisationsPage />, 'organisations.detail', <OrganisationDetailPage />),
    ),
  ],
};
