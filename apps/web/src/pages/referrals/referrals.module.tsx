import { FieldTimeOutlined, SendOutlined } from '@ant-design/icons';
import { Outlet } from 'react-router';
import { lazyPage, pageRoute, withDetail, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';
import { menuGroups } from '../../layout/menu-groups';

const ReferralsPage = lazyPage(() => import('./ReferralsPage'), 'ReferralsPage');
const ReferralDetailPage = lazyPage(() => import('./ReferralDetailPage'), 'ReferralDetailPage');
const ReferralBoardPage = lazyPage(() => import('./ReferralBoardPage'), 'ReferralBoardPage');

const referrals: MenuPage = {
  key: 'referrals',
  path: '/referrals',
  icon: SendOutlined,
  label: 'menu.referrals',
  description: 'menu.referrals.description',
  requires: 'referrals:work',
};

const board: MenuPage = {
  key: 'referralBoard',
  path: '/referral-board',
  icon: FieldTimeOutlined,
  label: 'menu.referralBoard',
  description: 'menu.referralBoard.description',
  requires: 'referrals:oversee',
};

export const referralsModule: WebModule = {
  group: menuGroups.service,
  menu: [referrals, board],
  routes: [
    pageRoute(
      referrals,
      <Outlet />,
      withDetail(<ReferralsPage />, 'referrals.detail', <ReferralDetailPage />),
    ),
    pageRoute(board, <ReferralBoardPage />),
  ],
};
