import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FolderOpenOutlined,
} from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const CaseDeskPage = lazyPage(() => import('./CaseDeskPage'), 'CaseDeskPage');
const CasesPage = lazyPage(() => import('./CasesPage'), 'CasesPage');
const CaseFilePage = lazyPage(() => import('./CaseFilePage'), 'CaseFilePage');
const CaseApprovalsPage = lazyPage(() => import('./CaseApprovalsPage'), 'CaseApprovalsPage');
const CaseStatisticsPage = lazyPage(() => import('./CaseStatisticsPage'), 'CaseStatisticsPage');
const OpenCaseGate = lazyPage(() => import('./OpenCaseGate'), 'OpenCaseGate');

const desk: MenuPage = {
  key: 'caseDesk',
  path: '/casework',
  icon: DashboardOutlined,
  label: 'menu.caseDesk',
  description: 'menu.caseDesk.description',
  requires: 'cases:work',
};

const cases: MenuPage = {
  key: 'cases',
  path: '/cases',
  icon: FolderOpenOutlined,
  label: 'menu.cases',
  description: 'menu.cases.description',
  requires: ['cases:work', 'cases:read_org'],
};

const approvals: MenuPage = {
  key: 'caseApprovals',
  path: '/case-approvals',
  icon: AuditOutlined,
  label: 'menu.caseApprovals',
  requires: 'cases:work',
};

const statistics: MenuPage = {
  key: 'caseStatistics',
  path: '/case-statistics',
  icon: BarChartOutlined,
  label: 'menu.caseStatistics',
  description: 'menu.caseStatistics.description',
  requires: 'cases:statistics',
};

/** 个案工作: the social worker's desk, the cases and their files, approvals, the offices' counts. */
export const caseworkModule: WebModule = {
  group: menuGroups.service,
  menu: [desk, cases, approvals, statistics],
  routes: [
    pageRoute(desk, <CaseDeskPage />),
    pageRoute(cases, <Outlet />, withDetail(<CasesPage />, 'casework.detail', <CaseFilePage />)),
    pageRoute(approvals, <CaseApprovalsPage />),
    pageRoute(
      statistics,
      <Outlet />,
      withDetail(<CaseStatisticsPage />, 'casework.openedFile', <OpenCaseGate />),
    ),
  ],
};
