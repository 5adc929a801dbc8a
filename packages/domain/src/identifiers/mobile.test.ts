import { describe, it, expect } from 'vitest';
import { isMobile, parseMobile } from './mobile';

describe('parseMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['86-138-0013-8000', '13800138000'],
    ['８６１９９１２３４５６７８', '19912345678'],
    [' 139\u30000000 0000 ', '13900000000'],
  ])('reads %j as %s', (input, digits) => {
    expect(parseMobile(input)).toEqual({ ok: true, value: digits });
  });

  it.each([
    ['', 'empty'],
    [' - ', 'empty'],
    ['1380013800', 'format'],
    ['138001380001', 'format'],
    ['12800138000', 'format'],
    ['10800138000', 'format'],
    ['23800138000', 'format'],
    ['+87 138 0013 8000', 'format'],
    ['+86', 'format'],
    ['1380013800a', 'format'],
  ])('rejects %j with %s', (input, error) => {
    expect(parseMobile(input)).toEqual({ ok: false, error });
  });

  it('isMobile agrees', () => {
    expect(isMobile('15912345678')).toBe(true);
    expect(isMobile('1591234567')).toBe(false);
  });
});
