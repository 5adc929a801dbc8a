import { EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Layout, Space, Typography, theme } from 'antd';
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
  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        paddingInline: 24,
      }}
    >
      <Flex align="center" justify="space-between" style={{ height: '100%' }}>
        <Link to="/">
          <BrandMark />
        </Link>
        <Space size="large">
          {session && (
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
