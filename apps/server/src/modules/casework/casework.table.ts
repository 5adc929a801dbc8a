import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { accounts } from '../../platform/auth/accounts.table';
import { clients } from '../clients/clients.table';
import { organisations } from '../organisations/organisations.table';
import { stations } from '../stations/stations.table';

/*
 * Case work (个案工作, MZ/T 094-2017). Every table is region-owned by the case's station's region,
 * so the offices of that region count them; what they say — the intake, assessments, plans,
 * contacts, evaluations, closures and the notes of the timeline — is case content, read by the
 * case's team and the delivering organisation's administrator only (the service decides, and
 * `platform/audit/sensitive-fields.ts` keeps it out of the audit trail and the logs).
 */

/** A case: one client served by one organisation at one station, through the six stages. */
export const cases = pgTable(
  'case_work',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    /** The social worker who approves the closure (督导), never one of the case's workers. */
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => accounts.id),
    supervisorName: text('supervisor_name').notNull(),
    /** The stage open now (caseWorkStages); the ones before it hold their records. */
    stage: varchar('stage', { length: 16 }).notNull().default('intake'),
    status: varchar('status', { length: 20 }).notNull().default('open'),
    /** The client's risk and groups when the case opened, then as each assessment judged: counted. */
    riskLevel: varchar('risk_level', { length: 8 }).notNull(),
    populationGroups: text('population_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    /** The day of the latest assessment, kept by a trigger on case_assessment: overdue re-assessments are a filter on it. */
    lastAssessedOn: date('last_assessed_on', { mode: 'string' }),
    // 接案记录: the intake, one per case.
    intakeOn: date('intake_on', { mode: 'string' }),
    intakeSource: varchar('intake_source', { length: 16 }),
    presentingProblem: text('presenting_problem'),
    intakeDecision: varchar('intake_decision', { length: 10 }),
    declineReason: text('decline_reason'),
    declineDisposition: varchar('decline_disposition', { length: 10 }),
    declineReferredTo: text('decline_referred_to'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_work_region_idx').on(
      t.regionCode.op('text_pattern_ops'),
      t.openedOn.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('case_work_client_idx').on(t.clientId, t.organisationId),
    index('case_work_organisation_idx').on(t.organisationId, t.status),
    index('case_work_supervisor_idx').on(t.supervisorId, t.status),
    index('case_work_station_idx').on(t.stationId),
    check(
      'case_work_stage_check',
      sql`${t.stage} in ('intake', 'assessment', 'planning', 'intervention', 'evaluation', 'closure')`,
    ),
    check(
      'case_work_status_check',
      sql`${t.status} in ('open', 'closure_requested', 'closed', 'not_taken')`,
    ),
    check('case_work_risk_check', sql`${t.riskLevel} in ('low', 'medium', 'high')`),
    check(
      'case_work_intake_check',
      sql`${t.intakeDecision} is null or ${t.intakeDecision} in ('accepted', 'declined')`,
    ),
  ],
);

/** The social workers who carry a case (负责社工). */
export const caseWorkers = pgTable(
  'case_worker',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerName: text('worker_name').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.accountId] }),
    index('case_worker_account_idx').on(t.accountId, t.caseId),
    index('case_worker_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** An assessment (预估) on one of the forms in code: each domain scored 1–4 with its reason. */
export const caseAssessments = pgTable(
  'case_assessment',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    formCode: varchar('form_code', { length: 20 }).notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    riskLevel: varchar('risk_level', { length: 8 }).notNull(),
    domainScores: jsonb('domain_scores')
      .$type<{ domain: string; score: number; reason: string }[]>()
      .notNull(),
    assessmentSummary: text('assessment_summary'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_assessment_case_idx').on(t.caseId, t.assessedOn),
    index('case_assessment_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** A goal of the plan (服务计划). */
export const caseGoals = pgTable(
  'case_goal',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    goalTitle: text('goal_title').notNull(),
    domain: varchar('domain', { length: 40 }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_goal_case_idx').on(t.caseId),
    index('case_goal_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** A task of a goal, due on a day, done or not yet. */
export const caseTasks = pgTable(
  'case_task',
  {
    id: uuid('id').primaryKey(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => caseGoals.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    taskTitle: text('task_title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_task_case_idx').on(t.caseId, t.dueOn),
    index('case_task_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** A service record (服务记录): one contact, made or attempted, never in the future. */
export const caseContacts = pgTable(
  'case_contact',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    medium: varchar('medium', { length: 12 }).notNull(),
    attempted: boolean('attempted').notNull().default(false),
    contactNotes: text('contact_notes').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_contact_case_idx').on(t.caseId, t.occurredAt.desc().nullsFirst()),
    index('case_contact_region_idx').on(t.regionCode.op('text_pattern_ops'), t.occurredAt),
    check('case_contact_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
    check(
      'case_contact_medium_check',
      sql`${t.medium} in ('in_person', 'phone', 'video', 'home_visit', 'letter', 'other')`,
    ),
  ],
);

/** The evaluation (评估) of the plan's goals. */
export const caseEvaluations = pgTable(
  'case_evaluation',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    goalResults: jsonb('goal_results')
      .$type<{ goalId: string; achievement: string; note: string | null }[]>()
      .notNull(),
    evaluationSummary: text('evaluation_summary').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_evaluation_case_idx').on(t.caseId),
    index('case_evaluation_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/**
 * A closure (结案) as requested by a worker and answered by the case's supervisor: pending →
 * approved or rejected. Each request stays as history.
 */
export const caseClosures = pgTable(
  'case_closure',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    closureReasons: text('closure_reasons').array().notNull(),
    closureSummary: text('closure_summary').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decision: varchar('decision', { length: 10 }).notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('case_closure_case_idx').on(t.caseId, t.requestedAt),
    index('case_closure_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('case_closure_decision_check', sql`${t.decision} in ('pending', 'approved', 'rejected')`),
  ],
);

/** The case timeline: every move, by whom and when (stages, decisions, team, referrals). */
export const caseEvents = pgTable(
  'case_event',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 24 }).notNull(),
    stage: varchar('stage', { length: 16 }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    /** A reason or a note (a reopening's reason, a returned referral's result): case content. */
    eventNote: text('event_note'),
    referralId: uuid('referral_id'),
  },
  (t) => [
    index('case_event_case_idx').on(t.caseId, t.occurredAt),
    index('case_event_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/**
 * A region's re-assessment interval (复评周期, months); the nearest enclosing region's setting
 * applies, else `defaultReassessmentMonths`. Readable from below, like the staffing norms.
 */
export const caseSettings = pgTable('case_work_setting', {
  regionCode: varchar('region_code', { length: 12 }).primaryKey(),
  reassessmentMonths: integer('reassessment_months').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
