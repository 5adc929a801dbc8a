import { LineChartOutlined, ScheduleOutlined, TeamOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { guarded, lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';
import { crumb } from '../../layout/route-handle';

const GroupsPage = lazyPage(() => import('./GroupsPage'), 'GroupsPage');
const GroupDetailPage = lazyPage(() => import('./GroupDetailPage'), 'GroupDetailPage');
const ActivitiesPage = lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage');
const ActivityDetailPage = lazyPage(() => import('./ActivityDetailPage'), 'ActivityDetailPage');
const PersonTimesPage = lazyPage(() => import('./PersonTimesPage'), 'PersonTimesPage');
const AttendancePage = lazyPage(() => import('./AttendancePage'), 'AttendancePage');

const readers = ['groupwork:work', 'groupwork:read'] as const;

const groups: MenuPage = {
  key: 'groups',
  path: '/groups',
  icon: TeamOutlined,
  label: 'menu.groups',
  description: 'menu.groups.description',
  requires: readers,
};

const activities: MenuPage = {
  key: 'activities',
  path: '/activities',
  icon: ScheduleOutlined,
  label: 'menu.activities',
  description: 'menu.activities.description',
  requires: readers,
};

const personTimes: MenuPage = {
  key: 'personTimes',
  path: '/person-times',
  icon: LineChartOutlined,
  label: 'menu.personTimes',
  description: 'menu.personTimes.description',
  requires: readers,
};

/** The attendance sheet of a session: no menu entry, reached from its group or activity. */
const attendance: MenuPage = {
  key: 'attendance',
  path: '/attendance',
  icon: ScheduleOutlined,
  label: 'groupwork.attendance.title',
  requires: 'groupwork:work',
};

export const groupworkModule: WebModule = {
  group: menuGroups.service,
  menu: [groups, activities, personTimes],
  routes: [
    pageRoute(
      groups,
      <Outlet />,
      withDetail(<GroupsPage />, 'groupwork.group.detail', <GroupDetailPage />),
    ),
    pageRoute(
      activities,
      <Outlet />,
      withDetail(<ActivitiesPage />, 'groupwork.activity.detail', <ActivityDetailPage />),
    ),
    pageRoute(personTimes, <PersonTimesPage />),
    {
      path: 'attendance/:id',
      handle: crumb({ crumb: attendance.label }),
      element: guarded(attendance, <AttendancePage />),
    },
  ],
};
