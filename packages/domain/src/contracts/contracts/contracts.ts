import { z } from 'zod';
import { certificateLevelSchema } from '../../enums/certificate-levels';
import { calendarDateSchema } from '../dates';
import { fenSchema } from '../projects/money';
import { pageQuerySchema } from '../lists';
import {
  contractStatusSchema,
  evaluationRoundSchema,
  reportCadenceSchema,
  reportStatusSchema,
  trancheGateSchema,
  trancheKindSchema,
  trancheStatusSchema,
} from './contract-enums';
import { indicatorMeasureSchema, indicatorPeriodSchema } from './indicators';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** The version of the record as read: a change made meanwhile answers 409. */
const version = z.number().int();

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/** 服务指标: what the provider commits to — e.g. 个案 40 a year, 服务人次 3,000 over the term. */
export const contractIndicatorInputSchema = z.strictObject({
  measure: indicatorMeasureSchema,
  name: text(1, 60),
  /** 约定量 */
  level: z.number().positive().max(10_000_000),
  unit: text(0, 10).default(''),
  period: indicatorPeriodSchema,
});
export type ContractIndicatorInput = z.infer<typeof contractIndicatorInputSchema>;

/** 项目人员: a named worker of the provider and the post held on the project. */
export const contractWorkerInputSchema = z.strictObject({
  workerId: z.uuid(),
  post: text(1, 40),
  /** 专职: a worker holds one full-time post at a time. */
  fullTime: z.boolean().default(true),
});
export type ContractWorkerInput = z.infer<typeof contractWorkerInputSchema>;

/** 付款节点 as planned; an amendment names the tranches it keeps by their id. */
export const trancheInputSchema = z.strictObject({
  id: z.uuid().optional(),
  kind: trancheKindSchema,
  dueOn: calendarDateSchema,
  amountFen: fenSchema,
  gate: trancheGateSchema.default('none'),
  /** For a `report` gate: the key of the report period (Q1, M03 …). */
  gatePeriodKey: text(1, 10).nullable().default(null),
  /** For an `evaluation` gate: the round. */
  gateRound: evaluationRoundSchema.nullable().default(null),
});
export type TrancheInput = z.infer<typeof trancheInputSchema>;

/** The terms a contract version fixes (what signing freezes and an amendment replaces). */
export const contractTermsFields = {
  /** 合同编号 */
  code: text(1, 40),
  amountFen: fenSchema,
  termStart: calendarDateSchema,
  termEnd: calendarDateSchema,
  /** 工时标准: service hours a full-time worker owes a year. */
  workHoursPerYear: z.number().int().min(0).max(3000),
  /** 人员配备标准: named workers at least, and of them holding a certificate. */
  staffingWorkers: z.number().int().min(0).max(200),
  staffingCertified: z.number().int().min(0).max(200),
  reportCadence: reportCadenceSchema,
  indicators: z.array(contractIndicatorInputSchema).min(1).max(40),
  workers: z.array(contractWorkerInputSchema).max(100).default([]),
  tranches: z.array(trancheInputSchema).min(1).max(24),
};

/** The term ends on or after its start (refused on `termEnd` with `term.order`). */
export const contractTermInOrder = (p: { termStart: string; termEnd: string }) =>
  p.termStart <= p.termEnd;
const termInOrder = contractTermInOrder;

/** A contract drafted for an awarded project, with its provider. */
export const createContractSchema = z
  .strictObject({ projectId: z.uuid(), ...contractTermsFields })
  .refine(termInOrder, { path: ['termEnd'], message: 'term.order' });
export type CreateContract = z.infer<typeof createContractSchema>;

/** The draft changed: only before signing. */
export const updateContractSchema = z
  .strictObject({ version, ...contractTermsFields })
  .refine(termInOrder, { path: ['termEnd'], message: 'term.order' });
export type UpdateContract = z.infer<typeof updateContractSchema>;

/** 签订: the draft becomes version 1, which never changes. */
export const signContractSchema = z.strictObject({ version, signedOn: calendarDateSchema });
export type SignContract = z.infer<typeof signContractSchema>;

/** 合同变更: new terms as a new version, with the reason; what was paid stays as it was. */
export const amendContractSchema = z
  .strictObject({ version, reason: text(2, 500), ...contractTermsFields })
  .refine(termInOrder, { path: ['termEnd'], message: 'term.order' });
export type AmendContract = z.infer<typeof amendContractSchema>;

export const contractStepSchema = z.strictObject({ version });
export type ContractStep = z.infer<typeof contractStepSchema>;

export const trancheStepSchema = z.strictObject({ version, note: text(0, 500).default('') });
export type TrancheStep = z.infer<typeof trancheStepSchema>;

/** 登记支付: the day the money left and the voucher it left on. */
export const payTrancheSchema = z.strictObject({
  version,
  paidOn: calendarDateSchema,
  voucher: text(1, 60),
});
export type PayTranche = z.infer<typeof payTrancheSchema>;

export const cancelTrancheSchema = z.strictObject({ version, reason: text(2, 500) });
export type CancelTranche = z.infer<typeof cancelTrancheSchema>;

export const contractListQuerySchema = pageQuerySchema.extend({
  projectId: z.uuid().optional(),
  status: contractStatusSchema.optional(),
});
export type ContractListQuery = z.infer<typeof contractListQuerySchema>;

