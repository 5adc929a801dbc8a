import { SafetyOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const SecurityPolicyPage = lazyPage(() => import('./SecurityPolicyPage'), 'SecurityPolicyPage');

const securityPolicy: MenuPage = {
  key: 'securityPolicy',
  path: '/admin/security-policy',
  icon: SafetyOutlined,
  label: 'menu.securityPolicy',
  description: 'menu.securityPolicy.description',
  requires: 'security:manage',
};

export const securityPolicyModule: WebModule = {
  group: menuGroups.admin,
  menu: [securityPolicy],
  routes: [pageRoute(securityPolicy, <SecurityPolicyPage />)],
};
