import {
  isRegionCode,
  labelOf,
  normalizeRegionCode,
  regionCodeLengths,
  regionLevelOf,
  stationTiers,
  type Language,
  type RegionLevel,
  type StationTier,
} from '@shegong/domain';
import type { FormRule } from 'antd';
import type { Translate } from '../../i18n/language-context';

/** The division level a station of this tier sits on: county, township or village. */
export function tierLevel(tier: StationTier): RegionLevel {
  return stationTiers.find((entry) => entry.code === tier)?.regionLevel ?? 'village';
}

/**
 * The tier of the station above: township stations report to the county station, village
 * stations and studios to the township station (the server's rule; it checks again).
 */
export const parentTierOf: Record<StationTier, StationTier | null> = {
  county_station: null,
  township_station: 'county_station',
  village_station: 'township_station',
  village_studio: 'township_station',
};

/** The division a parent station must sit on: the enclosing county or township. */
export function enclosingRegion(tier: StationTier, regionCode: string | undefined) {
  const parentTier = parentTierOf[tier];
  if (!parentTier || !regionCode || !isRegionCode(regionCode)) return undefined;
  const length = regionCodeLengths[tierLevel(parentTier)];
  if (regionCode.length <= length) return undefined;
  return normalizeRegionCode(regionCode.slice(0, length)) ?? undefined;
}

/**
 * The division must be of the level of the chosen tier (a township station on a township).
 * Checked here for a quick, explained answer; the server checks again.
 */
export function tierRegionRule(t: Translate, language: Language, tierField: string): FormRule {
  return ({ getFieldValue }) => ({
    required: true,
    validator: async (_rule, value: unknown) => {
      const tier = getFieldValue(tierField) as StationTier | undefined;
      if (!tier) throw new Error(t('stations.region.tierFirst'));
      if (typeof value !== 'string' || value === '') throw new Error(t('region.placeholder'));
      const wanted = tierLevel(tier);
      if (regionLevelOf(value) !== wanted) {
        throw new Error(
          t('stations.region.levelMismatch', {
            tier: labelOf(stationTiers, tier, language),
            level: t(`region.level.${wanted}`),
          }),
        );
      }
    },
  });
}
