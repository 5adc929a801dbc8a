import { useRecordMutation, type RecordMutationOptions } from '../../../hooks/useRecordMutation';

/**
 * Everything that shows the talent registry: a change to a worker's record moves the lists of
 * registrations, courses, hours, rewards and the census as well, so all of them are fetched again
 * (only those on screen are actually asked for).
 */
export const talentKeys = [
  ['workers'],
  ['registrations'],
  ['courses'],
  ['continuing-education'],
  ['reward-grants'],
  ['reward-rules'],
  ['credit-rules'],
  ['talent-statistics'],
] as const;

/** A change in the talent registry, with what shows it fetched again afterwards. */
export function useTalentMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
  options: Omit<RecordMutationOptions<Variables, Result>, 'invalidates'>,
) {
  return useRecordMutation(mutationFn, { ...options, invalidates: talentKeys });
}
