import { tagsOf } from './xlsx-xml';

/**
 * Built-in number formats that show a date or a time. 27–36 and 50–58 are the East Asian
 * locales' date formats (年月日 in zh-CN), which files can name by id alone without defining them.
 */
function isBuiltInDate(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/**
 * Whether a custom format code shows a date or a time: a date or time token outside quoted text,
 * backslash-escaped and `_`/`*`-padded characters, and bracketed sections (where only elapsed time,
 * `[h]` `[mm]` `[ss]`, counts: `[Red]` or `[$¥-804]` does not).
 */
export function isDateFormat(code: string): boolean {
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if ((c === 'G' || c === 'g') && code.slice(i, i + 7).toLowerCase() === 'general') {
      i += 6;
    } else if (c === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) return false;
      i = close;
    } else if (c === '\\' || c === '_' || c === '*') {
      i++;
    } else if (c === '[') {
      const close = code.indexOf(']', i + 1);
      if (close < 0) return false;
      if (/^[hms]+$/i.test(code.slice(i + 1, close))) return true;
      i = close;
    } else if (/[ymdhse年月日时時分秒]/i.test(c)) {
      // 'E' is scientific notation (0.00E+00); only lower-case 'e' is a year (era) token.
      if (c === 'E') continue;
      return true;
    }
  }
  return false;
}

/**
 * Which cell styles (the `s` attribute, an index into `<cellXfs>`) show numbers as dates, from
 * xl/styles.xml.
 */
export function dateStyles(xml: string): boolean[] {
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  // Differential formats (<dxfs>, for conditional formatting) have numFmts of their own.
  let inNumFmts = false;
  let inCellXfs = false;
  for (const tag of tagsOf(xml)) {
    if (tag.is('numFmts')) inNumFmts = !tag.closing && !tag.selfClosing;
    else if (tag.is('cellXfs')) inCellXfs = !tag.closing && !tag.selfClosing;
    else if (tag.closing) continue;
    else if (inNumFmts && tag.is('numFmt')) {
      const id = Number(tag.attr('numFmtId'));
      const code = tag.attr('formatCode');
      if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
    } else if (inCellXfs && tag.is('xf')) formatIds.push(Number(tag.attr('numFmtId') ?? 0));
  }
  return formatIds.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormat(custom) : isBuiltInDate(id);
  });
}

const day = 86_400_000;
/** Days from 1899-12-30, Excel's day 0 in practice, to 1970-01-01. */
const unixEpochSerial = 25_569;

/**
 * A date serial as the UTC date and time it shows. The 1900 system counts a 29 February 1900
 * that never was (serial 60), so days before it are one later than a plain count from 1899-12-30;
 * the 1904 system counts from 1904-01-01.
 */
export function excelDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial < 61 ? serial + 1 : serial;
  return new Date(Math.round((days - unixEpochSerial) * day));
}
