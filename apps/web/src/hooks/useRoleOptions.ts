import { roles } from '@shegong/domain';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/useLanguage';

/** The roles as select options, labelled in the UI language. */
export function useRoleOptions() {
  const { language } = useLanguage();
  return useMemo(() => roles.map((r) => ({ value: r.code, label: r[language] })), [language]);
}
