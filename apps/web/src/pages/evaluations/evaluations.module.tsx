import { AuditOutlined, FormOutlined, TrophyOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { crumb } from '../../layout/route-handle';
import { menuGroups } from '../../layout/menu-groups';

const EvaluationsPage = lazyPage(() => import('./EvaluationsPage'), 'EvaluationsPage');
const RoundPage = lazyPage(() => import('./RoundPage'), 'RoundPage');
const RoundPrintPage = lazyPage(() => import('./RoundPrintPage'), 'RoundPrintPage');
const MyEvaluationsPage = lazyPage(() => import('./MyEvaluationsPage'), 'MyEvaluationsPage');
const MyEvaluationPage = lazyPage(() => import('./MyEvaluationPage'), 'MyEvaluationPage');
const OwnEvaluationsPage = lazyPage(() => import('./OwnEvaluationsPage'), 'OwnEvaluationsPage');
const OwnEvaluationPage = lazyPage(() => import('./OwnEvaluationPage'), 'OwnEvaluationPage');

const organise: MenuPage = {
  key: 'evaluations',
  path: '/evaluations',
  icon: AuditOutlined,
  label: 'menu.evaluations',
  description: 'menu.evaluations.description',
  requires: 'evaluations:organise',
};
const mine: MenuPage = {
  key: 'my-evaluations',
  path: '/my-evaluations',
  icon: FormOutlined,
  label: 'menu.myEvaluations',
  description: 'menu.myEvaluations.description',
  requires: 'evaluations:score',
};
const own: MenuPage = {
  key: 'own-evaluations',
  path: '/own-evaluations',
  icon: TrophyOutlined,
  label: 'menu.ownEvaluations',
  description: 'menu.ownEvaluations.description',
  requires: 'evaluations:respond',
};

// The organiser's rounds open from its page (评估安排, 评估轮次, 抽查抽签): /evaluations/rounds/:id.
export const evaluationsModule: WebModule = {
  group: menuGroups.evaluation,
  menu: [organise, mine, own],
  routes: [
    pageRoute(organise, <Outlet />, [
      { index: true, element: <EvaluationsPage /> },
      {
        path: 'rounds/:id',
        handle: crumb({ crumb: 'evaluations.round' }),
        children: [
          { index: true, element: <RoundPage /> },
          {
            path: 'print',
            handle: crumb({ crumb: 'evaluations.print' }),
            element: <RoundPrintPage />,
          },
        ],
      },
    ]),
    pageRoute(
      mine,
      <Outlet />,
      withDetail(<MyEvaluationsPage />, 'evaluations.mine.detail', <MyEvaluationPage />),
    ),
    pageRoute(
      own,
      <Outlet />,
      withDetail(<OwnEvaluationsPage />, 'evaluations.own.detail', <OwnEvaluationPage />),
    ),
  ],
};
