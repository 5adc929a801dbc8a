import type { Account } from '@shegong/domain';
import { Button, Popconfirm, Space } from 'antd';
import { useSession } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { unlockAccount } from './accounts-api';
import { isLocked } from './AccountStatus';
import type { AccountDialogKind } from './useAccountDialogs';
import { useAccountMutation } from './useAccountMutation';

/** What the signed-in user may do to an account, by permission. */
export function AccountActions({
  account,
  onOpen,
  size = 'small',
}: {
  account: Account;
  onOpen: (kind: AccountDialogKind, account: Account) => void;
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const { can } = useSession();
  const unlock = useAccountMutation(() => unlockAccount(account.id), {
    success: () => t('accounts.unlock.done'),
  });
  const type = size === 'small' ? 'link' : 'default';
  const pad = size === 'small' ? { paddingInline: 0 } : undefined;

  return (
    <Space size={size === 'small' ? 'small' : 'middle'} wrap>
      {can('accounts:manage') && (
        <Button type={type} size={size} style={pad} onClick={() => onOpen('edit', account)}>
          {t('common.edit')}
        </Button>
      )}
      {can('roles:assign') && (
        <Button type={type} size={size} style={pad} onClick={() => onOpen('assign', account)}>
          {t('accounts.assign')}
        </Button>
      )}
      {can('accounts:manage') && (
        <Button
          type={type}
          size={size}
          style={pad}
          onClick={() => onOpen('resetPassword', account)}
        >
          {t('accounts.resetPassword')}
        </Button>
      )}
      {can('accounts:manage') && isLocked(account) && (
        <Popconfirm
          title={t('accounts.unlock.confirm', { username: account.username })}
          onConfirm={() => unlock.mutate(undefined)}
        >
          <Button type={type} size={size} style={pad} loading={unlock.isPending}>
            {t('accounts.unlock')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
