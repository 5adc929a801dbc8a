import { CalendarOutlined } from '@ant-design/icons';
import { lazyPage, pageRoute, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const WorkingCalendarPage = lazyPage(() => import('./WorkingCalendarPage'), 'WorkingCalendarPage');

const workingCalendar: MenuPage = {
  key: 'workingCalendar',
  path: '/admin/working-calendar',
  icon: CalendarOutlined,
  label: 'menu.workingCalendar',
  description: 'menu.workingCalendar.description',
  requires: 'settings:manage',
};

/** 工作日历与时限: the platform's deadline engine as an administrator keeps it. */
export const deadlinesModule: WebModule = {
  group: menuGroups.admin,
  menu: [workingCalendar],
  routes: [pageRoute(workingCalendar, <WorkingCalendarPage />)],
};
