import { PlusOutlined } from '@ant-design/icons';
import type { RewardGrant, WorkerDetail } from '@shegong/domain';
import { Button, Empty, Table, Typography, type TableProps } from 'antd';
import { TableToolbar } from '../../components/TableToolbar';
import { formatYuan } from '../../format/money';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { RewardStatusTag } from '../rewards/RewardStatusTag';
import { ApplyRewardModal } from './ApplyRewardModal';
import { LevelTag } from './TalentTags';

/** 奖励: one-off rewards on certification applied for, decided and paid. */
export function RewardsTab({ worker, mayWrite }: { worker: WorkerDetail; mayWrite: boolean }) {
  const { language, t } = useLanguage();
  const applying = useDialog();
  const columns: TableProps<RewardGrant>['columns'] = [
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
    {
      key: 'decidedOn',
      title: t('rewards.decidedOn'),
      dataIndex: 'decidedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'paidOn',
      title: t('rewards.paidOn'),
      dataIndex: 'paidOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'note',
      title: t('rewards.note'),
      dataIndex: 'note',
      render: (note: string | null) => note ?? '—',
    },
  ];
  return (
    <>
      <TableToolbar
        summary={<Typography.Text type="secondary">{t('rewards.rulesHint')}</Typography.Text>}
        actions={
          mayWrite && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={worker.certificates.length === 0}
              onClick={() => applying.show(true)}
            >
              {t('rewards.apply')}
            </Button>
          )
        }
      />
      <Table<RewardGrant>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={worker.rewards}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('rewards.empty')} /> }}
      />
      {applying.payload && <ApplyRewardModal {...applying.props} worker={worker} />}
    </>
  );
}
