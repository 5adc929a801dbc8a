import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/** User accounts. Region-owned: an administrator sees only accounts inside their own scope. */
export const accounts = pgTable(
  'account',
  {
    id: uuid('id').primaryKey(),
    /** Login name, stored lower-case. */
    username: varchar('username', { length: 64 }).notNull().unique(),
    realName: text('real_name').notNull(),
    phone: varchar('phone', { length: 11 }),
    /** The account's region scope; '' is the whole country. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** For 机构管理员: the organisation whose data the account manages. */
    organisationId: uuid('organisation_id'),
    /**
     * For 评估人员 and 社工: the talent-registry worker the account is (its careers show where the
     * person worked). No foreign key: the platform names no module's table.
     */
    workerId: uuid('worker_id'),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /**
     * The administrator who set the current password (a reset or the initial one), when, and the
     * audit event of it; null once the holder has chosen their own. The holder is told at sign-in,
     * and the events of the sign-in and change made with it name that event.
     */
    passwordSetBy: uuid('password_set_by'),
    passwordSetAt: timestamp('password_set_at', { withTimezone: true }),
    passwordSetEventId: uuid('password_set_event_id'),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('account_region_idx').on(t.regionCode.op('text_pattern_ops'), t.username),
    // One worker has at most one account of each of the roles that name one.
    uniqueIndex('account_evaluator_worker_idx')
      .on(t.workerId)
      .where(sql`'evaluator' = any(${t.roles})`),
    uniqueIndex('account_social_worker_worker_idx')
      .on(t.workerId)
      .where(sql`'social_worker' = any(${t.roles})`),
    check('account_status_check', sql`${t.status} in ('active', 'disabled')`),
  ],
);

/**
 * Failed logins by login name, whether or not such an account exists, so that lockout answers
 * the same for unknown names and wrong passwords.
 */
export const loginFailures = pgTable('login_failure', {
  username: varchar('username', { length: 64 }).primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});
