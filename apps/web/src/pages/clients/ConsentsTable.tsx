import { UploadOutlined } from '@ant-design/icons';
import {
  consentGivers,
  consentKinds,
  labelOf,
  type ClientDetail,
  type Consent,
} from '@shegong/domain';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Tag, Upload } from 'antd';
import { useReportError } from '../../hooks/useReportError';
import { useLanguage } from '../../i18n/useLanguage';
import { clientKeys, consentFormUrl, uploadConsentForm } from './clients-api';

/** A client's consents: what, with whom, given by whom and when, the signed form, revoked or not. */
export function ConsentsTable({
  client,
  onRevoke,
}: {
  client: ClientDetail;
  onRevoke?: (consent: Consent) => void;
}) {
  const { language, t } = useLanguage();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const reportError = useReportError();
  const upload = async (consent: Consent, file: File) => {
    try {
      const saved = await uploadConsentForm(client.id, consent.id, file);
      queryClient.setQueryData(clientKeys.one(client.id), saved);
      void message.success(t('clients.consent.uploaded'));
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <Table<Consent>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={client.consents}
      scroll={{ x: 760 }}
      columns={[
        {
          key: 'kind',
          title: t('clients.consent.kind'),
          render: (_, c) => labelOf(consentKinds, c.kind, language),
        },
        {
          key: 'organisation',
          title: t('clients.consent.organisation'),
          dataIndex: 'organisationName',
        },
        {
          key: 'givenBy',
          title: t('clients.consent.givenBy'),
          render: (_, c) => labelOf(consentGivers, c.givenBy, language),
        },
        { key: 'givenOn', title: t('clients.consent.givenOn'), dataIndex: 'givenOn' },
        {
          key: 'status',
          title: t('clients.consent.status'),
          render: (_, c) =>
            c.active ? (
              <Tag color="green">{t('clients.consent.active')}</Tag>
            ) : (
              <Tag title={c.revokedReason ?? ''}>
                {t('clients.consent.revoked', { date: c.revokedOn ?? '' })}
              </Tag>
            ),
        },
        {
          key: 'evidence',
          title: t('clients.consent.evidence'),
          render: (_, c) =>
            c.hasEvidenceFile ? (
              <a href={consentFormUrl(client.id, c.id)} target="_blank" rel="noreferrer">
                {t('clients.consent.download')}
              </a>
            ) : client.can.recordConsent ? (
              <Upload
                accept=".pdf,.jpg,.jpeg,.png"
                showUploadList={false}
                beforeUpload={(file) => {
                  void upload(c, file);
                  return false;
                }}
              >
                <Button size="small" icon={<UploadOutlined />}>
                  {t('clients.consent.upload')}
                </Button>
              </Upload>
            ) : (
              t('clients.consent.noEvidence')
            ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, c) =>
            c.active &&
            onRevoke && (
              <Space>
                <Button size="small" type="link" danger onClick={() => onRevoke(c)}>
                  {t('clients.consent.revoke')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );
}
