// 居民身份证号 (GB 11643-1999): address code (6) + birth date YYYYMMDD (8) + sequence (3) + check char.
import { normalizeIdentifierInput } from '../text/normalize-input';

export type Sex = 'male' | 'female';

export type ResidentIdError =
  'empty' | 'length' | 'characters' | 'address' | 'birth_date' | 'checksum';

export type ResidentId = {
  id: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  addressCode: string;
};

export type ResidentIdResult =
  { ok: true; value: ResidentId } | { ok: false; error: ResidentIdError };

// ISO 7064 MOD 11-2.
const CHECK_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

// Province codes in use since 1999 (plus 71 台湾, 81 香港, 82 澳门). Only the province part is
// checked: people keep numbers issued under retired prefecture and county codes for life.
const PROVINCE_CODES: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65', '71', '81', '82'],
]);

// A plausibility floor against typos in the century. It sits at 1880, not later, because the
// standard's own sample 440524188001010014 is born on 1880-01-01 and must stay valid.
const EARLIEST_BIRTH_DATE = '1880-01-01';
// Birth dates are Beijing dates; a child born this morning in China must not look future-born
// to a server whose clock runs on UTC.
const CHINA_UTC_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The check character for the first 17 digits of a resident id. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) {
    throw new RangeError('residentIdCheckChar needs exactly 17 digits');
  }
  let sum = 0;
  CHECK_WEIGHTS.forEach((weight, i) => {
    sum += Number(first17[i]) * weight;
  });
  return CHECK_CHARS.charAt(sum % 11);
}

export function parseResidentId(input: string, today: Date = new Date()): ResidentIdResult {
  const id = normalizeIdentifierInput(input);
  if (id === '') return { ok: false, error: 'empty' };
  // 15-digit first-generation numbers expired in 2013 and are deliberately not accepted.
  if (id.length !== 18) return { ok: false, error: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, error: 'characters' };

  const addressCode = id.slice(0, 6);
  if (!PROVINCE_CODES.has(addressCode.slice(0, 2))) return { ok: false, error: 'address' };

  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (
    !isCalendarDate(birthDate) ||
    birthDate < EARLIEST_BIRTH_DATE ||
    birthDate > chinaDateOf(today)
  ) {
    return { ok: false, error: 'birth_date' };
  }

  if (residentIdCheckChar(id.slice(0, 17)) !== id.charAt(17)) {
    return { ok: false, error: 'checksum' };
  }

  const sex: Sex = Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { id, birthDate, sex, addressCode } };
}

export function isResidentId(input: string): boolean {
  return parseResidentId(input).ok;
}

/** True when YYYY-MM-DD names a day that exists (no 30 February, no 29 February 1900). */
function isCalendarDate(isoDate: string): boolean {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
