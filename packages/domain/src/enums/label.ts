import type { Language } from '../i18n/language';
import type { EnumEntry } from './enum-entry';

/**
 * The label of a code in one language. An unknown code (say, from an older database row) is shown
 * as itself rather than breaking the page.
 */
export function labelOf<T extends EnumEntry>(
  list: readonly T[],
  code: T['code'],
  lang: Language,
): string {
  return list.find((entry) => entry.code === code)?.[lang] ?? code;
}
