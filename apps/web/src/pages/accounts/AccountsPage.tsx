import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { AccountCreateDrawer } from './AccountCreateDrawer';
import { AccountFilters } from './AccountFilters';
import { accountFilterKeys, accountQueryOf } from './account-filters';
import { accountKeys, listAccounts } from './accounts-api';
import { AccountTable } from './AccountTable';
import { useAccountDialogs } from './useAccountDialogs';

/** 账号管理: the accounts within the user's scope, filtered and paged by the server. */
export function AccountsPage() {
  const t = useT();
  const { can } = useSession();
  const [filters, setFilters, addressKey] = useUrlFilters(accountFilterKeys);
  const query = accountQueryOf(filters);
  const list = useQuery({
    queryKey: accountKeys.list(query),
    queryFn: ({ signal }) => listAccounts(query, signal),
    placeholderData: keepPreviousData,
  });
  const { openDialog, dialog } = useAccountDialogs();
  const creating = useDialog();

  return (
    <Page
      title={t('accounts.title')}
      extra={
        can('accounts:manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => creating.show(true)}>
            {t('accounts.create')}
          </Button>
        )
      }
    >
      <AccountFilters
        key={addressKey}
        initialValues={{ q: query.q, region: query.region, role: query.role, status: query.status }}
        onSearch={(values) => setFilters({ ...values, pageSize: filters.pageSize })}
        onReset={() => setFilters({})}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <AccountTable
          accounts={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          loading={list.isFetching}
          onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
          onOpen={openDialog}
        />
      )}
      {dialog}
      {creating.payload && <AccountCreateDrawer {...creating.props} />}
    </Page>
  );
}
