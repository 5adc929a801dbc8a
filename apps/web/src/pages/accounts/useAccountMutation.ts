import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { accountKeys } from './accounts-api';

/** A change to accounts: every account query is fetched again afterwards. */
export function useAccountMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, { ...options, invalidates: [accountKeys.all] });
}
