import { useRecordMutation, type RecordMutationOptions } from '../../../hooks/useRecordMutation';
import { talentKeys } from '../registry/useTalentMutation';
import { transferKeys } from './transfers-api';

/** A request or a decision: the transfers, and every talent list and the census it moves. */
export function useTransferMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, {
    ...options,
    invalidates: [...talentKeys, transferKeys.all],
  });
}
