import {
  consentGivers,
  deadlineStates,
  labelOf,
  referralConsentBases,
  referralReceiverKinds,
  serviceFields,
  type ReferralDetail,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { ClientAge } from '../clients/ClientLabels';
import {
  DirectionTag,
  ReferralDue,
  ReferralStatusTag,
  shanghaiTime,
  statusAndSentColumns,
} from './ReferralLabels';
import { ReferralStepModal, type ReferralAction } from './ReferralStepModal';
import { getReferral, referralKeys } from './referrals-api';

/** A referral's page: what it shares, where it stands, its history and deadlines, and the next step. */
export function ReferralDetailPage() {
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: referralKeys.one(id),
    queryFn: ({ signal }) => getReferral(id, signal),
  });
  if (detail.isPending) return <PageSpinner />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  return <ReferralFile referral={detail.data} />;
}

const actions: {
  action: ReferralAction;
  can: keyof ReferralDetail['can'];
  primary?: boolean;
  danger?: boolean;
}[] = [
  { action: 'accept', can: 'accept', primary: true },
  { action: 'refuse', can: 'refuse', danger: true },
  { action: 'complete', can: 'complete', primary: true },
  { action: 'return', can: 'returnBack' },
  { action: 'revoke', can: 'revoke', danger: true },
];

