import {
  bigint,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
  date,
} from 'drizzle-orm/pg-core';
import { workers } from './workers.table';

/** A province's rule of which continuing-education sources count, and caps per cycle. */
export const creditRules = pgTable('credit_rule', {
  regionCode: varchar('region_code', { length: 12 }).primaryKey(),
  countedSources: text('counted_sources').array().notNull(),
  capsPerCycle: jsonb('caps_per_cycle').$type<Record<string, number>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-off rewards on certification, per region and level (奖励标准). */
export const rewardRules = pgTable(
  'reward_rule',
  {
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    level: varchar('level', { length: 32 }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.level] })],
);

export const rewardGrants = pgTable(
  'reward_grant',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    level: varchar('level', { length: 32 }).notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    status: varchar('status', { length: 12 }).notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedOn: date('decided_on', { mode: 'string' }),
    paidOn: date('paid_on', { mode: 'string' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('reward_grant_worker_level_unique').on(t.workerId, t.level)],
);

/** A region's talent target for a year (人才规划目标). */
export const talentTargets = pgTable(
  'talent_target',
  {
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    targetWorkers: integer('target_workers').notNull(),
    targetCertified: integer('target_certified').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);
