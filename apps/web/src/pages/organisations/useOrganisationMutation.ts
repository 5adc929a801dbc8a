import { useRecordMutation, type RecordMutationOptions } from '../../hooks/useRecordMutation';
import { organisationKeys } from './organisations-api';

/** Everything that shows organisations: lists, records, grants and incubation residents. */
export const organisationDependentKeys = [
  organisationKeys.all,
  ['grants'],
  ['incubation'],
  ['stations'],
] as const;

/** A change to an organisation or its records: what shows them is fetched again afterwards. */
export function useOrganisationMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, { ...options, invalidates: organisationDependentKeys });
}
