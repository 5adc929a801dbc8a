import type { Account } from '@shegong/domain';
import type { DialogProps } from '../../hooks/useDialog';

/** What every drawer or modal acting on one account is given. */
export interface AccountDialogProps extends DialogProps {
  account: Account;
  /** Fetches the account again after a version conflict. */
  onStale: () => void;
}
