import type { Translate } from './language-context';
import { useLanguage } from './useLanguage';

/** `t(key, params?)` in the current UI language. */
export function useT(): Translate {
  return useLanguage().t;
}
