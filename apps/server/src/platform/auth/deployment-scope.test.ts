import { describe, expect, it } from 'vitest';
import { enclosingRegion } from './deployment-scope';

describe('the narrowest division holding two codes', () => {
  it('stops at a whole level and drops a zero group', () => {
    expect(enclosingRegion('520102', '520103')).toBe('5201');
    expect(enclosingRegion('5201', '520102016')).toBe('5201');
    expect(enclosingRegion('52', '5201')).toBe('52');
    expect(enclosingRegion('5201', '5301')).toBe('');
    expect(enclosingRegion('', '52')).toBe('');
    // 东莞 has townships directly under the city (441900003): the county group is zero.
    expect(enclosingRegion('441900003', '441900004')).toBe('4419');
    expect(enclosingRegion('520102016', '520102016')).toBe('520102016');
  });
});
