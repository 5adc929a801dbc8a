import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { projects } from '../projects/projects.table';

/**
 * 资金来源: money of one kind (本级财政预算, 福彩公益金, 社会救助资金…) for one division and
 * year, in fen. Region-owned by that division: its officers and those above record and read it.
 */
export const fundSources = pgTable(
  'fund_source',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: smallint('year').notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    name: text('name').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** 社会救助资金: the division's social-assistance funds of the year the share is taken from. */
    baseFen: bigint('base_fen', { mode: 'number' }),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('fund_source_region_year_idx').on(t.regionCode.op('text_pattern_ops'), t.year),
    index('fund_source_year_idx').on(t.year, t.regionCode.op('text_pattern_ops')),
    uniqueIndex('fund_source_name_unique').on(t.regionCode, t.year, t.name),
    check('fund_source_amount_check', sql`${t.amountFen} >= 0`),
    check('fund_source_base_check', sql`${t.baseFen} is null or ${t.baseFen} >= 0`),
    check(
      'fund_source_kind_check',
      sql`${t.kind} in ('public_budget', 'lottery_welfare_fund', 'social_assistance_fund', 'central_three_regions', 'community_foundation', 'other')`,
    ),
    check(
      'fund_source_assistance_base_check',
      sql`${t.kind} <> 'social_assistance_fund' or (${t.baseFen} is not null and ${t.amountFen} <= ${t.baseFen})`,
    ),
  ],
);

/**
 * 资金安排: part of a source given to a project. Region-owned by the project's division (inside
 * the source's): whoever holds the source sees every allocation of it, and the project's county
 * sees its funding lines. The sum of a source's allocations never exceeds the source: a trigger
 * (migration 0034) refuses it, under a lock on the source row.
 */
export const fundAllocations = pgTable(
  'fund_allocation',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => fundSources.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fund_allocation_source_project_unique').on(t.sourceId, t.projectId),
    index('fund_allocation_project_idx').on(t.projectId),
    index('fund_allocation_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('fund_allocation_amount_check', sql`${t.amountFen} >= 0`),
  ],
);

/**
 * The cap of the social-assistance share for social work (贵州：不超过 2%), per region; the
 * nearest enclosing region's rule applies. Read from below, like the staffing norms.
 */
export const fundShareRules = pgTable(
  'fund_share_rule',
  {
    regionCode: varchar('region_code', { length: 12 }).primaryKey(),
    maxShareBp: integer('max_share_bp').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('fund_share_rule_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('fund_share_rule_bp_check', sql`${t.maxShareBp} between 0 and 10000`),
  ],
);
