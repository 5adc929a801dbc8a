import type { Account } from '@shegong/domain';
import { Empty, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { listPagination } from '../../components/list-pagination';
import { RoleTags } from '../../components/RoleTags';
import { formatDateTime } from '../../format/date-time';
import { useT } from '../../i18n/useT';
import { AccountActions } from './AccountActions';
import { AccountStatus } from './AccountStatus';
import type { AccountDialogKind } from './useAccountDialogs';

export function AccountTable({
  accounts,
  total,
  page,
  pageSize,
  loading,
  onPageChange,
  onOpen,
}: {
  accounts: Account[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (kind: AccountDialogKind, account: Account) => void;
}) {
  const t = useT();
  const columns: TableProps<Account>['columns'] = [
    {
      key: 'username',
      title: t('accounts.username'),
      dataIndex: 'username',
      render: (username: string, account) => (
        <Link to={`/admin/accounts/${account.id}`}>{username}</Link>
      ),
    },
    { key: 'realName', title: t('accounts.realName'), dataIndex: 'realName' },
    {
      key: 'phone',
      title: t('accounts.phone'),
      dataIndex: 'phone',
      render: (p: string | null) => p ?? '—',
    },
    { key: 'region', title: t('accounts.region'), dataIndex: 'regionName' },
    {
      key: 'roles',
      title: t('accounts.roles'),
      dataIndex: 'roles',
      render: (roles: Account['roles']) => <RoleTags codes={roles} />,
    },
    {
      key: 'status',
      title: t('accounts.status'),
      render: (_value, account) => <AccountStatus account={account} />,
    },
    {
      key: 'lastLogin',
      title: t('accounts.lastLogin'),
      dataIndex: 'lastLoginAt',
      render: (at: string | null) =>
        at ? (
          formatDateTime(at)
        ) : (
          <Typography.Text type="secondary">{t('accounts.neverSignedIn')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_value, account) => <AccountActions account={account} onOpen={onOpen} />,
    },
  ];

  return (
    <Table<Account>
      rowKey="id"
      columns={columns}
      dataSource={accounts}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('accounts.empty')} /> }}
      pagination={listPagination(t, { page, pageSize, total, onChange: onPageChange })}
    />
  );
}
