import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * The days that differ from the weekend rule (工作日历): holidays (放假) and make-up working days
 * (调休上班, a Saturday or Sunday that is worked). National, so not region-owned; seeded with the
 * State Council's arrangements (migration 0024) and kept by an administrator.
 */
export const calendarDays = pgTable(
  'calendar_day',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: varchar('kind', { length: 8 }).notNull(),
    /** 春节, 国庆节调休 … */
    name: text('name').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('calendar_day_kind_check', sql`${t.kind} in ('holiday', 'workday')`)],
);

/** An administrator's amount for a policy declared in code; none: the declared default. */
export const deadlinePolicySettings = pgTable('deadline_policy_setting', {
  policyCode: varchar('policy_code', { length: 64 }).primaryKey(),
  amount: integer('amount').notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * One deadline on one record (a referral's "answer" and its "report back" are two), given its due
 * time when it starts. `state` is as last written: a running deadline past `due_at` reads as
 * missed without anything writing it (see deadlines.service.ts).
 */
export const deadlines = pgTable(
  'deadline',
  {
    id: uuid('id').primaryKey(),
    /** The region of the record it belongs to. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /**
     * The other party's region, for a record two regions work on (a referral to an organisation in
     * another county): that region reads and settles the deadline too (row-level security, 0024).
     */
    counterpartRegionCode: varchar('counterpart_region_code', { length: 12 }),
    subjectType: varchar('subject_type', { length: 40 }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    policyCode: varchar('policy_code', { length: 64 }).notNull(),
    /** The time allowed when it started: a later change of the policy leaves it as it was. */
    amount: integer('amount').notNull(),
    unit: varchar('unit', { length: 16 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /** Time the clock was held by pauses that ended, counted the way the unit counts (ms). */
    pausedMs: bigint('paused_ms', { mode: 'number' }).notNull().default(0),
    state: varchar('state', { length: 12 }).notNull().default('running'),
    settledAt: timestamp('settled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('deadline_region_idx').on(t.regionCode.op('text_pattern_ops'), t.id),
    index('deadline_counterpart_region_idx')
      .on(t.counterpartRegionCode.op('text_pattern_ops'), t.id)
      .where(sql`${t.counterpartRegionCode} is not null`),
    index('deadline_subject_idx').on(t.subjectType, t.subjectId),
    // The boards: open deadlines of a region by due time.
    index('deadline_open_due_idx')
      .on(t.regionCode.op('text_pattern_ops'), t.dueAt)
      .where(sql`${t.state} in ('running', 'paused')`),
    index('deadline_counterpart_open_due_idx')
      .on(t.counterpartRegionCode.op('text_pattern_ops'), t.dueAt)
      .where(sql`${t.state} in ('running', 'paused') and ${t.counterpartRegionCode} is not null`),
    // One open deadline of a policy per record; settled ones stay beside it as its history.
    uniqueIndex('deadline_open_unique')
      .on(t.subjectType, t.subjectId, t.policyCode)
      .where(sql`${t.state} in ('running', 'paused')`),
    check(
      'deadline_state_check',
      sql`${t.state} in ('running', 'paused', 'met', 'missed', 'cancelled')`,
    ),
    check(
      'deadline_unit_check',
      sql`${t.unit} in ('working_days', 'working_hours', 'calendar_days', 'calendar_hours')`,
    ),
    check('deadline_paused_check', sql`(${t.state} = 'paused') = (${t.pausedAt} is not null)`),
  ],
);
