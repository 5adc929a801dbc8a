import { useQuery } from '@tanstack/react-query';
import { closureReasons, labelOf, type PendingClosure } from '@shegong/domain';
import { Table } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { caseKeys, listPendingClosures } from './casework-api';

export function ApprovalsTable({ rows }: { rows: readonly PendingClosure[] }) {
  const { t, language } = useLanguage();
  return (
    <Table<PendingClosure>
      rowKey="closureId"
      size="small"
      pagination={false}
      dataSource={[...rows]}
      locale={{ emptyText: t('casework.approvals.empty') }}
      columns={[
        {
          key: 'client',
          title: t('casework.client'),
          render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.clientName}</Link>,
        },
        { key: 'station', title: t('casework.station'), dataIndex: 'stationName' },
        {
          key: 'reasons',
          title: t('casework.closure.reasons'),
          render: (_, r) => r.reasons.map((c) => labelOf(closureReasons, c, language)).join('、'),
        },
        { key: 'by', title: t('casework.closure.requestedBy'), dataIndex: 'requestedByName' },
        {
          key: 'at',
          title: t('casework.closure.requestedAt'),
          render: (_, r) => new Date(r.requestedAt).toLocaleString(language),
        },
      ]}
    />
  );
}

/** 结案审批: the closures of the cases the reader supervises, waiting for their answer. */
export function CaseApprovalsPage() {
  const { t } = useLanguage();
  const pending = useQuery({
    queryKey: caseKeys.pending,
    queryFn: ({ signal }) => listPendingClosures(signal),
  });
  return (
    <Page title={t('casework.approvals.title')}>
      {pending.isError ? (
        <ErrorResult error={pending.error} onRetry={() => void pending.refetch()} />
      ) : (
        <ApprovalsTable rows={pending.data ?? []} />
      )}
    </Page>
  );
}
