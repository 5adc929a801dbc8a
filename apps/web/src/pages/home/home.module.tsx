import { HomeOutlined } from '@ant-design/icons';
import { guarded, lazyPage, type WebModule } from '../../app/web-module';
import type { MenuPage } from '../../layout/menu';

const HomePage = lazyPage(() => import('./HomePage'), 'HomePage');

const home: MenuPage = {
  key: 'home',
  path: '/',
  icon: HomeOutlined,
  label: 'menu.home',
  requires: 'authenticated',
};

export const homeModule: WebModule = {
  menu: [home],
  // The index of `/`, whose route carries the 首页 crumb of every page.
  routes: [{ index: true, element: guarded(home, <HomePage />) }],
};
