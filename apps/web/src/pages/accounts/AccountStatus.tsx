import { LockOutlined } from '@ant-design/icons';
import type { Account } from '@shegong/domain';
import { Badge, Space, Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../format/date-time';
import { useT } from '../../i18n/useT';

/** The server clears lockedUntil when the lock ends or is lifted. */
export function isLocked(account: Account): boolean {
  return account.lockedUntil !== null;
}

/** 正常 / 已停用, and a 已锁定 mark while sign-in is locked. */
export function AccountStatus({ account }: { account: Account }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Badge
        status={account.status === 'active' ? 'success' : 'default'}
        text={t(`accounts.status.${account.status}`)}
      />
      {isLocked(account) && (
        <Tooltip title={t('accounts.lockedUntil', { time: formatDateTime(account.lockedUntil) })}>
          <Tag color="red" icon={<LockOutlined />}>
            {t('accounts.locked')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
