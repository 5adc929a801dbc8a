import { roles } from '@shegong/domain';
import { useEnumOptions } from './useEnumOptions';

/** The roles as select options, labelled in the UI language. */
export function useRoleOptions() {
  return useEnumOptions(roles);
}
