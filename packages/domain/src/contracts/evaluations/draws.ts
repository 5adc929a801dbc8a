import { z } from 'zod';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';

/**
 * 抽查抽签: a region's yearly draw of the projects running a year or more, stratified by county and
 * project type. The seed is recorded, so the draw can be re-run and checked.
 */
export const drawSpotCheckSchema = z.strictObject({
  regionCode: regionCodeSchema,
  year: z.number().int().min(2000).max(2100),
  sharePercent: z.number().int().min(1).max(100).default(30),
  /** Absent: the server draws one and records it. */
  seed: z.string().trim().min(1).max(64).optional(),
  dueOn: calendarDateSchema.optional(),
});
export type DrawSpotCheck = z.input<typeof drawSpotCheckSchema>;

export const spotCheckDrawSchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  sharePercent: z.number().int(),
  seed: z.string(),
  population: z.number().int(),
  strata: z.array(
    z.object({
      stratum: z.string(),
      label: z.string(),
      population: z.number().int(),
      drawn: z.number().int(),
    }),
  ),
  chosen: z.array(
    z.object({
      contractId: z.uuid(),
      projectTitle: z.string(),
      providerName: z.string(),
      roundId: z.uuid(),
    }),
  ),
  drawnByName: z.string(),
  drawnAt: z.string(),
});
export type SpotCheckDraw = z.infer<typeof spotCheckDrawSchema>;
