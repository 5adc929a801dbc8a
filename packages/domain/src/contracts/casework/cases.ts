import { z } from 'zod';
import { caseWorkStageSchema } from '../../enums/case-work-stages';
import { populationGroupSchema } from '../../enums/population-groups';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { riskLevelSchema } from '../clients/client-enums';
import { calendarDateSchema } from '../dates';
import {
  caseEventKindSchema,
  caseStatusSchema,
  closureDecisionSchema,
  closureReasonSchema,
  contactMediumSchema,
  declineDispositionSchema,
  goalAchievementSchema,
  intakeSourceSchema,
} from './case-enums';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullish();
/** The version of the case as read: a change made meanwhile answers 409. */
const version = z.number().int();

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/** Opens a case (接案 stage) for a client the actor's organisation serves, at a station in scope. */
export const openCaseSchema = z.strictObject({
  clientId: z.uuid(),
  stationId: z.uuid(),
  /** The social workers who carry the case (the one opening it among them). */
  workerIds: z.array(z.uuid()).min(1).max(5),
  /** Another social worker of the organisation, who approves the closure (督导). */
  supervisorId: z.uuid(),
});
export type OpenCase = z.infer<typeof openCaseSchema>;

const intakeFields = {
  intakeOn: calendarDateSchema,
  source: intakeSourceSchema,
  /** 主诉: what the client comes with, in their words and the worker's. */
  presentingProblem: text(2, 2000),
  version,
};

/** The intake record (接案记录): taken in, or not taken with a reason and a referral or 存档. */
export const intakeInputSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accepted'), ...intakeFields }),
  z.strictObject({
    decision: z.literal('declined'),
    ...intakeFields,
    declineReason: text(2, 500),
    disposition: declineDispositionSchema,
    /** Where the client was referred (an organisation or service), when referred. */
    referredTo: optionalText(200),
  }),
]);
export type IntakeInput = z.infer<typeof intakeInputSchema>;

/** Opens the next stage; the current one must hold its record. */
export const advanceCaseSchema = z.strictObject({ to: caseWorkStageSchema, version });

export const assessmentInputSchema = z.strictObject({
  /** One of `assessmentForms`. */
  formCode: z.string().trim().min(1).max(20),
  assessedOn: calendarDateSchema,
  riskLevel: riskLevelSchema,
  scores: z
    .array(
      z.strictObject({
        domain: z.string().trim().min(1).max(40),
        score: z.number().int().min(1).max(4),
        reason: z.string().trim().max(500),
      }),
    )
    .max(40),
  summary: optionalText(2000),
});
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

const taskInput = z.strictObject({ title: text(2, 200), dueOn: calendarDateSchema });

/** A goal of the plan (计划), with the tasks that serve it. */
export const goalInputSchema = z.strictObject({
  title: text(2, 200),
  /** The assessment domain it answers, when it answers one. */
  domain: z.string().trim().max(40).nullish(),
  tasks: z.array(taskInput).max(20).default([]),
});
export type GoalInput = z.infer<typeof goalInputSchema>;

export const taskInputSchema = taskInput.extend({ goalId: z.uuid() });
export type TaskInput = z.infer<typeof taskInputSchema>;

export const updateTaskSchema = z.strictObject({ done: z.boolean(), version });

