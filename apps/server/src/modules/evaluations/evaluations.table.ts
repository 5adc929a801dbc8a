import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type {
  IndicatorItem,
  ItemMarkRecord,
  PartyWeights,
  RoundResult,
  ConflictSignal,
} from '@shegong/domain';
import { contracts } from '../contracts/contracts.table';
import { indicatorVersions } from '../indicators/indicators.table';
import { organisations } from '../organisations/organisations.table';
import { bytea } from '../../db/bytea';

/**
 * 评估轮次: one evaluation of a contract (中期, 抽查, 终期), region-owned by the project's division
 * and read by its provider from the provider's division. The items are the indicator version's
 * as they stood when the round opened; `result` is computed from the sheets at the lock and after
 * each re-score, so the provider reads it without reading any sheet.
 */
export const evaluationRounds = pgTable(
  'evaluation_round',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    providerRegionCode: varchar('provider_region_code', { length: 12 }).notNull(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    contractCode: varchar('contract_code', { length: 40 }).notNull(),
    projectId: uuid('project_id').notNull(),
    projectCode: varchar('project_code', { length: 40 }).notNull(),
    projectTitle: text('project_title').notNull(),
    projectType: varchar('project_type', { length: 32 }).notNull(),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerName: text('provider_name').notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    kind: varchar('kind', { length: 12 }).notNull(),
    year: smallint('year').notNull(),
    status: varchar('status', { length: 12 }).notNull().default('open'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    indicatorVersionId: uuid('indicator_version_id')
      .notNull()
      .references(() => indicatorVersions.id),
    indicatorLabel: text('indicator_label').notNull(),
    items: jsonb('items').$type<IndicatorItem[]>().notNull(),
    partyWeights: jsonb('party_weights').$type<PartyWeights>().notNull(),
    objectionDays: smallint('objection_days').notNull(),
    result: jsonb('result').$type<RoundResult>(),
    total: real('total'),
    grade: varchar('grade', { length: 12 }),
    drawId: uuid('draw_id'),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    objectionUntil: date('objection_until', { mode: 'string' }),
    providerConfirmedAt: timestamp('provider_confirmed_at', { withTimezone: true }),
    providerConfirmedByName: text('provider_confirmed_by_name'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    finalisedByName: text('finalised_by_name'),
    /**
     * 整改: a 合格 result asks the provider for a rectification plan by a deadline
     * (`evaluations.rectification`); the organiser accepts it or returns it.
     */
    rectificationStatus: varchar('rectification_status', { length: 12 }),
    rectificationDueAt: timestamp('rectification_due_at', { withTimezone: true }),
    rectificationPlan: text('rectification_plan'),
    rectificationSubmittedAt: timestamp('rectification_submitted_at', { withTimezone: true }),
    rectificationSubmittedByName: text('rectification_submitted_by_name'),
    rectificationReviewNote: text('rectification_review_note'),
    rectificationReviewedByName: text('rectification_reviewed_by_name'),
    /** What the final grade wrote elsewhere (the tranche, the credit record), in the reader's words. */
    consequences: text('consequences')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluation_round_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
    index('evaluation_round_provider_idx').on(t.providerOrganisationId, t.createdAt),
    index('evaluation_round_contract_idx').on(t.contractId),
    uniqueIndex('evaluation_round_once_unique')
      .on(t.contractId, t.kind)
      .where(sql`${t.kind} in ('midterm', 'final')`),
    uniqueIndex('evaluation_round_spot_check_unique')
      .on(t.contractId, t.year)
      .where(sql`${t.kind} = 'spot_check'`),
    check('evaluation_round_kind_check', sql`${t.kind} in ('midterm', 'spot_check', 'final')`),
    check(
      'evaluation_round_status_check',
      sql`${t.status} in ('open', 'locked', 'published', 'final')`,
    ),
    check(
      'evaluation_round_grade_check',
      sql`${t.grade} is null or ${t.grade} in ('excellent', 'good', 'pass', 'fail')`,
    ),
    check(
      'evaluation_round_rectification_check',
      sql`${t.rectificationStatus} is null or ${t.rectificationStatus} in ('required', 'submitted', 'accepted')`,
    ),
    check(
      'evaluation_round_final_check',
      sql`${t.status} <> 'final' or (${t.grade} is not null and ${t.finalisedAt} is not null)`,
    ),
  ],
);

/** An evaluator on a round: nothing of the project opens until the declaration. */
export const evaluationAssignments = pgTable(
  'evaluation_assignment',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    accountId: uuid('account_id').notNull(),
    evaluatorName: text('evaluator_name').notNull(),
    agencyOrganisationId: uuid('agency_organisation_id').references(() => organisations.id),
    agencyName: text('agency_name').notNull(),
    status: varchar('status', { length: 24 }).notNull().default('awaiting_declaration'),
    signals: jsonb('signals').$type<ConflictSignal[]>().notNull().default([]),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    declarationNote: text('declaration_note').notNull().default(''),
    /** The organiser's waiver or withdrawal, with its reason. */
    resolution: text('resolution').notNull().default(''),
    resolvedByName: text('resolved_by_name'),
    assignedByName: text('assigned_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_assignment_unique').on(t.roundId, t.accountId),
    index('evaluation_assignment_account_idx').on(t.accountId, t.status),
    index('evaluation_assignment_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check(
      'evaluation_assignment_status_check',
      sql`${t.status} in ('awaiting_declaration', 'cleared', 'conflict', 'waived', 'withdrawn')`,
    ),
  ],
);

/**
 * 评分表: an evaluator's (through their assignment) or an office party's (one per round and
 * party: 购买方, 业务主管部门, the community's survey) marks on the items that party scores.
 */
export const evaluationSheets = pgTable(
  'evaluation_sheet',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    party: varchar('party', { length: 24 }).notNull(),
    assignmentId: uuid('assignment_id').references(() => evaluationAssignments.id),
    scorerName: text('scorer_name').notNull(),
    marks: jsonb('marks').$type<ItemMarkRecord[]>().notNull().default([]),
    status: varchar('status', { length: 12 }).notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluation_sheet_round_idx').on(t.roundId),
    index('evaluation_sheet_region_idx').on(t.regionCode.op('text_pattern_ops')),
    uniqueIndex('evaluation_sheet_assignment_unique')
      .on(t.assignmentId)
      .where(sql`${t.assignmentId} is not null`),
    uniqueIndex('evaluation_sheet_office_unique')
      .on(t.roundId, t.party)
      .where(sql`${t.assignmentId} is null`),
    check('evaluation_sheet_status_check', sql`${t.status} in ('draft', 'submitted')`),
    check(
      'evaluation_sheet_party_check',
      sql`(${t.party} = 'third_party') = (${t.assignmentId} is not null)`,
    ),
  ],
);

