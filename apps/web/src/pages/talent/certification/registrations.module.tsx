import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../../app/web-module';
import type { MenuPage } from '../../../layout/menu';
import { menuGroups } from '../../../layout/menu-groups';

const RegistrationsPage = lazyPage(() => import('./RegistrationsPage'), 'RegistrationsPage');

const registrations: MenuPage = {
  key: 'registrations',
  path: '/registrations',
  icon: SafetyCertificateOutlined,
  label: 'menu.registrations',
  description: 'menu.registrations.description',
  // Everyone who reads the registry sees what is due; reviewing takes its own permission.
  requires: 'workers:read',
};

export const registrationsModule: WebModule = {
  group: menuGroups.talent,
  menu: [registrations],
  routes: [pageRoute(registrations, <RegistrationsPage />)],
};
