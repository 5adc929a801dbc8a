import { z } from 'zod';

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
  target: z
    .object({
      year: z.number().int(),
      targetWorkers: z.number().int(),
      targetCertified: z.number().int(),
    })
    .nullable(),
});

export const talentTargetInputSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  targetWorkers: z.number().int().min(0).max(10_000_000),
  targetCertified: z.number().int().min(0).max(10_000_000),
});

export type TalentCensus = z.infer<typeof talentCensusSchema>;
