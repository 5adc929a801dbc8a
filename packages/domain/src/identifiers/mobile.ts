import { toHalfWidth } from '../text/normalize-input';

export type MobileError = 'empty' | 'format';

export type MobileResult = { ok: true; value: string } | { ok: false; error: MobileError };

// Mainland mobile numbers: 11 digits, 1 then 3–9; the country code 86 is optional on input.
const MOBILE_PATTERN = /^(?:\+?86)?(1[3-9]\d{9})$/;

/** Parses a mainland mobile number as people type it and returns its 11 bare digits. */
export function parseMobile(input: string): MobileResult {
  const compact = toHalfWidth(input).replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, error: 'empty' };
  const digits = MOBILE_PATTERN.exec(compact)?.[1];
  return digits === undefined ? { ok: false, error: 'format' } : { ok: true, value: digits };
}

export function isMobile(input: string): boolean {
  return parseMobile(input).ok;
}
