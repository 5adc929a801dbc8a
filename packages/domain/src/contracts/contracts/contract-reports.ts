import { z } from 'zod';
import { fenSchema } from '../projects/money';
import { reportStatusSchema } from './contract-enums';
import { contractReportSummarySchema } from './contracts';
import { indicatorMeasureSchema, indicatorPeriodSchema } from './indicators';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const version = z.number().int();

/** 经费使用 in the period, by category, in fen. */
export const reportSpendingSchema = z.strictObject({
  personnelFen: fenSchema,
  serviceFen: fenSchema,
  adminFen: fenSchema,
  otherFen: fenSchema,
});
export type ReportSpending = z.infer<typeof reportSpendingSchema>;

/**
 * 阶段报告 of the provider for one period: the figures of indicators measured by service records
 * are counted by the server from those records; only `other` indicators are entered here.
 */
export const submitReportSchema = z.strictObject({
  periodKey: text(1, 10),
  entered: z
    .array(z.strictObject({ indicatorId: z.uuid(), value: z.number().min(0).max(10_000_000) }))
    .max(40)
    .default([]),
  spending: reportSpendingSchema,
  narrative: text(0, 5000).default(''),
  /** The version of a returned report being submitted again. */
  version: version.optional(),
});
export type SubmitReport = z.infer<typeof submitReportSchema>;

export const reviewReportSchema = z.strictObject({ version, note: text(0, 1000).default('') });
export type ReviewReport = z.infer<typeof reviewReportSchema>;

export const reportDraftQuerySchema = z.strictObject({ periodKey: text(1, 10) });

export const reportOutputSchema = z.object({
  indicatorId: z.uuid(),
  measure: indicatorMeasureSchema,
  name: z.string(),
  unit: z.string(),
  period: indicatorPeriodSchema,
  /** The agreed level of the indicator's own period. */
  level: z.number(),
  /** The figure in this report's period; null for an entered one not yet entered. */
  value: z.number().nullable(),
  /** Counted from service records (not typed). */
  counted: z.boolean(),
});
export type ReportOutput = z.infer<typeof reportOutputSchema>;

/** A report as submitted, or — before it is — what the records give for the period. */
export const contractReportSchema = contractReportSummarySchema.extend({
  contractId: z.uuid(),
  outputs: z.array(reportOutputSchema),
  spending: reportSpendingSchema,
  totalSpentFen: z.number().int(),
  personnelShareRuleBp: z.number().int(),
  narrative: z.string(),
  reviewedAt: z.string().nullable(),
});
export type ContractReport = z.infer<typeof contractReportSchema>;

export const reportDraftSchema = z.object({
  contractId: z.uuid(),
  periodKey: z.string(),
  from: z.string(),
  to: z.string(),
  outputs: z.array(reportOutputSchema),
  personnelShareRuleBp: z.number().int(),
  /** The report already there for the period (returned ones may be submitted again). */
  existing: z.object({ id: z.uuid(), status: reportStatusSchema, version }).nullable(),
  /**
   * A returned report's own figures, for the provider to edit rather than retype: its spending,
   * narrative and the reviewer's note (the `other` indicators' entered values are in `outputs`).
   */
  returned: z
    .object({ spending: reportSpendingSchema, narrative: z.string(), note: z.string().nullable() })
    .nullable(),
});
export type ReportDraft = z.infer<typeof reportDraftSchema>;
