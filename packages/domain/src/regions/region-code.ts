// Statistical division codes (统计用区划代码) in short form: the 12-digit code with trailing zero
// groups stripped, so that "is inside" is a prefix test. '' is the whole country.
import { toHalfWidth } from '../text/normalize-input';

export const regionLevels = [
  'country',
  'province',
  'city',
  'county',
  'township',
  'village',
] as const;

export type RegionLevel = (typeof regionLevels)[number];

/** Length of a short code at each level: 省 2, 地市 4, 县区 6, 乡镇街道 9, 村社区 12. */
export const regionCodeLengths = {
  country: 0,
  province: 2,
  city: 4,
  county: 6,
  township: 9,
  village: 12,
} as const satisfies Record<RegionLevel, number>;

export const countryRegionCode = '';

// Digits each level adds to the code, province first.
const GROUP_LENGTHS = [2, 2, 2, 3, 3] as const;

/**
 * Accepts a short code, a 6-digit GB/T 2260 code or a 12-digit statistical code and returns the
 * short code, or null when the input is not a division code. Never returns the country root:
 * "everywhere" must be said on purpose, not reached by typing zeros.
 */
export function normalizeRegionCode(input: string): string | null {
  const digits = toHalfWidth(input).replace(/\s+/g, '');
  if (!/^\d+$/.test(digits) || !isShortCodeLength(digits.length)) return null;

  const groups: string[] = [];
  let offset = 0;
  for (const groupLength of GROUP_LENGTHS) {
    if (offset >= digits.length) break;
    groups.push(digits.slice(offset, offset + groupLength));
    offset += groupLength;
  }
  // Only trailing zero groups are dropped: a zero county group inside a township code is real
  // (东莞 441900003 has townships directly under the city).
  while (groups.length > 0 && /^0+$/.test(groups.at(-1) ?? '')) groups.pop();
  if (groups.length === 0 || groups[0] === '00') return null;
  return groups.join('');
}

/** True for a code already in short form ('' included), as stored and compared. */
export function isRegionCode(s: string): boolean {
  return s === countryRegionCode || normalizeRegionCode(s) === s;
}

export function regionLevelOf(code: string): RegionLevel {
  const level = regionLevels.find((l) => regionCodeLengths[l] === code.length);
  if (level === undefined) throw new RangeError(`not a short region code: ${code}`);
  return level;
}

export function childLevelOf(level: RegionLevel): RegionLevel | null {
  return regionLevels[regionLevels.indexOf(level) + 1] ?? null;
}

/** The nearest enclosing division; it may skip a level (东莞 441900003 → 4419). */
export function parentRegionCode(code: string): string | null {
  if (code === countryRegionCode) return null;
  const level = regionLevelOf(code);
  const parentLevel = regionLevels[regionLevels.indexOf(level) - 1] ?? 'country';
  const prefix = code.slice(0, regionCodeLengths[parentLevel]);
  return prefix === countryRegionCode ? countryRegionCode : (normalizeRegionCode(prefix) ?? '');
}

/** Enclosing divisions from the province down to the parent, without the country and the code. */
export function regionAncestors(code: string): string[] {
  const ancestors: string[] = [];
  for (let p = parentRegionCode(code); p !== null && p !== ''; p = parentRegionCode(p)) {
    ancestors.unshift(p);
  }
  return ancestors;
}

/** Whether `code` lies inside `scope` (a region contains itself; '' contains everything). */
export function regionContains(scope: string, code: string): boolean {
  return code.startsWith(scope);
}

/** The 12-digit statistical code. */
export function toStatisticalCode(code: string): string {
  return code.padEnd(12, '0');
}

/** The 6-digit GB/T 2260 county code the region lies in (or is). */
export function toCountyCode6(code: string): string {
  return code.slice(0, 6).padEnd(6, '0');
}

function isShortCodeLength(length: number): boolean {
  return length > 0 && regionLevels.some((level) => regionCodeLengths[level] === length);
}
