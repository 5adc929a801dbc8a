import { SendOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { ReferralTable } from './ReferralTable';
import { SendReferralDrawer, type ReferredClient } from './SendReferralDrawer';

/**
 * The referrals of a client (or of one of their cases) that the reader's organisation sent, with
 * 转介 to send another: for the client's and the case's pages.
 */
export function ReferralsSection({ client, caseId }: { client: ReferredClient; caseId?: string }) {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const sending = useDialog();
  if (!can('referrals:work')) return null;
  return (
    <Card
      size="small"
      title={t('referrals.section')}
      extra={
        <Button size="small" icon={<SendOutlined />} onClick={() => sending.show(true)}>
          {t('referrals.send')}
        </Button>
      }
    >
      <ReferralTable
        size="small"
        query={caseId ? { box: 'outbox', case: caseId } : { box: 'outbox', client: client.id }}
        empty={t('referrals.section.empty')}
      />
      {sending.payload && (
        <SendReferralDrawer
          {...sending.props}
          client={client}
          caseId={caseId}
          onSent={(saved) => void navigate(`/referrals/${saved.id}`)}
        />
      )}
    </Card>
  );
}
