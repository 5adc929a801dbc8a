import { z } from 'zod';
import { fundingSourceSchema } from '../../enums/funding-sources';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { fenSchema } from '../projects/money';
import { regionalRateInputSchema, regionalRateSchema } from '../regional-rates';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const version = z.number().int();
const year = z.number().int().min(2000).max(2100);

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/** 资金来源: money of one kind, for one division and year. */
export const createFundSourceSchema = z.strictObject({
  regionCode: regionCodeSchema,
  year,
  kind: fundingSourceSchema,
  /** 资金名称, e.g. 2026 年南明区福彩公益金（社工服务）. */
  name: text(2, 100),
  amountFen: fenSchema,
  /**
   * 社会救助资金: the division's social-assistance funds of the year, of which the share for social
   * work is capped by the rule of the region (2% in Guizhou). Other kinds leave it out.
   */
  baseFen: fenSchema.nullish(),
  note: text(0, 500).default(''),
});
export type CreateFundSource = z.infer<typeof createFundSourceSchema>;

export const updateFundSourceSchema = z.strictObject({
  name: text(2, 100).optional(),
  amountFen: fenSchema.optional(),
  baseFen: fenSchema.nullish(),
  note: text(0, 500).optional(),
  version,
});
export type UpdateFundSource = z.infer<typeof updateFundSourceSchema>;

export const fundSourceListQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: fundingSourceSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FundSourceListQuery = z.infer<typeof fundSourceListQuerySchema>;

/** 资金安排: part of a source given to a project (a funding line of the project). */
export const createAllocationSchema = z.strictObject({
  sourceId: z.uuid(),
  projectId: z.uuid(),
  amountFen: fenSchema,
  note: text(0, 500).default(''),
});
export type CreateAllocation = z.infer<typeof createAllocationSchema>;

export const updateAllocationSchema = z.strictObject({
  amountFen: fenSchema,
  note: text(0, 500).optional(),
  version,
});
export type UpdateAllocation = z.infer<typeof updateAllocationSchema>;

export const allocationListQuerySchema = z.object({
  sourceId: z.uuid().optional(),
  projectId: z.uuid().optional(),
});
export type AllocationListQuery = z.infer<typeof allocationListQuerySchema>;

/** The cap of the social-assistance share (社会救助资金用于社会工作服务的比例上限) of a region. */
/** 社会救助资金 share cap of a region: a regional rate (`regional-rates.ts`). */
export const fundShareRuleInputSchema = regionalRateInputSchema;
export type FundShareRuleInput = z.infer<typeof fundShareRuleInputSchema>;

export const fundsSummaryQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type FundsSummaryQuery = z.infer<typeof fundsSummaryQuerySchema>;

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const fundSourceSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  kind: fundingSourceSchema,
  name: z.string(),
  amountFen: z.number().int(),
  baseFen: z.number().int().nullable(),
  allocatedFen: z.number().int(),
  remainingFen: z.number().int(),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type FundSource = z.infer<typeof fundSourceSchema>;

export const fundSourcePageSchema = z.object({
  items: z.array(fundSourceSchema),
  total: z.number().int(),
});

export const allocationSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  sourceName: z.string(),
  sourceKind: fundingSourceSchema,
  sourceYear: z.number().int(),
  projectId: z.string(),
  projectCode: z.string(),
  projectTitle: z.string(),
  amountFen: z.number().int(),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type Allocation = z.infer<typeof allocationSchema>;

export const fundShareRuleSchema = regionalRateSchema;
export type FundShareRule = z.infer<typeof fundShareRuleSchema>;

const figures = {
  sourcesFen: z.number().int(),
  allocatedFen: z.number().int(),
};
/** 已签约 and 已支付: the signed contracts' amounts and what their tranches have paid. */
const spent = {
  contractedFen: z.number().int(),
  paidFen: z.number().int(),
};

export const fundsSummarySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int().nullable(),
  totals: z.object({
    ...figures,
    ...spent,
    projects: z.number().int(),
    budgetFen: z.number().int(),
  }),
  byKind: z.array(z.object({ kind: fundingSourceSchema, ...figures })),
  /** The divisions directly below the region (and the region's own sources as its own line). */
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      ...figures,
      ...spent,
      projects: z.number().int(),
      budgetFen: z.number().int(),
    }),
  ),
  byYear: z.array(z.object({ year: z.number().int(), ...figures, ...spent })),
});
export type FundsSummary = z.infer<typeof fundsSummarySchema>;
