import { z } from 'zod';
import { employerKindSchema } from '../../enums/employer-kinds';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';
import { postTypeSchema } from '../../enums/post-types';
import type { LocalizedText } from '../../i18n/language';
import { regionCodeSchema, residentIdSchema } from '../../zod/identifier-schemas';
import { pageQuerySchema } from '../lists';
import { employmentInputSchema } from './workers';

/**
 * 人才流动: a worker recorded in one county moves to another. The receiving side files the
 * request with the ID number and name it knows and the new job; the releasing side (the worker's
 * region or a region above it) approves or refuses it with a reason. A pending request lapses
 * after `transferRequestDays` days.
 */
export const transferRequestDays = 30;

export const transferStatuses = [
  { code: 'pending', 'zh-CN': '待审批', 'en-US': 'Pending' },
  { code: 'approved', 'zh-CN': '已批准', 'en-US': 'Approved' },
  { code: 'refused', 'zh-CN': '未批准', 'en-US': 'Refused' },
  { code: 'withdrawn', 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
  { code: 'expired', 'zh-CN': '已过期', 'en-US': 'Expired' },
] as const satisfies readonly EnumEntry[];

export type TransferStatus = (typeof transferStatuses)[number]['code'];

export const transferStatusSchema = z.enum(codesOf(transferStatuses));

/**
 * What creating a worker (form or sheet) answers for an ID number registered outside the
 * reader's scope: it says no more than that, and that a transfer can be requested. The web
 * recognises it by this text to offer the request.
 */
export const idNumberRegisteredElsewhere: LocalizedText = {
  'zh-CN': '该身份证号已在其他辖区登记，可申请人才调入',
  'en-US': 'Registered in another jurisdiction; you can request a transfer',
};

/** The new job, as the employment it becomes on approval (starting on the day), and the person. */
export const workerTransferInputSchema = employmentInputSchema.omit({ startedOn: true }).extend({
  idNumber: residentIdSchema,
  name: z.string().trim().min(1).max(50),
  /** The division the worker is recorded on once moved: inside the requester's scope. */
  regionCode: regionCodeSchema,
  note: z.string().trim().max(500).nullish(),
});

/** Which side of a transfer the reader is on: the one filing it, the one deciding it, or both. */
export const transferSideSchema = z.enum(['receiving', 'releasing', 'both']);

export const workerTransferSchema = z.object({
  id: z.uuid(),
  status: transferStatusSchema,
  side: transferSideSchema,
  /** Masked as the reader sees ID numbers. */
  idNumber: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  /**
   * The worker's record and region before the move: shown to the releasing side, and to the
   * receiving side once approved — before that it would tell whether the person exists.
   */
  workerId: z.string().nullable(),
  fromRegionCode: z.string().nullable(),
  fromRegionName: z.string().nullable(),
  employerKind: employerKindSchema,
  organisationId: z.string().nullable(),
  stationId: z.string().nullable(),
  employerName: z.string(),
  postType: postTypeSchema,
  fullTime: z.boolean(),
  note: z.string().nullable(),
  requestedByName: z.string(),
  requestedOn: z.string(),
  expiresOn: z.string(),
  decidedByName: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  version: z.number().int(),
});

export const workerTransferListQuerySchema = pageQuerySchema.extend({
  /** receiving: filed by the reader's scope; releasing: for workers of the reader's scope. */
  side: z.enum(['receiving', 'releasing']).optional(),
  status: transferStatusSchema.optional(),
});

export const workerTransferListSchema = z.object({
  items: z.array(workerTransferSchema),
  total: z.number().int(),
});

export const transferDecisionSchema = z.strictObject({ version: z.number().int() });

export const transferRefusalSchema = z.strictObject({
  version: z.number().int(),
  reason: z.string().trim().min(1).max(500),
});

/** Workers who moved in and out, across the region's boundary or a division's below it. */
export const transferFlowSchema = z.object({
  year: z.number().int(),
  inflow: z.number().int(),
  outflow: z.number().int(),
});

export const transferFlowsSchema = z.object({
  /** Across the region's own boundary, for each year of the census trend. */
  byYear: z.array(transferFlowSchema),
  /** For each division directly below the region with a move in a year. */
  byRegion: z.array(transferFlowSchema.extend({ regionCode: z.string(), regionName: z.string() })),
});

export type WorkerTransferInput = z.infer<typeof workerTransferInputSchema>;
export type WorkerTransfer = z.infer<typeof workerTransferSchema>;
export type WorkerTransferListQuery = z.infer<typeof workerTransferListQuerySchema>;
export type TransferSide = z.infer<typeof transferSideSchema>;
export type TransferFlows = z.infer<typeof transferFlowsSchema>;
