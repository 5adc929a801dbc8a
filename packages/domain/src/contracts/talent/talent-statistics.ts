import { z } from 'zod';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { transferFlowsSchema } from './transfers';

const bucketSchema = z.object({ key: z.string(), count: z.number().int() });

/** The census of the seed survey outline (人才队伍统计), for one region on one day. */
export const talentCensusSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  asOf: z.string(),
  total: z.number().int(),
  certified: z.number().int(),
  certifiedShare: z.number().nullable(),
  employed: z.number().int(),
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      total: z.number().int(),
      certified: z.number().int(),
    }),
  ),
  bySex: z.array(bucketSchema),
  byAgeBand: z.array(bucketSchema),
  byEducation: z.array(bucketSchema),
  bySocialWorkMajor: z.array(bucketSchema),
  byServiceYears: z.array(bucketSchema),
  byLevel: z.array(bucketSchema),
  byEmployerKind: z.array(bucketSchema),
  /** Workers in post and certified workers at each year's end. */
  trend: z.array(
    z.object({ year: z.number().int(), employed: z.number().int(), certified: z.number().int() }),
  ),
  /** Workers moved in and out by approved transfers (人才流动), in the years of the trend. */
  transferFlows: transferFlowsSchema,
  target: z
    .object({
      year: z.number().int(),
      targetWorkers: z.number().int(),
      targetCertified: z.number().int(),
    })
    .nullable(),
});

/** The years a target may be set for; the service also refuses more than ten years ahead. */
export const talentTargetYears = { min: 2000, aheadMax: 10 } as const;

export const talentTargetInputSchema = z.strictObject({
  year: z.number().int().min(talentTargetYears.min).max(2100),
  targetWorkers: z.number().int().min(1).max(10_000_000),
  targetCertified: z.number().int().min(1).max(10_000_000),
});

/** The census of a region; `year` picks the target shown (this year by default). */
export const talentCensusQuerySchema = z.object({
  region: regionCodeSchema,
  year: z.coerce.number().int().min(talentTargetYears.min).max(2100).optional(),
});

export type TalentCensus = z.infer<typeof talentCensusSchema>;
