import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { stationKeys } from './stations-api';

/** Everything that shows stations: the stations themselves and the coverage figures. */
export const stationDependentKeys = [stationKeys.all, ['coverage']] as const;

/** A change to stations or their staff: stations and the coverage figures are fetched again. */
export function useStationMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, {
    ...options,
    invalidates: stationDependentKeys,
  });
}
