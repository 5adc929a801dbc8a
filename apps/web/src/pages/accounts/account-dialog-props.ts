import type { Account } from '@shegong/domain';

/** What every drawer or modal acting on one account is given. */
export interface AccountDialogProps {
  account: Account;
  open: boolean;
  onClose: () => void;
  /** After the closing animation: the dialog is then removed. */
  afterClose: () => void;
  /** Fetches the account again after a version conflict. */
  onStale: () => void;
}
