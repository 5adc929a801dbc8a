import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { FullPageSpinner } from '../components/FullPageSpinner';
import { AppLayout } from '../layout/AppLayout';
import { crumb } from '../layout/route-handle';
import { NotFoundPage } from '../pages/errors/NotFoundPage';
import { RouteErrorPage } from '../pages/errors/RouteErrorPage';
import { modules } from './modules';
import { lazyPage, sectionsOf } from './web-module';

const LoginPage = lazyPage(() => import('../auth/LoginPage'), 'LoginPage');
const ChangePasswordPage = lazyPage(
  () => import('../auth/ChangePasswordPage'),
  'ChangePasswordPage',
);

const standalone = (element: ReactNode) => (
  <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>
);

/** The modules' routes (app/modules.ts), each group's under its crumb; /admin leads home. */
const moduleRoutes = sectionsOf(modules).flatMap(({ group, modules }): RouteObject[] => {
  const routes = modules.flatMap((module) => module.routes);
  if (!group) return routes;
  const leadsHome = group.path
    ? [{ path: group.path.slice(1), element: <Navigate to="/" replace /> }]
    : [];
  return [
    { handle: crumb({ crumb: group.label, group: true }), children: [...leadsHome, ...routes] },
  ];
});

export const routes: RouteObject[] = [
  { path: '/login', element: standalone(<LoginPage />), errorElement: <RouteErrorPage /> },
  {
    path: '/change-password',
    element: standalone(<ChangePasswordPage />),
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
        children: [...moduleRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
