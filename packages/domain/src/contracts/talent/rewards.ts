import { z } from 'zod';
import { certificateLevelSchema } from '../../enums/certificate-levels';
import { rewardStatusSchema } from '../../enums/reward-statuses';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import { pageQuerySchema } from '../lists';

export const rewardRuleSchema = z.object({
  level: certificateLevelSchema,
  amountFen: z.number().int(),
  /** The region whose rule applies, or null for the defaults. */
  setBy: z.string().nullable(),
});

export const rewardRuleInputSchema = z.strictObject({
  amounts: z
    .array(
      z.object({
        level: certificateLevelSchema,
        amountFen: z.number().int().min(0).max(100_000_000),
      }),
    )
    .max(4),
});

export const rewardGrantSchema = z.object({
  id: z.uuid(),
  workerId: z.uuid(),
  workerName: z.string(),
  regionCode: z.string(),
  level: certificateLevelSchema,
  amountFen: z.number().int(),
  status: rewardStatusSchema,
  appliedOn: z.string(),
  decidedOn: z.string().nullable(),
  paidOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const rewardApplicationSchema = z.strictObject({ level: certificateLevelSchema });
export const rewardDecisionSchema = z.strictObject({
  version: z.number().int(),
  approve: z.boolean(),
  note: z.string().trim().max(200).nullish(),
});
export const rewardPaymentSchema = z.strictObject({
  version: z.number().int(),
  paidOn: calendarDateSchema,
});

export const rewardGrantListQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  status: rewardStatusSchema.optional(),
});

export type RewardRule = z.infer<typeof rewardRuleSchema>;
export type RewardGrant = z.infer<typeof rewardGrantSchema>;
