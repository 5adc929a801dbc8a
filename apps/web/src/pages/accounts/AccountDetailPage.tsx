import type { Account } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Typography } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RoleTags } from '../../components/RoleTags';
import { formatDateTime } from '../../format/date-time';
import { useT } from '../../i18n/useT';
import { workerOption } from '../talent/registry/worker-option';
import { AccountActions } from './AccountActions';
import { AccountStatus } from './AccountStatus';
import { accountKeys, getAccount } from './accounts-api';
import { useAccountDialogs } from './useAccountDialogs';

export function AccountDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const account = useQuery({
    queryKey: accountKeys.one(id),
    queryFn: ({ signal }) => getAccount(id, signal),
  });
  const { openDialog, dialog } = useAccountDialogs();

  if (account.isPending) return <PageSpinner />;
  if (account.isError) {
    return <ErrorResult error={account.error} onRetry={() => void account.refetch()} />;
  }
  const a: Account = account.data;
  return (
    <Page
      title={`${a.realName}（${a.username}）`}
      extra={<AccountActions account={a} onOpen={openDialog} size="middle" />}
    >
      <Descriptions
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'username', label: t('accounts.username'), children: a.username },
          { key: 'realName', label: t('accounts.realName'), children: a.realName },
          { key: 'phone', label: t('accounts.phone'), children: a.phone ?? '—' },
          { key: 'region', label: t('accounts.region'), children: a.regionName },
          { key: 'roles', label: t('accounts.roles'), children: <RoleTags codes={a.roles} /> },
          ...(a.organisationId
            ? [
                {
                  key: 'organisation',
                  label: t('accounts.organisation'),
                  children: a.organisationName ?? '—',
                },
              ]
            : []),
          ...(a.workerId
            ? [
                {
                  key: 'worker',
                  label: t('accounts.worker'),
                  children: a.worker ? workerOption(a.worker).label : '—',
                },
              ]
            : []),
          {
            key: 'status',
            label: t('accounts.status'),
            children: (
              <>
                <AccountStatus account={a} />
                {a.mustChangePassword && (
                  <Typography.Text type="secondary">
                    {' '}
                    · {t('accounts.mustChangePassword')}
                  </Typography.Text>
                )}
              </>
            ),
          },
          {
            key: 'lastLogin',
            label: t('accounts.lastLogin'),
            children: a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.neverSignedIn'),
          },
          {
            key: 'createdAt',
            label: t('accounts.createdAt'),
            children: formatDateTime(a.createdAt),
          },
          {
            key: 'updatedAt',
            label: t('accounts.updatedAt'),
            children: formatDateTime(a.updatedAt),
          },
        ]}
      />
      {dialog}
    </Page>
  );
}
