import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { labelOf, roles } from '@shegong/domain';
import { Avatar, Button, Dropdown, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../auth/useSession';
import { useReportError } from '../hooks/useReportError';
import { useLanguage } from '../i18n/useLanguage';

/** The signed-in user: name and roles, change password, sign out. */
export function UserMenu() {
  const { session, signOut } = useSession();
  const { language, t } = useLanguage();
  const navigate = useNavigate();
  const reportError = useReportError();
  if (!session) return null;
  const { account } = session;
  const roleLabels = account.roles.map((role) => labelOf(roles, role, language)).join('、');

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: roleLabels || account.username,
          },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
          { key: 'signOut', icon: <LogoutOutlined />, label: t('auth.signOut') },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/change-password');
          if (key === 'signOut') {
            signOut().then(
              () => navigate('/login'),
              (error: unknown) => reportError(error),
            );
          }
        },
      }}
    >
      <Button type="text" style={{ height: 'auto' }}>
        <Space>
          <Avatar size="small" icon={<UserOutlined />} />
          {account.realName}
        </Space>
      </Button>
    </Dropdown>
  );
}