function ReferralFile({ referral }: { referral: ReferralDetail }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const stepping = useDialog<ReferralAction>();
  const { consent, client } = referral;
  const receiver = referral.receiver;

  const consentText = [
    labelOf(referralConsentBases, consent.basis, language),
    consent.overrideReason &&
      t('referrals.consent.override', {
        reason: consent.overrideReason,
        name: consent.overriddenByName ?? '',
      }),
    consent.givenBy &&
      consent.givenOn &&
      t('referrals.consent.recorded', {
        giver: labelOf(consentGivers, consent.givenBy, language),
        date: consent.givenOn,
      }),
  ]
    .filter(Boolean)
    .join('；');

  const stepNotes = [
    referral.acceptNote && { label: t('referrals.acceptNote'), text: referral.acceptNote },
    referral.refusalReason && { label: t('referrals.refusalReason'), text: referral.refusalReason },
    referral.revokeReason && { label: t('referrals.revokeReason'), text: referral.revokeReason },
  ].filter((note): note is { label: string; text: string } => Boolean(note));

  return (
    <Page
      title={
        <Space>
          {client.name}
          <ReferralStatusTag status={referral.status} />
          {referral.overdue && <Tag color="red">{t('referrals.overdue')}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          {actions
            .filter((a) => referral.can[a.can])
            .map((a) => (
              <Button
                key={a.action}
                type={a.primary ? 'primary' : 'default'}
                danger={a.danger}
                onClick={() => stepping.show(a.action)}
              >
                {t(`referrals.${a.action}`)}
              </Button>
            ))}
        </Space>
      }
    >
      <Flex vertical gap="middle">
        {consent.withdrawn && (
          <Alert type="warning" showIcon title={t('referrals.consent.withdrawn')} />
        )}
        {referral.side === 'receiver' &&
          !referral.identityShared &&
          referral.status === 'pending' && (
            <Alert type="info" showIcon title={t('referrals.masked')} />
          )}
        {referral.answeredOnBehalf && (
          <Alert type="info" showIcon title={t('referrals.onBehalf')} />
        )}
        {referral.side === 'receiver' && referral.sharedSummary === null && (
          <Alert type="info" showIcon title={t('referrals.hidden')} />
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'client', label: t('referrals.client'), children: client.name },
            {
              key: 'sex',
              label: t('clients.sex'),
              children: (
                <>
                  {t(`clients.sex.${client.sex}`)} · <ClientAge client={client} />
                </>
              ),
            },
            { key: 'region', label: t('clients.region'), children: client.regionName },
            {
              key: 'direction',
              label: t('referrals.direction'),
              children: <DirectionTag direction={referral.direction} />,
            },
            {
              key: 'sender',
              label: t('referrals.sender'),
              children: [
                referral.sender.organisationName,
                referral.sender.stationName,
                referral.sender.workerName,
              ]
                .filter(Boolean)
                .join(' · '),
            },
            {
              key: 'receiver',
              label: t('referrals.receiver'),
              children: (
                <>
                  {[receiver.name, receiver.stationName, receiver.regionName]
                    .filter(Boolean)
                    .join(' · ')}{' '}
                  <Tag>{labelOf(referralReceiverKinds, receiver.kind, language)}</Tag>
                </>
              ),
            },
            {
              key: 'field',
              label: t('referrals.serviceField'),
              children: referral.serviceField
                ? labelOf(serviceFields, referral.serviceField, language)
                : '—',
            },
            {
              key: 'sentAt',
              label: t('referrals.sentAt'),
              children: shanghaiTime(referral.sentAt),
            },
            { key: 'consent', label: t('referrals.consent'), children: consentText },
            {
              key: 'due',
              label: t('referrals.due'),
              children: <ReferralDue referral={referral} />,
            },
            ...(referral.caseId
              ? [
                  {
                    key: 'case',
                    label: t('referrals.case'),
                    children: (
                      <Link to={`/cases/${referral.caseId}`}>{t('referrals.case.open')}</Link>
                    ),
                  },
                ]
              : []),
            {
              key: 'reason',
              label: t('referrals.reason'),
              span: 'filled' as const,
              children: referral.reason ?? '—',
            },
          ]}
        />
        <TextCard title={t('referrals.sharedSummary')} text={referral.sharedSummary} />
        <TextCard title={t('referrals.result')} text={referral.result} />
        {stepNotes.length > 0 && (
          <Descriptions
            bordered
            size="small"
            column={1}
            items={stepNotes.map((note) => ({
              key: note.label,
              label: note.label,
              children: note.text,
            }))}
          />
        )}
        {referral.side === 'receiver' && referral.identityShared && (
          <Typography.Text type="secondary">{t('referrals.takeIn.hint')}</Typography.Text>
        )}
        <Flex gap="middle" wrap align="start">
          <Card size="small" title={t('referrals.history')} style={{ flex: '1 1 320px' }}>
            <Timeline
              items={referral.history.map((step) => ({
                key: `${step.step}-${step.at}`,
                color:
                  step.step === 'refused' || step.step === 'revoked'
                    ? 'red'
                    : step.step === 'done'
                      ? 'green'
                      : 'blue',
                content: (
                  <Flex vertical>
                    <Typography.Text strong>{t(`referrals.step.${step.step}`)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {shanghaiTime(step.at)} · {step.byName}
                    </Typography.Text>
                    {step.note && <Typography.Text>{step.note}</Typography.Text>}
                  </Flex>
                ),
              }))}
            />
          </Card>
          <Card size="small" title={t('referrals.deadlines')} style={{ flex: '2 1 420px' }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={referral.deadlines}
              columns={[
                { key: 'label', title: t('referrals.deadlines'), dataIndex: 'label' },
                {
                  key: 'due',
                  title: t('referrals.deadline.due'),
                  render: (_, d) => shanghaiTime(d.dueAt),
                },
                {
                  key: 'state',
                  title: t('referrals.deadline.state'),
                  render: (_, d) => (
                    <Tag
                      color={
                        d.state === 'missed'
                          ? 'red'
                          : d.state === 'met'
                            ? 'green'
                            : d.state === 'running'
                              ? 'blue'
                              : 'default'
                      }
                    >
                      {labelOf(deadlineStates, d.state, language)}
                    </Tag>
                  ),
                },
                {
                  key: 'settled',
                  title: t('referrals.deadline.settledAt'),
                  render: (_, d) => (d.settledAt ? shanghaiTime(d.settledAt) : '—'),
                },
              ]}
            />
          </Card>
        </Flex>
        {referral.related.length > 0 && (
          <Card size="small" title={t('referrals.related')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={referral.related}
              columns={[
                {
                  key: 'direction',
                  title: t('referrals.direction'),
                  render: (_, r) => (
                    <Link to={`/referrals/${r.id}`}>
                      <DirectionTag direction={r.direction} />
                    </Link>
                  ),
                },
                { key: 'receiver', title: t('referrals.receiver'), dataIndex: 'receiverName' },
                ...statusAndSentColumns(t),
              ]}
            />
          </Card>
        )}
      </Flex>
      {stepping.payload && (
        <ReferralStepModal
          {...stepping.props}
          referral={referral}
          action={stepping.payload}
          onDone={(saved) => {
            if (saved.id !== referral.id) void navigate(`/referrals/${saved.id}`);
          }}
        />
      )}
    </Page>
  );
}

/** A text the referral carries (what it shares, the result), as written, if the reader may see it. */
function TextCard({ title, text }: { title: string; text: string | null }) {
  if (text === null) return null;
  return (
    <Card size="small" title={title}>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
        {text}
      </Typography.Paragraph>
    </Card>
  );
}
