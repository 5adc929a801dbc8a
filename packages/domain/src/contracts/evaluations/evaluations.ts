import { z } from 'zod';
import { calendarDateSchema } from '../dates';
import { pageQuerySchema } from '../lists';
import { indicatorItemSchema, scoringPartySchema } from '../indicators/indicators';
import { projectTypeSchema } from '../projects/project-enums';
import { indicatorPeriodSchema } from '../contracts/indicators';
import { reportStatusSchema } from '../contracts/contract-enums';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import {
  assignmentStatusSchema,
  evaluationGradeSchema,
  evaluationRoundKindSchema,
  evaluationRoundStatusSchema,
  objectionStatusSchema,
  rectificationStatusSchema,
  sheetStatusSchema,
} from './evaluation-enums';
import { evidenceFileSchema } from './evidence-files';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** The version of the record as read: a change made meanwhile answers 409. */
const version = z.number().int();
const localized = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

/** Each scoring party's weight in the total, in percent (summing to 100). */
export const partyWeightsSchema = z.partialRecord(scoringPartySchema, z.number().min(0).max(100));

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/**
 * A 中期 or 终期 round on a contract in service. The due date defaults from the contract (中期 at
 * the middle of the term, 终期 a month before its end); the weights from the template.
 */
export const createEvaluationRoundSchema = z.strictObject({
  contractId: z.uuid(),
  kind: z.enum(['midterm', 'final']),
  dueOn: calendarDateSchema.optional(),
  partyWeights: partyWeightsSchema.optional(),
  /** 异议期: days the provider has to object once the result is published. */
  objectionDays: z.number().int().min(1).max(30).default(5),
});
export type CreateEvaluationRound = z.input<typeof createEvaluationRoundSchema>;

export const evaluationRoundListQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: evaluationRoundKindSchema.optional(),
  status: evaluationRoundStatusSchema.optional(),
});
export type EvaluationRoundListQuery = z.infer<typeof evaluationRoundListQuerySchema>;

export const evaluationScheduleQuerySchema = z.object({ region: regionCodeSchema.optional() });

export const assignEvaluatorSchema = z.strictObject({ accountId: z.uuid() });

/** The organiser's answer to a declared conflict: waived (the evaluator scores) with a reason. */
export const waiveConflictSchema = z.strictObject({ version, reason: text(2, 500) });
export type WaiveConflict = z.input<typeof waiveConflictSchema>;

export const withdrawAssignmentSchema = z.strictObject({ version, reason: text(2, 500) });
export type WithdrawAssignment = z.input<typeof withdrawAssignmentSchema>;

/** 利益冲突声明: made before anything of the project opens; a conflict needs what it is. */
export const declareConflictSchema = z
  .strictObject({ version, conflict: z.boolean(), note: text(0, 1000).default('') })
  .refine((d) => !d.conflict || d.note.length >= 2, {
    path: ['note'],
    message: '申报利益冲突须说明情况 · Say what the conflict is',
  });
export type DeclareConflict = z.input<typeof declareConflictSchema>;

/** 评分依据: a record of the platform the mark rests on, or a document the provider supplied. */
export const evidenceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('report'), reportId: z.uuid(), label: text(1, 100) }),
  z.strictObject({ kind: z.literal('outputs'), label: text(1, 100) }),
  z.strictObject({ kind: z.literal('link'), url: z.url().max(500), label: text(1, 100) }),
  z.strictObject({ kind: z.literal('document'), label: text(1, 200) }),
]);
export type EvidenceRef = z.infer<typeof evidenceRefSchema>;

/** One item's mark: the parts found (组合分) or the level given (程度分), with a note and evidence. */
export const itemMarkSchema = z.strictObject({
  key: z.string().max(40),
  checkedParts: z.array(z.number().int().min(0).max(29)).max(30).default([]),
  level: text(1, 20).nullable().default(null),
  note: text(0, 1000).default(''),
  evidence: z.array(evidenceRefSchema).max(10).default([]),
});
export type ItemMarkInput = z.input<typeof itemMarkSchema>;
export type ItemMarkRecord = z.output<typeof itemMarkSchema>;

export const saveSheetSchema = z.strictObject({
  marks: z.array(itemMarkSchema).max(300),
  /** The sheet's version; absent for the first save. */
  version: version.optional(),
});
export type SaveSheet = z.input<typeof saveSheetSchema>;

export const roundStepSchema = z.strictObject({ version });

/** 重新评分 after the lock: one item of one sheet, always with its reason. */
export const rescoreSchema = z.strictObject({
  version,
  sheetId: z.uuid(),
  mark: itemMarkSchema,
  reason: text(2, 500),
});
export type Rescore = z.infer<typeof rescoreSchema>;

