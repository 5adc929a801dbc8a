import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { stationKeys } from './stations-api';

/** A change to stations or their staff: stations and the coverage figures are fetched again. */
export function useStationMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, {
    ...options,
    invalidates: [stationKeys.all, ['coverage']],
  });
}
