import { z } from 'zod';
import { regionCodeSchema } from '../zod/identifier-schemas';

/**
 * 地区比例规则: a rate a region sets for itself and the regions below it (basis points, 200 = 2%),
 * the nearest enclosing region's rule applying — the social-assistance share cap of the funds,
 * the personnel share of the contracts' reports. One shape for every such rule.
 */
export const basisPointsSchema = z.number().int().min(0).max(10_000);

export const regionalRateQuerySchema = z.object({ region: regionCodeSchema.optional() });
export type RegionalRateQuery = z.infer<typeof regionalRateQuerySchema>;

export const regionalRateInputSchema = z.strictObject({
  rateBp: basisPointsSchema,
  /** The version read; 0 when the region has no rule of its own yet. */
  version: z.number().int().min(0),
});
export type RegionalRateInput = z.infer<typeof regionalRateInputSchema>;

export const regionalRateSchema = z.object({
  /** The region asked about. */
  regionCode: z.string(),
  /** The region whose rule applies (the nearest enclosing one), or null: none applies. */
  ruleRegionCode: z.string().nullable(),
  /** The rate of that rule, or null when none applies. */
  rateBp: z.number().int().nullable(),
  /** What applies when no region has a rule (null: nothing — no cap). */
  defaultBp: z.number().int().nullable(),
  /** The version of the region's own rule, 0 if it has none. */
  version: z.number().int(),
});
export type RegionalRate = z.infer<typeof regionalRateSchema>;
