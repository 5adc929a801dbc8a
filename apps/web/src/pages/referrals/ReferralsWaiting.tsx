import type { ReferralSummary } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row } from 'antd';
import { useSession } from '../../auth/useSession';
import { FigureCard } from '../../components/FigureCard';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { getReferralSummary, referralKeys } from './referrals-api';

const figures: { key: keyof ReferralSummary; to: string; danger?: boolean }[] = [
  { key: 'waiting', to: '/referrals?box=inbox&status=pending' },
  { key: 'toReport', to: '/referrals?box=inbox&status=accepted' },
  { key: 'inboxOverdue', to: '/referrals?box=inbox&overdue=true', danger: true },
  { key: 'outboxOverdue', to: '/referrals?box=outbox&overdue=true', danger: true },
];

/** For a social worker's home: the referrals waiting on the organisation, and the late ones. */
export function ReferralsWaiting() {
  const t = useT();
  const { can } = useSession();
  const summary = useQuery({
    queryKey: referralKeys.summary,
    queryFn: ({ signal }) => getReferralSummary(signal),
    enabled: can('referrals:work'),
  });
  if (!can('referrals:work') || !summary.data) return null;
  return (
    <Card variant="borderless" title={t('referrals.home.title')}>
      <Row gutter={[16, 16]}>
        {figures.map(({ key, to, danger }) => (
          <Col key={key} xs={12} xl={6}>
            <FigureCard
              title={t(`referrals.home.${key}` as MessageKey)}
              value={summary.data[key]}
              danger={danger && summary.data[key] > 0}
              to={to}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
