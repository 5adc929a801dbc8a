import { describe, it, expect } from 'vitest';
import {
  childLevelOf,
  isRegionCode,
  normalizeRegionCode,
  parentRegionCode,
  regionAncestors,
  regionContains,
  regionLevelOf,
  regionLevels,
  toCountyCode6,
  toStatisticalCode,
} from './region-code';

describe('normalizeRegionCode', () => {
  it.each([
    // short forms stay as they are
    ['52', '52'],
    ['5201', '5201'],
    ['520102', '520102'],
    ['520102001', '520102001'],
    ['520102001001', '520102001001'],
    // 6-digit GB/T 2260
    ['520000', '52'],
    ['520100', '5201'],
    // 12-digit statistical codes
    ['520000000000', '52'],
    ['520100000000', '5201'],
    ['520102000000', '520102'],
    ['520102001000', '520102001'],
    // zero groups inside short forms are stripped too
    ['5200', '52'],
    ['520102000', '520102'],
    // a zero county group inside a township code is real: 东莞 has no counties
    ['441900003000', '441900003'],
    // typed input
    [' ５２０１０２ ', '520102'],
    ['5201 0200 1000', '520102001'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRegionCode(input)).toBe(expected);
  });

  it.each([
    '',
    '5',
    '520',
    '52010',
    '5201020',
    '52010200',
    '5201020010',
    '52010200100',
    '5201020010010',
    '00',
    '000000',
    '000000000000',
    '001000',
    '52a102',
    '-52010',
  ])('rejects %j', (input) => {
    expect(normalizeRegionCode(input)).toBeNull();
  });
});

describe('isRegionCode', () => {
  it('accepts short codes and the country root', () => {
    for (const code of ['', '52', '5201', '520102', '520102001', '520102001001', '441900003']) {
      expect(isRegionCode(code)).toBe(true);
    }
  });

  it('rejects long forms and anything unnormalised', () => {
    for (const code of ['520100', '520000000000', '520102001000', ' 52', '５２', '00', '5']) {
      expect(isRegionCode(code)).toBe(false);
    }
  });
});

describe('levels', () => {
  it.each([
    ['', 'country'],
    ['52', 'province'],
    ['5201', 'city'],
    ['520102', 'county'],
    ['520102001', 'township'],
    ['520102001001', 'village'],
    ['441900003', 'township'],
  ])('%j is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it('refuses a code of impossible length', () => {
    expect(() => regionLevelOf('520')).toThrow(RangeError);
  });

  it('orders levels from the country down and knows each one’s child', () => {
    expect(regionLevels).toEqual(['country', 'province', 'city', 'county', 'township', 'village']);
    expect(childLevelOf('country')).toBe('province');
    expect(childLevelOf('county')).toBe('township');
    expect(childLevelOf('village')).toBeNull();
  });
});

describe('parents and ancestors', () => {
  it.each([
    ['', null],
    ['52', ''],
    ['5201', '52'],
    ['520102', '5201'],
    ['520102001', '520102'],
    ['520102001001', '520102001'],
    // 东莞's townships hang directly under the city
    ['441900003', '4419'],
    ['441900003001', '441900003'],
  ])('the parent of %j is %j', (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it.each([
    ['', []],
    ['52', []],
    ['5201', ['52']],
    ['520102001001', ['52', '5201', '520102', '520102001']],
    ['441900003', ['44', '4419']],
    ['441900003001', ['44', '4419', '441900003']],
  ])('the ancestors of %j are %j', (code, ancestors) => {
    expect(regionAncestors(code)).toEqual(ancestors);
  });
});

describe('regionContains', () => {
  it.each([
    ['', '520102001001', true],
    ['', '', true],
    ['52', '52', true],
    ['52', '520102001', true],
    ['5201', '520102', true],
    ['520102', '520102001001', true],
    ['4419', '441900003', true],
    ['5201', '5202', false],
    ['520102', '520103001', false],
    ['520102001', '520102', false],
    ['52', '', false],
    ['44', '4519', false],
  ])('%j contains %j: %s', (scope, code, expected) => {
    expect(regionContains(scope, code)).toBe(expected);
  });
});

describe('long forms', () => {
  it.each([
    ['', '000000000000', '000000'],
    ['52', '520000000000', '520000'],
    ['5201', '520100000000', '520100'],
    ['520102', '520102000000', '520102'],
    ['520102001', '520102001000', '520102'],
    ['441900003001', '441900003001', '441900'],
  ])('%j is %s statistically and %s as a county code', (code, statistical, county) => {
    expect(toStatisticalCode(code)).toBe(statistical);
    expect(toCountyCode6(code)).toBe(county);
  });

  it('round-trips through normalizeRegionCode', () => {
    for (const code of ['52', '5201', '520102', '520102001', '520102001001', '441900003']) {
      expect(normalizeRegionCode(toStatisticalCode(code))).toBe(code);
    }
  });
});