/** 重新评分: each change of a mark after the lock, with its reason; never changed. */
export const evaluationRescores = pgTable(
  'evaluation_rescore',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => evaluationSheets.id),
    itemKey: varchar('item_key', { length: 40 }).notNull(),
    fromScore: real('from_score'),
    toScore: real('to_score'),
    reason: text('reason').notNull(),
    objectionId: uuid('objection_id'),
    byAccount: uuid('by_account').notNull(),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluation_rescore_round_idx').on(t.roundId, t.at),
    index('evaluation_rescore_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** 异议: the provider contests an item of a published result; the organiser decides. */
export const evaluationObjections = pgTable(
  'evaluation_objection',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    providerRegionCode: varchar('provider_region_code', { length: 12 }).notNull(),
    itemKey: varchar('item_key', { length: 40 }).notNull(),
    itemName: text('item_name').notNull(),
    reason: text('reason').notNull(),
    raisedBy: uuid('raised_by').notNull(),
    raisedByName: text('raised_by_name').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    status: varchar('status', { length: 12 }).notNull().default('open'),
    decisionReason: text('decision_reason').notNull().default(''),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('evaluation_objection_round_idx').on(t.roundId),
    index('evaluation_objection_region_idx').on(t.regionCode.op('text_pattern_ops')),
    uniqueIndex('evaluation_objection_item_unique').on(t.roundId, t.itemKey),
    check('evaluation_objection_status_check', sql`${t.status} in ('open', 'upheld', 'rejected')`),
  ],
);

/** 抽查抽签: a region's draw of a year, its seed and what it drew; never changed. */
export const evaluationDraws = pgTable(
  'evaluation_draw',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: smallint('year').notNull(),
    sharePercent: smallint('share_percent').notNull(),
    seed: varchar('seed', { length: 64 }).notNull(),
    population: integer('population').notNull(),
    strata: jsonb('strata')
      .$type<{ stratum: string; population: number; drawn: number }[]>()
      .notNull(),
    chosenContractIds: uuid('chosen_contract_ids').array().notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    drawnByName: text('drawn_by_name').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('evaluation_draw_region_year_unique').on(t.regionCode, t.year),
    index('evaluation_draw_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/**
 * 评分依据文件: a document an evaluator attached to an item of their sheet (a scan, a photo, a
 * spreadsheet), kept in the database like a consent form; read only through an audited download.
 */
export const evaluationEvidenceFiles = pgTable(
  'evaluation_evidence_file',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sheetId: uuid('sheet_id')
      .notNull()
      .references(() => evaluationSheets.id),
    itemKey: varchar('item_key', { length: 40 }).notNull(),
    name: text('name').notNull(),
    type: varchar('type', { length: 100 }).notNull(),
    size: integer('size').notNull(),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evaluation_evidence_file_sheet_idx').on(t.sheetId, t.uploadedAt),
    index('evaluation_evidence_file_round_idx').on(t.roundId),
    index('evaluation_evidence_file_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);