/** 异议: the provider contests one item of a published result, within the window. */
export const raiseObjectionSchema = z.strictObject({
  itemKey: z.string().max(40),
  reason: text(5, 1000),
});
export type RaiseObjection = z.input<typeof raiseObjectionSchema>;

/** The organiser's decision: upheld with the re-scores it makes, or rejected, with its reason. */
export const decideObjectionSchema = z
  .strictObject({
    version,
    decision: z.enum(['upheld', 'rejected']),
    reason: text(2, 1000),
    rescores: z
      .array(z.strictObject({ sheetId: z.uuid(), mark: itemMarkSchema }))
      .max(10)
      .default([]),
  })
  .refine((d) => d.decision === 'rejected' || d.rescores.length > 0, {
    path: ['rescores'],
    message: '异议成立须重新评分 · An upheld objection re-scores the item',
  });
export type DecideObjection = z.infer<typeof decideObjectionSchema>;

/** 整改方案: what the provider will change, and by when (within the deadline). */
export const submitRectificationSchema = z.strictObject({ version, plan: text(10, 5000) });

/** The organiser's review of the plan: accepted, or returned with what to change. */
export const reviewRectificationSchema = z
  .strictObject({ version, accept: z.boolean(), note: text(0, 1000).default('') })
  .refine((r) => r.accept || r.note.length >= 2, {
    path: ['note'],
    message: '退回须说明需要修改的内容 · Say what to change',
  });
export type ReviewRectification = z.infer<typeof reviewRectificationSchema>;

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const conflictSignalSchema = z.object({ kind: z.string(), message: localized });

export const roundResultSchema = z.object({
  items: z.array(z.object({ key: z.string(), points: z.number(), score: z.number().nullable() })),
  dimensions: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      points: z.number(),
      score: z.number().nullable(),
    }),
  ),
  parties: z.array(
    z.object({ party: scoringPartySchema, weight: z.number(), score: z.number().nullable() }),
  ),
  total: z.number().nullable(),
  grade: evaluationGradeSchema.nullable(),
});

export const evaluationRoundSummarySchema = z.object({
  id: z.uuid(),
  kind: evaluationRoundKindSchema,
  year: z.number().int(),
  status: evaluationRoundStatusSchema,
  regionCode: z.string(),
  regionName: z.string(),
  contractId: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  projectTitle: z.string(),
  projectType: projectTypeSchema,
  providerName: z.string(),
  dueOn: z.string(),
  total: z.number().nullable(),
  grade: evaluationGradeSchema.nullable(),
  evaluators: z.number().int(),
  sheetsSubmitted: z.number().int(),
});
export type EvaluationRoundSummary = z.infer<typeof evaluationRoundSummarySchema>;

export const evaluationRoundPageSchema = z.object({
  items: z.array(evaluationRoundSummarySchema),
  total: z.number().int(),
});
export type EvaluationRoundPage = z.infer<typeof evaluationRoundPageSchema>;

export const assignmentSchema = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  evaluatorName: z.string(),
  agencyName: z.string(),
  status: assignmentStatusSchema,
  /** What the platform saw before assigning (employer, the agency's last round…). */
  signals: z.array(conflictSignalSchema),
  declaredAt: z.string().nullable(),
  declarationNote: z.string(),
  resolution: z.string(),
  resolvedByName: z.string().nullable(),
  version,
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const sheetSchema = z.object({
  id: z.uuid(),
  party: scoringPartySchema,
  scorerName: z.string(),
  status: sheetStatusSchema,
  marks: z.array(itemMarkSchema.extend({ score: z.number().nullable() })),
  submittedAt: z.string().nullable(),
  version,
});
export type Sheet = z.infer<typeof sheetSchema>;

export const objectionSchema = z.object({
  id: z.uuid(),
  itemKey: z.string(),
  itemName: z.string(),
  reason: z.string(),
  raisedByName: z.string(),
  raisedAt: z.string(),
  status: objectionStatusSchema,
  decisionReason: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version,
});
export type Objection = z.infer<typeof objectionSchema>;

export const rescoreRecordSchema = z.object({
  sheetId: z.uuid(),
  itemKey: z.string(),
  fromScore: z.number().nullable(),
  toScore: z.number().nullable(),
  reason: z.string(),
  byName: z.string(),
  at: z.string(),
});
export type RescoreRecord = z.infer<typeof rescoreRecordSchema>;

export const rectificationSchema = z.object({
  status: rectificationStatusSchema,
  dueAt: z.string().nullable(),
  plan: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedByName: z.string().nullable(),
});
export type Rectification = z.infer<typeof rectificationSchema>;

