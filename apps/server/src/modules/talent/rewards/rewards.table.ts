import {
  bigint,
  date,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { workers } from '../registry/workers.table';

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
