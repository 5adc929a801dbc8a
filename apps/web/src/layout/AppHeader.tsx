import { EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Grid, Layout, Space, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../auth/useSession';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useT } from '../i18n/useT';
import { BrandMark } from './BrandMark';
import { UserMenu } from './UserMenu';

export function AppHeader() {
  const t = useT();
  const { session } = useSession();
  const { token } = theme.useToken();
  // On a phone (the station worker's attendance sheet) the header fits the screen: the scope's
  // name, long at village level, gives way to the language switch and the user menu.
  const wide = Grid.useBreakpoint().md !== false;
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        paddingInline: wide ? 24 : 12,
      }}
    >
      <Flex align="center" justify="space-between" style={{ height: '100%' }}>
        <Link to="/">
          <BrandMark />
        </Link>
        <Space size={wide ? 'large' : 'small'}>
          {session && wide && (
            <Typography.Text type="secondary" title={t('layout.scope')}>
              <EnvironmentOutlined /> {session.account.regionName}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <UserMenu />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