/** A service record (服务记录): one contact with the client, made or attempted. */
export const contactInputSchema = z.strictObject({
  /** When it happened (with its offset): never in the future. */
  occurredAt: z.iso.datetime({ offset: true }),
  /** Minutes, at most a day (1440). */
  durationMinutes: z.number().int().min(1).max(99_999),
  medium: contactMediumSchema,
  /** Tried and not reached (no answer, nobody at home). */
  attempted: z.boolean().default(false),
  content: text(2, 5000),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

/** The evaluation (评估) of every goal of the plan. */
export const evaluationInputSchema = z.strictObject({
  evaluatedOn: calendarDateSchema,
  goals: z
    .array(
      z.strictObject({
        goalId: z.uuid(),
        achievement: goalAchievementSchema,
        note: optionalText(500),
      }),
    )
    .min(1)
    .max(50),
  summary: text(2, 2000),
});
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

export const closureRequestSchema = z.strictObject({
  reasons: z.array(closureReasonSchema).min(1).max(8),
  summary: text(2, 2000),
  version,
});
export type ClosureRequest = z.infer<typeof closureRequestSchema>;

export const approveClosureSchema = z.strictObject({ version, note: optionalText(500) });
export const rejectClosureSchema = z.strictObject({ version, reason: text(2, 500) });
export const reopenCaseSchema = z.strictObject({ version, reason: text(2, 500) });

export const caseTeamSchema = z.strictObject({
  workerIds: openCaseSchema.shape.workerIds,
  supervisorId: z.uuid(),
  version,
});
export type CaseTeam = z.infer<typeof caseTeamSchema>;

export const caseListQuerySchema = z.strictObject({
  stage: caseWorkStageSchema.optional(),
  status: caseStatusSchema.optional(),
  /** A social worker's cases as a worker or as the supervisor; all: both (the default). */
  role: z.enum(['worker', 'supervisor', 'all']).default('all'),
  stationId: z.uuid().optional(),
  /** Cases of one client (the client's file shows them). */
  clientId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

export const caseSettingQuerySchema = z.strictObject({ region: regionCodeSchema.optional() });
export const caseSettingInputSchema = z.strictObject({
  region: regionCodeSchema,
  reassessmentMonths: z.number().int().min(1).max(24),
  version: z.number().int().min(0),
});

export const caseStatisticsQuerySchema = z.strictObject({ region: regionCodeSchema.optional() });

export const anonymousCaseQuerySchema = z.strictObject({
  region: regionCodeSchema.optional(),
  stage: caseWorkStageSchema.optional(),
  status: caseStatusSchema.optional(),
  riskLevel: riskLevelSchema.optional(),
  populationGroup: populationGroupSchema.optional(),
  stationId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type AnonymousCaseQuery = z.infer<typeof anonymousCaseQuerySchema>;

export const stationOptionQuerySchema = z.strictObject({ q: z.string().trim().max(50).optional() });

// ── Answers ─────────────────────────────────────────────────────────────────────────────────

const person = z.object({ id: z.uuid(), name: z.string() });

const reassessmentSchema = z.object({
  /** The region's interval in force (months). */
  months: z.number().int(),
  dueOn: z.string(),
  overdue: z.boolean(),
});

/** A case as its team's lists show it. */
export const caseSummarySchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  /** Whole for the team; masked for anyone else. */
  clientName: z.string(),
  organisationId: z.uuid(),
  stationId: z.uuid(),
  stationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  stage: caseWorkStageSchema,
  status: caseStatusSchema,
  riskLevel: riskLevelSchema,
  populationGroups: z.array(populationGroupSchema),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  workers: z.array(person),
  supervisor: person,
  /** How the reader stands to the case. */
  myRole: z.enum(['worker', 'supervisor', 'org_admin', 'colleague', 'officer']),
  /** The earliest undone task's due date. */
  nextTaskDue: z.string().nullable(),
  reassessment: reassessmentSchema.nullable(),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const caseIntakeSchema = z.object({
  decision: z.enum(['accepted', 'declined']),
  intakeOn: z.string(),
  source: intakeSourceSchema,
  presentingProblem: z.string(),
  declineReason: z.string().nullable(),
  disposition: declineDispositionSchema.nullable(),
  referredTo: z.string().nullable(),
});

export const caseAssessmentSchema = z.object({
  id: z.uuid(),
  formCode: z.string(),
  assessedOn: z.string(),
  riskLevel: riskLevelSchema,
  scores: z.array(z.object({ domain: z.string(), score: z.number().int(), reason: z.string() })),
  summary: z.string().nullable(),
  recordedByName: z.string(),
});
export type CaseAssessment = z.infer<typeof caseAssessmentSchema>;

export const caseTaskSchema = z.object({
  id: z.uuid(),
  goalId: z.uuid(),
  title: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number().int(),
});
export type CaseTask = z.infer<typeof caseTaskSchema>;

export const caseGoalSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  domain: z.string().nullable(),
  tasks: z.array(caseTaskSchema),
});
export type CaseGoal = z.infer<typeof caseGoalSchema>;

export const caseContactSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  durationMinutes: z.number().int(),
  medium: contactMediumSchema,
  attempted: z.boolean(),
  content: z.string(),
  recordedByName: z.string(),
});
export type CaseContact = z.infer<typeof caseContactSchema>;

export const caseEvaluationSchema = z.object({
  id: z.uuid(),
  evaluatedOn: z.string(),
  goals: z.array(
    z.object({ goalId: z.uuid(), achievement: goalAchievementSchema, note: z.string().nullable() }),
  ),
  summary: z.string(),
  recordedByName: z.string(),
});
export type CaseEvaluation = z.infer<typeof caseEvaluationSchema>;

export const caseClosureSchema = z.object({
  id: z.uuid(),
  reasons: z.array(closureReasonSchema),
  summary: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decision: closureDecisionSchema,
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type CaseClosure = z.infer<typeof caseClosureSchema>;

/** One move of the case: who, when, and what it says. */
export const caseEventSchema = z.object({
  id: z.uuid(),
  kind: caseEventKindSchema,
  stage: caseWorkStageSchema.nullable(),
  at: z.string(),
  actorName: z.string(),
  note: z.string().nullable(),
  referralId: z.string().nullable(),
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

/**
 * A case file. `content` is there for the team (the assigned workers, the supervisor), the
 * organisation's administrator and an officer who opened the file with a reason; a colleague of the
 * organisation sees the summary alone.
 */
export const caseFileSchema = caseSummarySchema.extend({
  content: z
    .object({
      client: z.object({
        id: z.uuid(),
        /** Masked for an officer, who opened the case file and not the client's. */
        name: z.string(),
        sex: z.enum(['male', 'female']).nullable(),
        age: z.number().int().nullable(),
        minor: z.boolean().nullable(),
        /** Where the client lives (null for an officer). */
        regionCode: z.string().nullable(),
        regionName: z.string().nullable(),
      }),
      intake: caseIntakeSchema.nullable(),
      assessments: z.array(caseAssessmentSchema),
      goals: z.array(caseGoalSchema),
      contacts: z.array(caseContactSchema),
      evaluations: z.array(caseEvaluationSchema),
      closures: z.array(caseClosureSchema),
      timeline: z.array(caseEventSchema),
    })
    .nullable(),
  /** Officers who opened the file with a reason (from the audit trail): the team sees them. */
  fileOpenings: z.array(z.object({ at: z.string(), actorName: z.string(), reason: z.string() })),
  can: z.object({
    /** Record intake, assessments, plans, contacts, evaluations. */
    work: z.boolean(),
    /** The next stage, when the reader may open it (its gate is checked by the server). */
    advanceTo: caseWorkStageSchema.nullable(),
    requestClosure: z.boolean(),
    decideClosure: z.boolean(),
    reopen: z.boolean(),
    changeTeam: z.boolean(),
  }),
});
export type CaseFile = z.infer<typeof caseFileSchema>;

export const casePageSchema = z.object({
  items: z.array(caseSummarySchema),
  nextCursor: z.string().nullable(),
});

/** A closure waiting for the reader's approval as supervisor. */
export const pendingClosureSchema = z.object({
  caseId: z.uuid(),
  closureId: z.uuid(),
  clientName: z.string(),
  stationName: z.string(),
  reasons: z.array(closureReasonSchema),
  requestedByName: z.string(),
  requestedAt: z.string(),
});
export type PendingClosure = z.infer<typeof pendingClosureSchema>;

/** The social worker's desk: what is due and what waits for them. */
export const caseDeskSchema = z.object({
  counts: z.object({
    open: z.number().int(),
    closureRequested: z.number().int(),
    awaitingMyApproval: z.number().int(),
    tasksDue: z.number().int(),
    overdueReassessments: z.number().int(),
  }),
  caseload: z.array(caseSummarySchema),
  tasksDue: z.array(
    z.object({
      caseId: z.uuid(),
      clientName: z.string(),
      taskId: z.uuid(),
      title: z.string(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  reassessments: z.array(
    z.object({
      caseId: z.uuid(),
      clientName: z.string(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  approvals: z.array(pendingClosureSchema),
});
export type CaseDesk = z.infer<typeof caseDeskSchema>;

export const colleagueSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The account's scope: it must reach the station's region for the account to be on the team. */
  regionCode: z.string(),
  /** The reader themselves. */
  isMe: z.boolean(),
});
export type Colleague = z.infer<typeof colleagueSchema>;

export const stationOptionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});
export type StationOption = z.infer<typeof stationOptionSchema>;

export const caseSettingSchema = z.object({
  regionCode: z.string(),
  reassessmentMonths: z.number().int(),
  /** The region whose setting applies ('' nobody's: the default). */
  setBy: z.string().nullable(),
  version: z.number().int(),
});
export type CaseSetting = z.infer<typeof caseSettingSchema>;

const countOf = <K extends z.ZodType>(key: K) => z.object({ key, count: z.number().int() });

/** Counts of cases in a region for the offices: no person, no content. */
export const caseStatisticsSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  total: z.number().int(),
  open: z.number().int(),
  closed: z.number().int(),
  notTaken: z.number().int(),
  overdueReassessments: z.number().int(),
  /** Open cases (closures awaiting approval included) by stage, risk and population group. */
  byStage: z.array(countOf(caseWorkStageSchema)),
  byRisk: z.array(countOf(riskLevelSchema)),
  byPopulationGroup: z.array(countOf(populationGroupSchema)),
  byRegion: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      open: z.number().int(),
      closed: z.number().int(),
    }),
  ),
  /** The stations with the most open cases. */
  byStation: z.array(
    z.object({
      stationId: z.uuid(),
      stationName: z.string(),
      open: z.number().int(),
      closed: z.number().int(),
    }),
  ),
  /** Cases opened and closed in each of the last 12 months (YYYY-MM). */
  byMonth: z.array(
    z.object({ month: z.string(), opened: z.number().int(), closed: z.number().int() }),
  ),
});
export type CaseStatistics = z.infer<typeof caseStatisticsSchema>;

/** A case as an officer's list shows it: no name, no content. */
export const anonymousCaseSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  stationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  stage: caseWorkStageSchema,
  status: caseStatusSchema,
  riskLevel: riskLevelSchema,
  populationGroups: z.array(populationGroupSchema),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
});
export type AnonymousCase = z.infer<typeof anonymousCaseSchema>;

export const anonymousCasePageSchema = z.object({
  items: z.array(anonymousCaseSchema),
  nextCursor: z.string().nullable(),
});
