import { FileSearchOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const AuditPage = lazyPage(() => import('./AuditPage'), 'AuditPage');

const audit: MenuPage = {
  key: 'audit',
  path: '/admin/audit',
  icon: FileSearchOutlined,
  label: 'menu.audit',
  description: 'menu.audit.description',
  requires: 'audit:read',
};

export const auditModule: WebModule = {
  group: menuGroups.admin,
  menu: [audit],
  routes: [pageRoute(audit, <AuditPage />)],
};
