import type { ClientDetail, Consent } from '@shegong/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Space, Table } from 'antd';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/useSession';
import { EndDateModal } from '../../components/EndDateModal';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { ClientCases } from '../casework/ClientCases';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { ClientAge, GroupTags, RiskTag } from './ClientLabels';
import { clientKeys, getClient, revokeConsent } from './clients-api';
import { ConsentModal } from './ConsentModal';
import { ConsentsTable } from './ConsentsTable';
import { EditClientDrawer } from './EditClientDrawer';
import { MergeClientModal } from './MergeClientModal';
import { OpenFileGate } from './OpenFileGate';

/**
 * A client's file: who they are (ID and phones masked), their consents and signed forms, and who
 * opened the file without serving them. Reading it is audited. An officer who does not serve the
 * client opens it only with a reason (OpenFileGate).
 */
export function ClientDetailPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  if (!can('clients:work') && can('clients:open_file')) return <OpenFileGate clientId={id} />;
  return <ServedClientFile id={id} />;
}

function ServedClientFile({ id }: { id: string }) {
  const detail = useQuery({
    queryKey: clientKeys.one(id),
    queryFn: ({ signal }) => getClient(id, signal),
  });
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ClientFile client={detail.data} />;
}

export function ClientFile({ client }: { client: ClientDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const editing = useDialog();
  const consenting = useDialog();
  const merging = useDialog();
  const revoking = useDialog<Consent>();
  const revoke = useRecordMutation(
    ({ consent, date, note }: { consent: Consent; date: string; note?: string }) =>
      revokeConsent(client.id, consent.id, { revokedOn: date, reason: note ?? '' }),
    {
      invalidates: [clientKeys.one(client.id)],
      success: () => t('clients.consent.revoked.done'),
      onDone: (saved) => {
        queryClient.setQueryData(clientKeys.one(client.id), saved);
        revoking.props.onClose();
      },
    },
  );

  return (
    <Page
      title={client.name}
      extra={
        client.can.edit && (
          <Space wrap>
            <Button onClick={() => editing.show(true)}>{t('clients.edit')}</Button>
            <Button onClick={() => consenting.show(true)}>{t('clients.consent.add')}</Button>
            <Button onClick={() => merging.show(true)}>{t('clients.merge')}</Button>
          </Space>
        )
      }
    >
      <Flex vertical gap="middle">
        {client.mergedInto && (
          <Alert
            type="warning"
            showIcon
            title={t('clients.merged')}
            action={<Link to={`/clients/${client.mergedInto}`}>{t('clients.merged.open')}</Link>}
          />
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'idNumber', label: t('clients.idNumber'), children: client.idNumber ?? '—' },
            { key: 'sex', label: t('clients.sex'), children: t(`clients.sex.${client.sex}`) },
            { key: 'age', label: t('clients.age'), children: <ClientAge client={client} /> },
            { key: 'region', label: t('clients.region'), children: client.regionName },
            {
              key: 'groups',
              label: t('clients.populationGroups'),
              children: <GroupTags groups={client.populationGroups} />,
            },
            {
              key: 'risk',
              label: t('clients.riskLevel'),
              children: <RiskTag level={client.riskLevel} />,
            },
            { key: 'phone', label: t('clients.phone'), children: client.phone ?? '—' },
            { key: 'address', label: t('clients.address'), children: client.address ?? '—' },
            {
              key: 'guardian',
              label: t('clients.guardian'),
              children: client.guardian
                ? `${client.guardian.name}（${client.guardian.relation}）${client.guardian.phone ?? ''}`
                : '—',
            },
          ]}
        />
        <Card size="small" title={t('clients.consents')}>
          <ConsentsTable
            client={client}
            onRevoke={client.can.recordConsent ? (consent) => revoking.show(consent) : undefined}
          />
        </Card>
        {!client.mergedInto && <ClientCases client={client} />}
        {client.can.edit && <ReferralsSection client={client} />}
        <Card size="small" title={t('clients.openings')}>
          <Table
            rowKey="at"
            size="small"
            pagination={false}
            dataSource={client.fileOpenings}
            locale={{ emptyText: t('clients.openings.empty') }}
            columns={[
              {
                key: 'at',
                title: t('clients.openings.at'),
                render: (_, o) => new Date(o.at).toLocaleString(),
              },
              { key: 'by', title: t('clients.openings.by'), dataIndex: 'actorName' },
              { key: 'reason', title: t('clients.openings.reason'), dataIndex: 'reason' },
            ]}
          />
        </Card>
      </Flex>
      {editing.payload && <EditClientDrawer {...editing.props} client={client} />}
      {consenting.payload && <ConsentModal {...consenting.props} client={client} />}
      {merging.payload && <MergeClientModal {...merging.props} client={client} />}
      {revoking.payload && (
        <EndDateModal
          {...revoking.props}
          title={t('clients.consent.revoke.title')}
          dateLabel={t('clients.consent.revoke.title')}
          notBefore={revoking.payload.givenOn}
          withNote
          noteRequired
          noteMax={200}
          noteLabel={t('clients.consent.revoke.reason')}
          saving={revoke.isPending}
          onSubmit={({ date, note }) => revoke.mutate({ consent: revoking.payload!, date, note })}
        />
      )}
    </Page>
  );
}
