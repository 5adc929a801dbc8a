import type { Account, Role } from '@shegong/domain';
import { Form } from 'antd';
import { SearchSelect } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { workerOption } from '../talent/registry/worker-option';
import { accountKeys, workerOptions } from './accounts-api';

/** The roles whose accounts name the talent-registry worker they are. */
export const namesWorker = (roles: readonly Role[]) =>
  roles.some((r) => r === 'evaluator' || r === 'social_worker');

/**
 * The talent-registry worker an evaluator's or social worker's account is (their careers show
 * conflicts of interest): a worker of the administrator's scope, found by name, the ID number
 * masked. Optional.
 */
export function AccountWorkerField({ account }: { account?: Account }) {
  const t = useT();
  const current = account?.worker ? [workerOption(account.worker)] : undefined;
  return (
    <Form.Item name="workerId" label={t('accounts.worker')} extra={t('accounts.worker.hint')}>
      <SearchSelect
        current={current}
        queryKey={accountKeys.workerOptions}
        search={async (q, signal) => (await workerOptions(q, signal)).map(workerOption)}
        placeholder={t('workers.select.placeholder')}
        notFound={t('workers.select.noMatch')}
      />
    </Form.Item>
  );
}
