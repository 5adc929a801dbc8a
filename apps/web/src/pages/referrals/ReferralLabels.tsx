import {
  labelOf,
  referralDirections,
  referralStatuses,
  type Referral,
  type ReferralStatus,
} from '@shegong/domain';
import { Flex, Tag, Typography } from 'antd';
import type { MessageKey } from '../../i18n/messages';
import { useLanguage } from '../../i18n/useLanguage';

const statusColours: Record<ReferralStatus, string> = {
  pending: 'processing',
  accepted: 'blue',
  refused: 'red',
  done: 'green',
  revoked: 'default',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { language } = useLanguage();
  return <Tag color={statusColours[status]}>{labelOf(referralStatuses, status, language)}</Tag>;
}

export function DirectionTag({ direction }: { direction: Referral['direction'] }) {
  const { language } = useLanguage();
  return (
    <Tag color={direction === 'back_to_station' ? 'cyan' : 'geekblue'}>
      {labelOf(referralDirections, direction, language)}
    </Tag>
  );
}

export const shanghaiTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The clock running now: the answer's while waiting, the result's once accepted; red when late. */
export function ReferralDue({ referral }: { referral: Referral }) {
  const { t } = useLanguage();
  const due =
    referral.status === 'pending'
      ? referral.answerDueAt &&
        t('referrals.due.answer', { due: shanghaiTime(referral.answerDueAt) })
      : referral.status === 'accepted'
        ? referral.reportDueAt &&
          t('referrals.due.report', { due: shanghaiTime(referral.reportDueAt) })
        : null;
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2} align="start">
      <Typography.Text type={referral.overdue ? 'danger' : undefined} style={{ fontSize: 12 }}>
        {due}
      </Typography.Text>
      {referral.overdue && <Tag color="red">{t('referrals.overdue')}</Tag>}
    </Flex>
  );
}

/** The village and township of a region path (贵州省 / … / 新华路街道 / 纪念塔社区). */
export const shortRegion = (path: string) => path.split(' / ').slice(-2).join(' / ');

/** The status and sent columns every table of referrals shows. */
export function statusAndSentColumns<Row extends { status: ReferralStatus; sentAt: string }>(
  t: (key: MessageKey) => string,
) {
  return [
    {
      key: 'status',
      title: t('referrals.status'),
      render: (_: unknown, r: Row) => <ReferralStatusTag status={r.status} />,
    },
    {
      key: 'sentAt',
      title: t('referrals.sentAt'),
      render: (_: unknown, r: Row) => shanghaiTime(r.sentAt),
    },
  ];
}
