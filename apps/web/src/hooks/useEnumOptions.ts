import type { EnumEntry } from '@shegong/domain';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/useLanguage';

/** The entries of a domain enumeration as select options, labelled in the UI language. */
export function useEnumOptions<E extends EnumEntry>(
  list: readonly E[],
): { value: E['code']; label: string }[] {
  const { language } = useLanguage();
  return useMemo(
    () => list.map((entry) => ({ value: entry.code, label: entry[language] })),
    [list, language],
  );
}
