import { z } from 'zod';
import type { RegionLevel } from '../regions/region-code';
import { codesOf, type EnumEntry } from './enum-entry';

/** Tiers of the social work service network (阵地), each bound to one region level. */
export const stationTiers = [
  {
    code: 'county_station',
    regionLevel: 'county',
    parentTier: null,
    'zh-CN': '县级社会工作站',
    'en-US': 'County social work station',
  },
  {
    code: 'township_station',
    regionLevel: 'township',
    parentTier: 'county_station',
    'zh-CN': '乡镇(街道)社会工作服务站',
    'en-US': 'Township (subdistrict) social work service station',
  },
  {
    code: 'village_station',
    regionLevel: 'village',
    parentTier: 'township_station',
    'zh-CN': '村(社区)社会工作服务站',
    'en-US': 'Village (community) social work service station',
  },
  {
    code: 'village_studio',
    regionLevel: 'village',
    parentTier: 'township_station',
    'zh-CN': '村(社区)社会工作室',
    'en-US': 'Village (community) social work studio',
  },
] as const satisfies readonly (EnumEntry & {
  regionLevel: RegionLevel;
  /** The tier of the station above: county → township → village station or studio. */
  parentTier: string | null;
})[];

export type StationTier = (typeof stationTiers)[number]['code'];

export const stationTierSchema = z.enum(codesOf(stationTiers));
