import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { organisationKeys } from '../organisations/organisations-api';
import { incubationKeys } from './incubation-api';

/** A change to bases or residents: bases (their counts) and residents are fetched again. */
export function useIncubationMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, {
    ...options,
    invalidates: [incubationKeys.all, organisationKeys.all],
  });
}
