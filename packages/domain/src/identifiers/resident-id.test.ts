import { describe, it, expect } from 'vitest';
import { isResidentId, parseResidentId, residentIdCheckChar } from './resident-id';

const today = new Date('2024-06-01T00:00:00Z');

/** A resident id with a correct check char, so a test reaches the rule it means to test. */
function withCheck(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function errorOf(input: string): string | undefined {
  const result = parseResidentId(input, today);
  return result.ok ? undefined : result.error;
}

describe('parseResidentId — the official samples', () => {
  it('reads 11010519491231002X as a woman born 1949-12-31', () => {
    expect(parseResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        birthDate: '1949-12-31',
        sex: 'female',
        addressCode: '110105',
      },
    });
  });

  it('reads 440524188001010014 as a man born 1880-01-01', () => {
    expect(parseResidentId('440524188001010014', today)).toEqual({
      ok: true,
      value: {
        id: '440524188001010014',
        birthDate: '1880-01-01',
        sex: 'male',
        addressCode: '440524',
      },
    });
  });
});

describe('parseResidentId — normalisation', () => {
  it('accepts lower-case x and stores upper case', () => {
    const result = parseResidentId('11010519491231002x', today);
    expect(result.ok && result.value.id).toBe('11010519491231002X');
  });

  it('accepts full-width digits and spaces as typed by an input method', () => {
    const result = parseResidentId(' １１０１０５ １９４９１２３１ ００２Ｘ ', today);
    expect(result.ok && result.value.id).toBe('11010519491231002X');
  });
});

describe('parseResidentId — rejections', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['11010519491231002', 'length'],
    ['110105194912310021X', 'length'],
    ['110105491231002', 'length'], // the 15-digit first-generation form
    ['1101051949A231002X', 'characters'],
    ['X10105194912310021', 'characters'],
    ['11010519491231002Y', 'characters'],
    ['110105194912310021', 'checksum'],
    ['110105194912310023', 'checksum'],
  ])('%j → %s', (input, error) => {
    expect(errorOf(input)).toBe(error);
  });

  it('rejects 30 February even with a correct check char', () => {
    expect(errorOf(withCheck('11010519900230002'))).toBe('birth_date');
  });

  it('rejects month 13 and day 00', () => {
    expect(errorOf(withCheck('11010519901301002'))).toBe('birth_date');
    expect(errorOf(withCheck('11010519900100002'))).toBe('birth_date');
  });

  it('rejects 29 February 1900 (not a leap year) but accepts 29 February 2000', () => {
    expect(errorOf(withCheck('11010519000229002'))).toBe('birth_date');
    const leap = parseResidentId(withCheck('11010520000229002'), today);
    expect(leap.ok && leap.value.birthDate).toBe('2000-02-29');
  });

  it('rejects a birth date after today and accepts today itself', () => {
    expect(errorOf(withCheck('11010520240602001'))).toBe('birth_date');
    const bornToday = parseResidentId(withCheck('11010520240601001'), today);
    expect(bornToday.ok && bornToday.value.sex).toBe('male');
  });

  it('judges "today" by the Beijing date, not the UTC one', () => {
    // 2024-06-01 20:00 UTC is already 2 June in China.
    const lateEvening = new Date('2024-06-01T20:00:00Z');
    expect(parseResidentId(withCheck('11010520240602001'), lateEvening).ok).toBe(true);
  });

  it('accepts 1880-01-01 (the standard sample) and rejects the day before', () => {
    expect(parseResidentId(withCheck('11010518800101001'), today).ok).toBe(true);
    expect(errorOf(withCheck('11010518791231001'))).toBe('birth_date');
  });

  it.each(['00', '99', '10', '16', '47', '72', '83', '90'])(
    'rejects province %s as an address error',
    (province) => {
      expect(errorOf(withCheck(`${province}010519491231002`))).toBe('address');
    },
  );

  it('accepts a retired county code under a real province', () => {
    // 510211 was a district of Chongqing while it still belonged to Sichuan.
    expect(parseResidentId(withCheck('51021119800101001'), today).ok).toBe(true);
  });
});

describe('parseResidentId — sex', () => {
  it('takes sex from the 17th character: odd is male, even female', () => {
    const male = parseResidentId(withCheck('52010219850615123'), today);
    const female = parseResidentId(withCheck('52010219850615124'), today);
    expect(male.ok && male.value.sex).toBe('male');
    expect(female.ok && female.value.sex).toBe('female');
  });
});

describe('residentIdCheckChar', () => {
  it('computes the check chars of the official samples', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  // Worked out by hand from the weights; between them they hit all 11 remainders.
  it.each([
    ['11010519491231000', '3'],
    ['11010519491231001', '1'],
    ['11010519491231002', 'X'],
    ['11010519491231003', '8'],
    ['11010519491231004', '6'],
    ['11010519491231005', '4'],
    ['11010519491231006', '2'],
    ['11010519491231007', '0'],
    ['11010519491231008', '9'],
    ['11010519491231009', '7'],
    ['11010519491231018', '5'],
  ])('%s → %s', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('isResidentId', () => {
  it('is true for a valid number and false for a wrong check digit', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105194912310021')).toBe(false);
  });
});
