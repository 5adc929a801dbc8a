import type { StationTier } from '../enums/station-tiers';
import { urbanRuralClasses } from '../enums/urban-rural-classes';

/**
 * Staffing norms (配备标准) are local: a region sets them for everything inside it, the nearest
 * setting wins, and these defaults apply where nobody set one (domain.md §5: urban community ≥ 2,
 * rural village ≥ 1, ≥ 2 per township station; Chongqing: 2 full-time per community station).
 */
export interface StaffingNorm {
  urbanVillageMinWorkers: number;
  ruralVillageMinWorkers: number;
  townshipStationMinStaff: number;
  countyStationMinStaff: number;
  villageStudioMinStaff: number;
}

export const defaultStaffingNorm: StaffingNorm = {
  urbanVillageMinWorkers: 2,
  ruralVillageMinWorkers: 1,
  townshipStationMinStaff: 2,
  countyStationMinStaff: 2,
  villageStudioMinStaff: 1,
};

/** The norm in force for `code`: the setting of the nearest enclosing region that has one. */
export function effectiveNorm(
  code: string,
  settings: ReadonlyMap<string, StaffingNorm>,
): StaffingNorm {
  for (let length = code.length; length >= 0; length--) {
    const found = settings.get(code.slice(0, length));
    if (found) return found;
  }
  return defaultStaffingNorm;
}

/**
 * `effectiveNorm` for many codes (a province's 18,000 villages): a code longer than the longest
 * setting has its prefix of that length's norm, so each such prefix is looked up once.
 */
export function normLookup(
  settings: ReadonlyMap<string, StaffingNorm>,
): (code: string) => StaffingNorm {
  const longest = Math.max(0, ...[...settings.keys()].map((key) => key.length));
  const known = new Map<string, StaffingNorm>();
  return (code) => {
    const key = code.slice(0, longest);
    let norm = known.get(key);
    if (!norm) known.set(key, (norm = effectiveNorm(key, settings)));
    return norm;
  };
}

export type Settlement = 'urban' | 'rural';

/**
 * Urban community or rural village: from the 城乡分类代码 where the division data has it, else
 * from the name (…社区 / …居委会 are urban; …村 rural). Unknown counts as rural, the lower norm.
 */
export function settlementOf(name: string, urbanRuralClass: string | null): Settlement {
  const known = urbanRuralClasses.find((c) => c.code === urbanRuralClass);
  if (known) return known.urban ? 'urban' : 'rural';
  return /(社区|居委会|居民委员会)$/.test(name) ? 'urban' : 'rural';
}

/** How many staff a station of this tier (in a village of this kind) should have. */
export function requiredStaff(
  tier: StationTier,
  norm: StaffingNorm,
  settlement: Settlement,
): number {
  switch (tier) {
    case 'county_station':
      return norm.countyStationMinStaff;
    case 'township_station':
      return norm.townshipStationMinStaff;
    case 'village_station':
      return settlement === 'urban' ? norm.urbanVillageMinWorkers : norm.ruralVillageMinWorkers;
    case 'village_studio':
      return norm.villageStudioMinStaff;
  }
}
