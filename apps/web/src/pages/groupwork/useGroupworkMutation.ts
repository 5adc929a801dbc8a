import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { groupworkKeys } from './groupwork-api';

/** A change to groups, activities or attendance: every groupwork query is fetched again. */
export function useGroupworkMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, { ...options, invalidates: [groupworkKeys.all] });
}
