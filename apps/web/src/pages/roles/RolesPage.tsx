import { CheckOutlined } from '@ant-design/icons';
import type { RoleMatrix } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Tag, Tooltip, Typography, theme, type TableProps } from 'antd';
import { api } from '../../api/client';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { isMessageKey } from '../../i18n/messages';
import { useLanguage } from '../../i18n/useLanguage';

type RoleRow = RoleMatrix['roles'][number];

/** 角色与权限: which role may do what, read-only, as the server defines it. */
export function RolesPage() {
  const { language, t } = useLanguage();
  const { token } = theme.useToken();
  const matrix = useQuery({
    queryKey: ['roles'],
    queryFn: ({ signal }) => api.get<RoleMatrix>('/roles', { signal }),
    staleTime: Infinity,
  });

  if (matrix.isError) {
    return <ErrorResult error={matrix.error} onRetry={() => void matrix.refetch()} />;
  }

  const levelKey = (level: string | null) => `region.level.${level ?? ''}`;
  const columns: TableProps<RoleRow>['columns'] = [
    {
      key: 'role',
      title: t('roles.role'),
      fixed: 'left',
      width: 240,
      render: (_value, role) => (
        <Space size={4}>
          {role[language]}
          {role.administrator && (
            <Tooltip title={t('roles.administratorHint')}>
              <Tag color="gold">{t('roles.administrator')}</Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      key: 'scopeLevel',
      title: t('roles.scopeLevel'),
      render: (_value, role) => {
        const key = levelKey(role.scopeLevel);
        return isMessageKey(key) ? t(key) : t('roles.anyLevel');
      },
    },
    ...(matrix.data?.permissions ?? []).map((permission) => ({
      key: permission.code,
      title: <Tooltip title={permission.code}>{permission[language]}</Tooltip>,
      align: 'center' as const,
      width: 112,
      render: (_value: unknown, role: RoleRow) =>
        role.permissions.includes(permission.code) ? (
          <CheckOutlined aria-label="✓" style={{ color: token.colorPrimary }} />
        ) : null,
    })),
  ];

  return (
    <Page title={t('roles.title')}>
      <Alert type="info" showIcon title={t('roles.intro')} style={{ marginBottom: 16 }} />
      <Table<RoleRow>
        rowKey="code"
        bordered
        size="middle"
        loading={matrix.isPending}
        columns={columns}
        dataSource={matrix.data?.roles ?? []}
        pagination={false}
        scroll={{ x: 960 }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        {t('roles.administratorHint')}
      </Typography.Paragraph>
    </Page>
  );
}
