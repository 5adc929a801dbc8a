import { PlusOutlined } from '@ant-design/icons';
import type { RewardGrant, WorkerDetail } from '@shegong/domain';
import { Button, Empty, Table, Typography } from 'antd';
import { TableToolbar } from '../../../components/TableToolbar';
import { useDialog } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { rewardGrantColumns } from './reward-grant-columns';
import { ApplyRewardModal } from './ApplyRewardModal';

/** 奖励: one-off rewards on certification applied for, decided and paid. */
export function RewardsTab({ worker, mayWrite }: { worker: WorkerDetail; mayWrite: boolean }) {
  const { language, t } = useLanguage();
  const applying = useDialog();
  const columns = rewardGrantColumns(t, language);
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