/** The provider's staff an officer may name on the contract of a project. */
export const providerStaffQuerySchema = z.strictObject({ projectId: z.uuid() });
export const contractDraftStartQuerySchema = providerStaffQuerySchema;

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const contractIndicatorSchema = z.object({
  id: z.uuid(),
  measure: indicatorMeasureSchema,
  name: z.string(),
  level: z.number(),
  unit: z.string(),
  period: indicatorPeriodSchema,
});
export type ContractIndicator = z.infer<typeof contractIndicatorSchema>;

export const contractWorkerSchema = z.object({
  workerId: z.uuid(),
  name: z.string(),
  certificateLevel: certificateLevelSchema.nullable(),
  post: z.string(),
  fullTime: z.boolean(),
});
export type ContractWorker = z.infer<typeof contractWorkerSchema>;

export const trancheSchema = z.object({
  id: z.uuid(),
  position: z.number().int(),
  kind: trancheKindSchema,
  dueOn: z.string(),
  amountFen: z.number().int(),
  gate: trancheGateSchema,
  gatePeriodKey: z.string().nullable(),
  gateRound: evaluationRoundSchema.nullable(),
  /** Whether what it waits for has been delivered. */
  gateMet: z.boolean(),
  /** What it waits for, in words. */
  gateText: z.string(),
  status: trancheStatusSchema,
  requestedByName: z.string().nullable(),
  requestedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  paidByName: z.string().nullable(),
  paidOn: z.string().nullable(),
  voucher: z.string().nullable(),
  note: z.string(),
  cancelledReason: z.string().nullable(),
  /** What the reader may do to it: the approver is never the officer who asked (four eyes). */
  can: z.object({
    request: z.boolean(),
    approve: z.boolean(),
    pay: z.boolean(),
    cancel: z.boolean(),
  }),
  version: z.number().int(),
});
export type Tranche = z.infer<typeof trancheSchema>;

export const contractVersionSchema = z.object({
  number: z.number().int(),
  reason: z.string().nullable(),
  amountFen: z.number().int(),
  termStart: z.string(),
  termEnd: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
});
export type ContractVersion = z.infer<typeof contractVersionSchema>;

export const reportPeriodSchema = z.object({ key: z.string(), from: z.string(), to: z.string() });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const contractReportSummarySchema = z.object({
  id: z.uuid(),
  periodKey: z.string(),
  from: z.string(),
  to: z.string(),
  status: reportStatusSchema,
  submittedByName: z.string(),
  submittedAt: z.string(),
  reviewedByName: z.string().nullable(),
  reviewNote: z.string(),
  personnelShareBp: z.number().int().nullable(),
  belowPersonnelRule: z.boolean(),
  version: z.number().int(),
});
export type ContractReportSummary = z.infer<typeof contractReportSummarySchema>;

export const contractSummarySchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  projectTitle: z.string(),
  regionCode: z.string(),
  providerOrganisationId: z.uuid(),
  providerName: z.string(),
  code: z.string(),
  status: contractStatusSchema,
  amountFen: z.number().int(),
  /** 中标价: the winning bid's price; the amount never exceeds it (null: older than the rule). */
  awardPriceFen: z.number().int().nullable(),
  paidFen: z.number().int(),
  termStart: z.string(),
  termEnd: z.string(),
  signedOn: z.string().nullable(),
  currentVersion: z.number().int(),
  version: z.number().int(),
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

/** Where a new contract's draft starts: the award of the project's tender (中标价 and term). */
export const contractDraftStartSchema = z.object({
  projectId: z.uuid(),
  providerName: z.string(),
  awardPriceFen: z.number().int(),
  amountFen: z.number().int(),
  termStart: z.string(),
  termEnd: z.string(),
});
export type ContractDraftStart = z.infer<typeof contractDraftStartSchema>;

export const contractPageSchema = z.object({
  items: z.array(contractSummarySchema),
  total: z.number().int(),
});
export type ContractPage = z.infer<typeof contractPageSchema>;

export const contractDetailSchema = contractSummarySchema.extend({
  regionName: z.string(),
  workHoursPerYear: z.number().int(),
  staffingWorkers: z.number().int(),
  staffingCertified: z.number().int(),
  reportCadence: reportCadenceSchema,
  /** 人员经费占比 the region's rule asks for, in basis points. */
  personnelShareRuleBp: z.number().int(),
  indicators: z.array(contractIndicatorSchema),
  workers: z.array(contractWorkerSchema),
  tranches: z.array(trancheSchema),
  approvedFen: z.number().int(),
  versions: z.array(contractVersionSchema),
  periods: z.array(reportPeriodSchema),
  reports: z.array(contractReportSummarySchema),
  signedByName: z.string().nullable(),
  /** Read as the provider's administrator. */
  asProvider: z.boolean(),
  can: z.object({
    edit: z.boolean(),
    sign: z.boolean(),
    amend: z.boolean(),
    start: z.boolean(),
    complete: z.boolean(),
    request: z.boolean(),
    pay: z.boolean(),
    report: z.boolean(),
    review: z.boolean(),
  }),
});
export type ContractDetail = z.infer<typeof contractDetailSchema>;
