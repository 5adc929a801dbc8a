import { Layout, theme } from 'antd';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { PageSpinner } from '../components/PageSpinner';
import { AppBreadcrumb } from './AppBreadcrumb';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

/** Header on top, the menu on the left, breadcrumb and the page on the right. */
export function AppLayout() {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader />
      <Layout>
        <Layout.Sider
          width={240}
          breakpoint="lg"
          collapsible
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <SideMenu />
        </Layout.Sider>
        <Layout.Content style={{ padding: '0 24px 24px', minWidth: 0 }}>
          <AppBreadcrumb />
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
