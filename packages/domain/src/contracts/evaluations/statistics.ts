import { z } from 'zod';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { projectTypeSchema } from '../projects/project-enums';

/** A region's evaluations of a year: the grades, and how far each agency scores from the others. */
export const evaluationStatisticsQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type EvaluationStatisticsQuery = z.infer<typeof evaluationStatisticsQuerySchema>;

const gradeCounts = z.object({
  excellent: z.number().int(),
  good: z.number().int(),
  pass: z.number().int(),
  fail: z.number().int(),
});
export type GradeCounts = z.infer<typeof gradeCounts>;

const distributionRow = z.object({
  key: z.string(),
  label: z.string(),
  rounds: z.number().int(),
  meanTotal: z.number().nullable(),
  grades: gradeCounts,
});

/**
 * 评分离散度 of one indicator: each agency's mean (as a share of the item's points, 0–100) over
 * the evaluators' sheets, against the mean of the other agencies; `far` when the gap is 15 or more.
 */
export const indicatorSpreadSchema = z.object({
  template: z.string(),
  itemKey: z.string(),
  itemName: z.string(),
  sheets: z.number().int(),
  mean: z.number(),
  agencies: z.array(
    z.object({
      agencyName: z.string(),
      sheets: z.number().int(),
      mean: z.number(),
      othersMean: z.number().nullable(),
      far: z.boolean(),
    }),
  ),
});
export type IndicatorSpread = z.infer<typeof indicatorSpreadSchema>;

export const evaluationStatisticsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int().nullable(),
  /** Final rounds only: a grade counts once it acts. */
  rounds: z.number().int(),
  grades: gradeCounts,
  byRegion: z.array(distributionRow),
  byType: z.array(distributionRow.extend({ key: projectTypeSchema })),
  byProvider: z.array(distributionRow),
  spread: z.array(indicatorSpreadSchema),
});
export type EvaluationStatistics = z.infer<typeof evaluationStatisticsSchema>;
