import type { Account } from '@shegong/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AccountEditDrawer } from './AccountEditDrawer';
import { accountKeys, getAccount } from './accounts-api';
import { AssignAccessModal } from './AssignAccessModal';
import { ResetPasswordModal } from './ResetPasswordModal';

export type AccountDialogKind = 'edit' | 'assign' | 'resetPassword';

interface OpenDialog {
  kind: AccountDialogKind;
  account: Account;
  open: boolean;
}

const dialogs = {
  edit: AccountEditDrawer,
  assign: AssignAccessModal,
  resetPassword: ResetPasswordModal,
} as const;

/**
 * The drawers and modals acting on one account, shared by the list and the detail page. A
 * dialog stays mounted while it animates closed, then goes, so each opening starts afresh.
 */
export function useAccountDialogs(): {
  openDialog: (kind: AccountDialogKind, account: Account) => void;
  dialog: ReactNode;
} {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState<OpenDialog | null>(null);
  const Dialog = current ? dialogs[current.kind] : null;

  // After a version conflict the dialog gets the account as it now is (and its new version),
  // while the form keeps what the user typed.
  const reload = async (id: string) => {
    const fresh = await queryClient.fetchQuery({
      queryKey: accountKeys.one(id),
      queryFn: () => getAccount(id),
      staleTime: 0,
    });
    setCurrent((c) => (c?.account.id === id ? { ...c, account: fresh } : c));
  };

  return {
    openDialog: (kind, account) => setCurrent({ kind, account, open: true }),
    dialog: current && Dialog && (
      <Dialog
        key={`${current.kind}:${current.account.id}`}
        account={current.account}
        open={current.open}
        onClose={() => setCurrent((c) => c && { ...c, open: false })}
        afterClose={() => setCurrent(null)}
        onStale={() => void reload(current.account.id).catch(() => undefined)}
      />
    ),
  };
}
