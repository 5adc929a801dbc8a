import { describe, expect, it } from 'vitest';
import { dateStyles, excelDate, isDateFormat } from './xlsx-styles';

describe('date formats', () => {
  it('tells date and time codes from number codes', () => {
    for (const code of [
      'yyyy"年"m"月"d"日"',
      'yyyy年m月d日',
      'mm-dd-yy',
      'YYYY/MM/DD',
      'h:mm AM/PM',
      '[h]:mm:ss',
      '[$-F800]dddd, mmmm dd, yyyy',
      '[DBNum1][$-804]yyyy"年"m"月"',
      '[Red]yyyy-mm-dd',
      'e"年"m"月"',
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00',
      '#,##0;[Red]-#,##0',
      '0.00E+00',
      '"day "0',
      '\\d0',
      '_-* #,##0_-;\\-* #,##0_-;_-* "-"??_-;_-@_-',
      '[$¥-804]#,##0.00',
      '@',
      'General;[Red]-General',
    ])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('maps cell styles through cellXfs, custom formats first, built-in date ids otherwise', () => {
    const xml = `<styleSheet><numFmts><numFmt numFmtId="14" formatCode="0.00"/><numFmt numFmtId="200" formatCode="yyyy-mm-dd"/></numFmts>
      <cellStyleXfs><xf numFmtId="22"/></cellStyleXfs>
      <cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="200"/><xf numFmtId="22"/><xf numFmtId="49"/><xf numFmtId="57"/><xf/></cellXfs>
      <dxfs><dxf><numFmt numFmtId="200" formatCode="0"/></dxf></dxfs></styleSheet>`;
    expect(dateStyles(xml)).toEqual([false, false, true, true, false, true, false]);
  });
});

describe('date serials', () => {
  const iso = (serial: number, date1904 = false) => excelDate(serial, date1904).toISOString();

  it('counts the 1900 system with its 29 February 1900 and the 1904 system from 1904', () => {
    expect(iso(1)).toBe('1900-01-01T00:00:00.000Z');
    expect(iso(59)).toBe('1900-02-28T00:00:00.000Z');
    expect(iso(61)).toBe('1900-03-01T00:00:00.000Z');
    expect(iso(25569)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(45658.75)).toBe('2025-01-01T18:00:00.000Z');
    expect(iso(0, true)).toBe('1904-01-01T00:00:00.000Z');
    expect(iso(44197, true)).toBe('2025-01-02T00:00:00.000Z');
  });
});