/** A round as its organiser reads it: everything, and what they may do next. */
export const evaluationRoundDetailSchema = evaluationRoundSummarySchema.extend({
  indicatorLabel: z.string(),
  items: z.array(indicatorItemSchema),
  partyWeights: partyWeightsSchema,
  objectionDays: z.number().int(),
  publishedAt: z.string().nullable(),
  objectionUntil: z.string().nullable(),
  providerConfirmedAt: z.string().nullable(),
  finalisedAt: z.string().nullable(),
  finalisedByName: z.string().nullable(),
  assignments: z.array(assignmentSchema),
  sheets: z.array(sheetSchema),
  result: roundResultSchema,
  objections: z.array(objectionSchema),
  rescores: z.array(rescoreRecordSchema),
  /** The files attached to the sheets' items, by sheet and item. */
  evidenceFiles: z.array(evidenceFileSchema),
  /** The consequences written when the round became final. */
  consequences: z.array(z.string()),
  rectification: rectificationSchema.nullable(),
  can: z.object({
    reviewRectification: z.boolean(),
    assign: z.boolean(),
    scoreOffice: z.boolean(),
    lock: z.boolean(),
    rescore: z.boolean(),
    publish: z.boolean(),
    decide: z.boolean(),
    finalise: z.boolean(),
  }),
  version,
});
export type EvaluationRoundDetail = z.infer<typeof evaluationRoundDetailSchema>;

export const evaluatorCandidateSchema = z.object({
  accountId: z.uuid(),
  name: z.string(),
  agencyName: z.string(),
  signals: z.array(conflictSignalSchema),
  assigned: z.boolean(),
});
export type EvaluatorCandidate = z.infer<typeof evaluatorCandidateSchema>;

/** A contract in service and the rounds it is due: what the organiser has to arrange. */
export const scheduleEntrySchema = z.object({
  contractId: z.uuid(),
  contractCode: z.string(),
  projectTitle: z.string(),
  providerName: z.string(),
  regionName: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  rounds: z.array(
    z.object({
      kind: z.enum(['midterm', 'final']),
      dueOn: z.string(),
      roundId: z.uuid().nullable(),
      status: evaluationRoundStatusSchema.nullable(),
    }),
  ),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

/** The evaluator's view: the round's name until they declare; after, the project and their sheet. */
export const myEvaluationSchema = z.object({
  assignment: assignmentSchema,
  round: z.object({
    id: z.uuid(),
    kind: evaluationRoundKindSchema,
    status: evaluationRoundStatusSchema,
    dueOn: z.string(),
    projectTitle: z.string(),
    providerName: z.string(),
    regionName: z.string(),
  }),
  /** Null until the evaluator has declared no conflict (or theirs was waived). */
  project: z
    .object({
      contractCode: z.string(),
      termStart: z.string(),
      termEnd: z.string(),
      indicators: z.array(
        z.object({ name: z.string(), level: z.number(), unit: z.string(), period: z.string() }),
      ),
      reports: z.array(z.object({ id: z.uuid(), periodKey: z.string(), status: z.string() })),
      items: z.array(indicatorItemSchema),
      sheet: sheetSchema.nullable(),
      canScore: z.boolean(),
    })
    .nullable(),
});
export type MyEvaluation = z.infer<typeof myEvaluationSchema>;

/**
 * 服务产出 as evidence (`outputs`): each agreed indicator of the contract with its figure in every
 * period report — counted from the service records, or entered for an indicator of kind 其他.
 */
export const evaluationOutputsSchema = z.object({
  indicators: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      level: z.number(),
      unit: z.string(),
      period: indicatorPeriodSchema,
      reported: z.array(
        z.object({
          periodKey: z.string(),
          status: reportStatusSchema,
          value: z.number().nullable(),
          counted: z.boolean(),
        }),
      ),
    }),
  ),
});
export type EvaluationOutputs = z.infer<typeof evaluationOutputsSchema>;

export const myEvaluationSummarySchema = z.object({
  assignmentId: z.uuid(),
  status: assignmentStatusSchema,
  roundId: z.uuid(),
  kind: evaluationRoundKindSchema,
  roundStatus: evaluationRoundStatusSchema,
  projectTitle: z.string(),
  providerName: z.string(),
  dueOn: z.string(),
  sheetStatus: sheetStatusSchema.nullable(),
});
export type MyEvaluationSummary = z.infer<typeof myEvaluationSummarySchema>;

/** A published result as the provider reads it: the scores by item, not who gave them. */
export const providerEvaluationSchema = z.object({
  id: z.uuid(),
  kind: evaluationRoundKindSchema,
  status: evaluationRoundStatusSchema,
  projectTitle: z.string(),
  contractCode: z.string(),
  items: z.array(indicatorItemSchema),
  result: roundResultSchema,
  publishedAt: z.string().nullable(),
  objectionUntil: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  objections: z.array(objectionSchema),
  consequences: z.array(z.string()),
  rectification: rectificationSchema.nullable(),
  can: z.object({ object: z.boolean(), confirm: z.boolean(), rectify: z.boolean() }),
  version,
});
export type ProviderEvaluation = z.infer<typeof providerEvaluationSchema>;
