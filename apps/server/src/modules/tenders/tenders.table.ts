import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { BidTeamMember, TenderCriterion, TenderRulesInput } from '@shegong/domain';
import { organisations } from '../organisations/organisations.table';
import { projects } from '../projects/projects.table';

/**
 * 招标: a set-up project's tender — its rules, dates and scoring criteria — region-owned by the
 * project's division. What the announcement says of the project (code, title, budget, fields,
 * term) is kept with it: the plan is fixed after set-up, and bidders from any region read the
 * announcement without reading the project.
 */
export const tenders = pgTable(
  'tender',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    projectCode: varchar('project_code', { length: 40 }).notNull(),
    projectTitle: text('project_title').notNull(),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    serviceFields: text('service_fields').array().notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    status: varchar('status', { length: 10 }).notNull().default('open'),
    notice: text('notice').notNull().default(''),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    /** Bids are taken until the end of this day, China time; eligibility is judged on it. */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    rules: jsonb('rules').$type<TenderRulesInput>().notNull(),
    criteria: jsonb('criteria').$type<TenderCriterion[]>().notNull(),
    publishedBy: uuid('published_by').notNull(),
    publishedByName: text('published_by_name').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    awardedBidId: uuid('awarded_bid_id'),
    awardReason: text('award_reason'),
    awardedBy: uuid('awarded_by'),
    awardedByName: text('awarded_by_name'),
    awardedAt: timestamp('awarded_at', { withTimezone: true }),
    failedReason: text('failed_reason'),
    /** 结果公示: the award or the 流标 made public; bidders see their own scores from then on. */
    resultPublishedAt: timestamp('result_published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tender_project_idx').on(t.projectId),
    index('tender_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('tender_open_idx')
      .on(t.deadline)
      .where(sql`${t.status} = 'open'`),
    // One open tender per project at a time.
    uniqueIndex('tender_open_per_project')
      .on(t.projectId)
      .where(sql`${t.status} = 'open'`),
    check('tender_status_check', sql`${t.status} in ('open', 'awarded', 'failed')`),
    check('tender_dates_check', sql`${t.deadline} >= ${t.opensOn}`),
    check('tender_awarded_check', sql`(${t.status} = 'awarded') = (${t.awardedBidId} is not null)`),
    check('tender_failed_check', sql`${t.status} <> 'failed' or ${t.failedReason} is not null`),
  ],
);

/**
 * 投标: one bid per organisation and tender. Region-owned by the tender's division; the bidder's
 * administrator reads its own from its own scope (`bidder_region_code`), and the service narrows
 * that to its own organisation.
 */
export const tenderBids = pgTable(
  'tender_bid',
  {
    id: uuid('id').primaryKey(),
    tenderId: uuid('tender_id')
      .notNull()
      .references(() => tenders.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** Its name as the registry had it when it bid. */
    organisationName: text('organisation_name').notNull(),
    /** The scope of the administrator who bid: where the bidder reads its bid from. */
    bidderRegionCode: varchar('bidder_region_code', { length: 12 }).notNull(),
    priceFen: bigint('price_fen', { mode: 'number' }).notNull(),
    /** The named workers and the highest certificate each held when the bid was made. */
    team: jsonb('team').$type<BidTeamMember[]>().notNull(),
    plan: text('plan').notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedByName: text('submitted_by_name').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** 已撤回 before the deadline: kept in the record, never scored, ranked or awarded. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawalReason: text('withdrawal_reason'),
  },
  (t) => [
    // One standing bid per organisation and tender; a withdrawn one leaves room for another.
    uniqueIndex('tender_bid_organisation_unique')
      .on(t.tenderId, t.organisationId)
      .where(sql`${t.withdrawnAt} is null`),
    check(
      'tender_bid_withdrawn_check',
      sql`(${t.withdrawnAt} is null) = (${t.withdrawalReason} is null)`,
    ),
    index('tender_bid_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('tender_bid_bidder_idx').on(t.organisationId, t.submittedAt),
    check('tender_bid_price_check', sql`${t.priceFen} >= 0`),
  ],
);

/** 评审小组: the panel of a tender. */
export const tenderPanelMembers = pgTable(
  'tender_panel_member',
  {
    id: uuid('id').primaryKey(),
    tenderId: uuid('tender_id')
      .notNull()
      .references(() => tenders.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    position: smallint('position').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default(''),
  },
  (t) => [
    index('tender_panel_member_tender_idx').on(t.tenderId, t.position),
    index('tender_panel_member_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** 评分: one panel member's points for one bid on one criterion (at most the criterion's weight). */
export const tenderScores = pgTable(
  'tender_score',
  {
    id: uuid('id').primaryKey(),
    tenderId: uuid('tender_id')
      .notNull()
      .references(() => tenders.id),
    bidId: uuid('bid_id')
      .notNull()
      .references(() => tenderBids.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => tenderPanelMembers.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    criterion: varchar('criterion', { length: 30 }).notNull(),
    points: smallint('points').notNull(),
  },
  (t) => [
    uniqueIndex('tender_score_unique').on(t.bidId, t.memberId, t.criterion),
    index('tender_score_tender_idx').on(t.tenderId),
    index('tender_score_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('tender_score_points_check', sql`${t.points} >= 0`),
  ],
);
