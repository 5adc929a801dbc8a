import type { Language, RewardGrant } from '@shegong/domain';
import type { TableProps } from 'antd';
import { formatYuan } from '../../../format/money';
import type { Translate } from '../../../i18n/language-context';
import { LevelTag } from '../registry/TalentTags';
import { RewardStatusTag } from './RewardStatusTag';

type Columns = NonNullable<TableProps<RewardGrant>['columns']>;

/** The columns every table of reward grants shows: level, amount, status and its dates, note. */
export function rewardGrantColumns(t: Translate, language: Language): Columns {
  const dateOrDash = (date: string | null) => date ?? '—';
  return [
    {
      key: 'level',
      title: t('rewards.level'),
      dataIndex: 'level',
      render: (level: RewardGrant['level']) => <LevelTag level={level} />,
    },
    {
      key: 'amount',
      title: t('rewards.amountYuan'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (fen: number) => formatYuan(fen, language),
    },
    {
      key: 'status',
      title: t('rewards.status'),
      dataIndex: 'status',
      render: (status: RewardGrant['status']) => <RewardStatusTag status={status} />,
    },
    { key: 'appliedOn', title: t('rewards.appliedOn'), dataIndex: 'appliedOn' },
    { key: 'decidedOn', title: t('rewards.decidedOn'), dataIndex: 'decidedOn', render: dateOrDash },
    { key: 'paidOn', title: t('rewards.paidOn'), dataIndex: 'paidOn', render: dateOrDash },
    { key: 'note', title: t('rewards.note'), dataIndex: 'note', render: dateOrDash },
  ];
}
