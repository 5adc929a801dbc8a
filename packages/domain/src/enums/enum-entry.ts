import type { LocalizedText } from '../i18n/language';

/** One value of a field enumeration: a stable English code and its labels. */
export type EnumEntry = { readonly code: string } & LocalizedText;

/** The codes of an enumeration, in order, typed as the union of its codes (for z.enum). */
export function codesOf<const T extends readonly EnumEntry[]>(list: T): T[number]['code'][] {
  return list.map((entry) => entry.code);
}
