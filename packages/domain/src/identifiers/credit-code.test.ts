import { describe, it, expect } from 'vitest';
import {
  creditCodeCategories,
  creditCodeCheckChar,
  isCreditCode,
  parseCreditCode,
} from './credit-code';

function withCheck(first17: string): string {
  return first17 + creditCodeCheckChar(first17);
}

function errorOf(input: string): string | undefined {
  const result = parseCreditCode(input);
  return result.ok ? undefined : result.error;
}

describe('parseCreditCode', () => {
  it('accepts the standard sample and splits it into its parts', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: {
        code: '91350100M000100Y43',
        authority: '9',
        category: '91',
        divisionCode: '350100',
        organisationCode: 'M000100Y4',
      },
    });
  });

  it('accepts lower case, full-width characters and spaces, and stores the normal form', () => {
    const result = parseCreditCode(' ９１３５０１００m000100y43 ');
    expect(result.ok && result.value.code).toBe('91350100M000100Y43');
  });

  it('reads a civil-affairs registered social service organisation in Guiyang', () => {
    const code = withCheck('52520102MJ1234567');
    const result = parseCreditCode(code);
    expect(result.ok && result.value).toMatchObject({
      authority: '5',
      category: '52',
      divisionCode: '520102',
    });
    expect(result.ok && result.value.category in creditCodeCategories).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100I000100Y43', 'characters'],
    ['91350100O000100Y43', 'characters'],
    ['91350100S000100Y43', 'characters'],
    ['91350100V000100Y43', 'characters'],
    ['91350100Z000100Y43', 'characters'],
    ['91350100M000100Y4-', 'characters'],
    ['91350100M000100Y44', 'checksum'],
    ['91350100M000100Y34', 'checksum'],
  ])('%j → %s', (input, error) => {
    expect(errorOf(input)).toBe(error);
  });

  it('catches any single changed character', () => {
    const code = '91350100M000100Y43';
    for (let i = 0; i < 17; i++) {
      const changed = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1);
      expect(errorOf(changed)).toBe('checksum');
    }
  });
});

describe('creditCodeCheckChar', () => {
  it('gives the sample its check char', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it.each(['51520102MJ000001', '52520102MJ000001', '53520102MJ000001'])(
    'makes valid codes for civil-affairs category %s',
    (prefix) => {
      for (const last of '0123456789') {
        expect(isCreditCode(withCheck(prefix + last))).toBe(true);
      }
    },
  );

  it('can yield 0 as check char (31 − 0 wraps to 0)', () => {
    // 17 zeros sum to 0, so the check char is index (31 − 0) mod 31 = 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses characters outside the charset', () => {
    expect(() => creditCodeCheckChar('91350100I000100Y4')).toThrow(RangeError);
  });
});

describe('creditCodeCategories', () => {
  it('labels the three civil-affairs categories in both languages', () => {
    expect(Object.keys(creditCodeCategories)).toEqual(['51', '52', '53']);
    expect(creditCodeCategories['53']['zh-CN']).toBe('基金会');
  });
});
