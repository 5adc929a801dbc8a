import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet, type RouteObject } from 'react-router';
import { RequireAccess } from '../auth/RequireAccess';
import { RequireSession } from '../auth/RequireSession';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { AppLayout } from '../layout/AppLayout';
import { menuPage, type MenuPageKey } from '../layout/menu';
import type { RouteHandle } from '../layout/route-handle';
import { NotFoundPage } from '../pages/errors/NotFoundPage';
import { RouteErrorPage } from '../pages/errors/RouteErrorPage';
import * as pages from './lazy-pages';

const crumb = (handle: RouteHandle) => handle;

/** A page of the menu: its route requires what its menu entry requires. */
function guarded(key: MenuPageKey, element: ReactNode): ReactNode {
  return <RequireAccess requires={menuPage(key).requires}>{element}</RequireAccess>;
}

const standalone = (element: ReactNode) => (
  <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>
);

export const routes: RouteObject[] = [
  { path: '/login', element: standalone(<pages.LoginPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/change-password',
    element: standalone(<pages.ChangePasswordPage />),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage />,
    handle: crumb({ crumb: 'menu.home' }),
    children: [
      {
        // A render error inside a page keeps the header and the menu around it.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: guarded('home', <pages.HomePage />) },
          {
            // 社会组织: a menu group without a path of its own.
            handle: crumb({ crumb: 'menu.organisationGroup', group: true }),
            children: [
              {
                path: 'organisations',
                handle: crumb({ crumb: 'menu.organisations' }),
                element: guarded('organisations', <Outlet />),
                children: [
                  { index: true, element: <pages.OrganisationsPage /> },
                  {
                    path: ':id',
                    handle: crumb({ crumb: 'organisations.detail' }),
                    element: <pages.OrganisationDetailPage />,
                  },
                ],
              },
              {
                path: 'incubation',
                handle: crumb({ crumb: 'menu.incubation' }),
                element: guarded('incubation', <pages.IncubationPage />),
              },
            ],
          },
          {
            // 阵地建设
            handle: crumb({ crumb: 'menu.networkGroup', group: true }),
            children: [
              {
                path: 'stations',
                handle: crumb({ crumb: 'menu.stations' }),
                element: guarded('stations', <Outlet />),
                children: [
                  { index: true, element: <pages.StationsPage /> },
                  {
                    path: ':id',
                    handle: crumb({ crumb: 'stations.detail' }),
                    element: <pages.StationDetailPage />,
                  },
                ],
              },
              {
                path: 'coverage',
                handle: crumb({ crumb: 'menu.coverage' }),
                element: guarded('coverage', <pages.CoveragePage />),
              },
            ],
          },
          {
            // 社工人才
            handle: crumb({ crumb: 'menu.talentGroup', group: true }),
            children: [
              {
                path: 'workers',
                handle: crumb({ crumb: 'menu.workers' }),
                element: guarded('workers', <Outlet />),
                children: [
                  { index: true, element: <pages.WorkersPage /> },
                  {
                    path: ':id',
                    handle: crumb({ crumb: 'workers.detail' }),
                    element: <pages.WorkerDetailPage />,
                  },
                ],
              },
              {
                path: 'registrations',
                handle: crumb({ crumb: 'menu.registrations' }),
                element: guarded('registrations', <pages.RegistrationsPage />),
              },
              {
                path: 'education',
                handle: crumb({ crumb: 'menu.education' }),
                element: guarded('education', <pages.EducationPage />),
              },
              {
                path: 'rewards',
                handle: crumb({ crumb: 'menu.rewards' }),
                element: guarded('rewards', <pages.RewardsPage />),
              },
              {
                path: 'talent-statistics',
                handle: crumb({ crumb: 'menu.talentStatistics' }),
                element: guarded('talentStatistics', <pages.TalentStatisticsPage />),
              },
            ],
          },
          {
            path: 'admin',
            handle: crumb({ crumb: 'menu.admin', group: true }),
            children: [
              { index: true, element: <Navigate to="/" replace /> },
              {
                path: 'accounts',
                handle: crumb({ crumb: 'menu.accounts' }),
                element: guarded('accounts', <Outlet />),
                children: [
                  { index: true, element: <pages.AccountsPage /> },
                  {
                    path: ':id',
                    handle: crumb({ crumb: 'accounts.detail' }),
                    element: <pages.AccountDetailPage />,
                  },
                ],
              },
              {
                path: 'roles',
                handle: crumb({ crumb: 'menu.roles' }),
                element: guarded('roles', <pages.RolesPage />),
              },
              {
                path: 'security-policy',
                handle: crumb({ crumb: 'menu.securityPolicy' }),
                element: guarded('securityPolicy', <pages.SecurityPolicyPage />),
              },
              {
                path: 'audit',
                handle: crumb({ crumb: 'menu.audit' }),
                element: guarded('audit', <pages.AuditPage />),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
