import { sql } from 'drizzle-orm';
import {
  bigint,
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
import type { ReportOutput, ReportSpending } from '@shegong/domain';
import { organisations } from '../organisations/organisations.table';
import { projects } from '../projects/projects.table';

/**
 * 购买服务合同: one per awarded project, region-owned by the project's division and read by its
 * provider from the provider's division (`provider_region_code`). The columns hold the terms in
 * force; each signed or amended version is kept whole in `contract_version`.
 */
export const contracts = pgTable(
  'contract',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    projectCode: varchar('project_code', { length: 40 }).notNull(),
    projectTitle: text('project_title').notNull(),
    /** The project's year (年度), for the funds' figures by year. */
    projectYear: smallint('project_year').notNull(),
    providerOrganisationId: uuid('provider_organisation_id')
      .notNull()
      .references(() => organisations.id),
    providerName: text('provider_name').notNull(),
    providerRegionCode: varchar('provider_region_code', { length: 12 }).notNull(),
    /** The project's area, where the provider's service records count towards the indicators. */
    areaRegionCodes: text('area_region_codes').array().notNull(),
    areaStationIds: uuid('area_station_ids').array().notNull(),
    code: varchar('code', { length: 40 }).notNull(),
    status: varchar('status', { length: 12 }).notNull().default('draft'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /**
     * 中标价: the winning bid's price, taken from the tender's award when the draft is written;
     * the amount never exceeds it, an amendment by at most a tenth of it. Null only for a contract older than the column that had no
     * awarded tender to take it from.
     */
    awardPriceFen: bigint('award_price_fen', { mode: 'number' }),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    workHoursPerYear: smallint('work_hours_per_year').notNull(),
    staffingWorkers: smallint('staffing_workers').notNull(),
    staffingCertified: smallint('staffing_certified').notNull(),
    reportCadence: varchar('report_cadence', { length: 8 }).notNull(),
    /** The number of the version in force; 0 while a draft. */
    currentVersion: smallint('current_version').notNull().default(0),
    signedOn: date('signed_on', { mode: 'string' }),
    signedBy: uuid('signed_by'),
    signedByName: text('signed_by_name'),
    draftedBy: uuid('drafted_by').notNull(),
    draftedByName: text('drafted_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contract_project_unique').on(t.projectId),
    index('contract_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
    index('contract_provider_idx').on(t.providerOrganisationId, t.termStart),
    index('contract_provider_region_idx').on(t.providerRegionCode.op('text_pattern_ops')),
    check(
      'contract_status_check',
      sql`${t.status} in ('draft', 'signed', 'in_service', 'completed')`,
    ),
    check('contract_amount_check', sql`${t.amountFen} >= 0`),
    check(
      'contract_award_price_check',
      // An amendment (补充合同) may add up to 10% of the award price (政府采购法 §49).
      sql`${t.awardPriceFen} is null or ${t.amountFen} * 10 <= ${t.awardPriceFen} * 11`,
    ),
    check('contract_term_check', sql`${t.termEnd} >= ${t.termStart}`),
    check('contract_cadence_check', sql`${t.reportCadence} in ('month', 'quarter')`),
    check(
      'contract_signed_check',
      sql`(${t.status} = 'draft') = (${t.signedOn} is null) and (${t.status} = 'draft') = (${t.currentVersion} = 0)`,
    ),
  ],
);

/** 服务指标 in force. */
export const contractIndicators = pgTable(
  'contract_indicator',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    position: smallint('position').notNull(),
    measure: varchar('measure', { length: 20 }).notNull(),
    name: text('name').notNull(),
    level: real('level').notNull(),
    unit: varchar('unit', { length: 10 }).notNull(),
    period: varchar('period', { length: 8 }).notNull(),
  },
  (t) => [
    index('contract_indicator_contract_idx').on(t.contractId, t.position),
    index('contract_indicator_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('contract_indicator_level_check', sql`${t.level} > 0`),
  ],
);

/** 项目人员 in force: the provider's named workers, with their full-time posts' term. */
export const contractWorkers = pgTable(
  'contract_worker',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id').notNull(),
    /** The name the registry had when the worker was named. */
    name: text('name').notNull(),
    certificateLevel: varchar('certificate_level', { length: 32 }),
    post: text('post').notNull(),
    fullTime: smallint('full_time').notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('contract_worker_unique').on(t.contractId, t.workerId),
    index('contract_worker_worker_idx').on(t.workerId, t.termStart),
    index('contract_worker_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** 付款节点 and their payment. */
export const contractTranches = pgTable(
  'contract_tranche',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    position: smallint('position').notNull(),
    kind: varchar('kind', { length: 10 }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    gate: varchar('gate', { length: 12 }).notNull(),
    gatePeriodKey: varchar('gate_period_key', { length: 10 }),
    gateRound: varchar('gate_round', { length: 10 }),
    /** The evaluation result a gate waits for, recorded by the evaluation module. */
    evaluationGrade: varchar('evaluation_grade', { length: 20 }),
    status: varchar('status', { length: 10 }).notNull().default('scheduled'),
    requestedBy: uuid('requested_by'),
    requestedByName: text('requested_by_name'),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    paidBy: uuid('paid_by'),
    paidByName: text('paid_by_name'),
    paidOn: date('paid_on', { mode: 'string' }),
    voucher: text('voucher'),
    note: text('note').notNull().default(''),
    cancelledReason: text('cancelled_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('contract_tranche_contract_idx').on(t.contractId, t.position),
    index('contract_tranche_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
    check('contract_tranche_amount_check', sql`${t.amountFen} >= 0`),
    check(
      'contract_tranche_kind_check',
      sql`${t.kind} in ('advance', 'interim', 'final', 'change')`,
    ),
    check(
      'contract_tranche_status_check',
      sql`${t.status} in ('scheduled', 'requested', 'approved', 'paid', 'cancelled')`,
    ),
    check(
      'contract_tranche_gate_check',
      sql`(${t.gate} = 'none' and ${t.gatePeriodKey} is null and ${t.gateRound} is null)
        or (${t.gate} = 'report' and ${t.gatePeriodKey} is not null and ${t.gateRound} is null)
        or (${t.gate} = 'evaluation' and ${t.gateRound} in ('midterm', 'final') and ${t.gatePeriodKey} is null)`,
    ),
    // Four eyes: the approver is never the officer who asked for the money.
    check(
      'contract_tranche_four_eyes_check',
      sql`${t.approvedBy} is null or ${t.approvedBy} <> ${t.requestedBy}`,
    ),
    check(
      'contract_tranche_paid_check',
      sql`${t.status} <> 'paid' or (${t.paidOn} is not null and ${t.approvedBy} is not null)`,
    ),
  ],
);

/** 合同版本: each signed or amended version whole, as it was agreed; never changed. */
export const contractVersions = pgTable(
  'contract_version',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    number: smallint('number').notNull(),
    reason: text('reason'),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    /** The terms of the version: indicators, workers, tranches as planned, standards. */
    terms: jsonb('terms').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('contract_version_unique').on(t.contractId, t.number),
    index('contract_version_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** 阶段报告 of the provider for one period of the contract's cadence. */
export const contractReports = pgTable(
  'contract_report',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    providerRegionCode: varchar('provider_region_code', { length: 12 }).notNull(),
    periodKey: varchar('period_key', { length: 10 }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 10 }).notNull().default('submitted'),
    /** Each indicator as it stood when reported (an amendment later may change or drop it). */
    outputs: jsonb('outputs').$type<ReportOutput[]>().notNull(),
    spending: jsonb('spending').$type<ReportSpending>().notNull(),
    totalSpentFen: bigint('total_spent_fen', { mode: 'number' }).notNull(),
    personnelShareBp: integer('personnel_share_bp'),
    personnelShareRuleBp: integer('personnel_share_rule_bp').notNull(),
    narrative: text('narrative').notNull().default(''),
    submittedBy: uuid('submitted_by').notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by'),
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('contract_report_period_unique').on(t.contractId, t.periodKey),
    index('contract_report_region_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
    index('contract_report_provider_region_idx').on(t.providerRegionCode.op('text_pattern_ops')),
    check(
      'contract_report_status_check',
      sql`${t.status} in ('submitted', 'accepted', 'returned')`,
    ),
    check('contract_report_spent_check', sql`${t.totalSpentFen} >= 0`),
  ],
);

/** 人员经费占比 a region asks of its contracts (basis points), read from below like the norms. */
export const contractPersonnelRules = pgTable(
  'contract_personnel_rule',
  {
    regionCode: varchar('region_code', { length: 12 }).primaryKey(),
    minShareBp: integer('min_share_bp').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contract_personnel_rule_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('contract_personnel_rule_bp_check', sql`${t.minShareBp} between 0 and 10000`),
  ],
);
