import { describe, expect, it } from 'vitest';
import {
  defaultStaffingNorm,
  effectiveNorm,
  normLookup,
  requiredStaff,
  settlementOf,
} from './staffing-norms';

describe('staffing norms', () => {
  it('takes the nearest enclosing region’s setting, else the defaults', () => {
    const city = { ...defaultStaffingNorm, urbanVillageMinWorkers: 3 };
    const county = { ...defaultStaffingNorm, urbanVillageMinWorkers: 4 };
    const settings = new Map([
      ['5201', city],
      ['520102', county],
    ]);
    expect(effectiveNorm('520102016001', settings)).toBe(county);
    expect(effectiveNorm('520103001001', settings)).toBe(city);
    expect(effectiveNorm('520201', settings)).toBe(defaultStaffingNorm);
  });

  it('looks many codes up as effectiveNorm does, a village setting included', () => {
    const settings = new Map([
      ['52', { ...defaultStaffingNorm, urbanVillageMinWorkers: 3 }],
      ['520102', { ...defaultStaffingNorm, urbanVillageMinWorkers: 4 }],
      ['520102016001', { ...defaultStaffingNorm, urbanVillageMinWorkers: 5 }],
    ]);
    const normOf = normLookup(settings);
    for (const code of ['520102016001', '520102016002', '520102', '5201', '520103001001', '53', ''])
      expect(normOf(code)).toBe(effectiveNorm(code, settings));
    expect(normLookup(new Map())('520102016001')).toBe(defaultStaffingNorm);
  });

  it('tells urban communities from rural villages by class code, then by name', () => {
    expect(settlementOf('纪念塔社区', null)).toBe('urban');
    expect(settlementOf('新华路社区居委会', null)).toBe('urban');
    expect(settlementOf('小碧村', null)).toBe('rural');
    expect(settlementOf('小碧村', '111')).toBe('urban');
    expect(settlementOf('某某社区', '220')).toBe('rural');
  });

  it('asks 2 of an urban community station and 1 of a rural one by default', () => {
    expect(requiredStaff('village_station', defaultStaffingNorm, 'urban')).toBe(2);
    expect(requiredStaff('village_station', defaultStaffingNorm, 'rural')).toBe(1);
    expect(requiredStaff('township_station', defaultStaffingNorm, 'rural')).toBe(2);
  });
});
