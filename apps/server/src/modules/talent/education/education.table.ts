import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { workers } from '../registry/workers.table';

/** Courses of continuing education (继续教育). */
export const courses = pgTable(
  'course',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organiser: text('organiser').notNull(),
    title: text('title').notNull(),
    type: varchar('type', { length: 24 }).notNull(),
    hours: numeric('hours', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    capacity: integer('capacity'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('course_region_idx').on(t.regionCode.op('text_pattern_ops'), t.startsOn)],
);

export const enrolments = pgTable(
  'enrolment',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    /** The worker's region. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    status: varchar('status', { length: 12 }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('enrolment_course_worker_unique').on(t.courseId, t.workerId),
    index('enrolment_worker_idx').on(t.workerId),
  ],
);

/** The hours ledger: one entry per credit earned, from a course or another source. */
export const creditEntries = pgTable(
  'credit_entry',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    source: varchar('source', { length: 16 }).notNull(),
    hours: numeric('hours', { precision: 6, scale: 1, mode: 'number' }).notNull(),
    earnedOn: date('earned_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    enrolmentId: uuid('enrolment_id').unique(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('credit_entry_worker_idx').on(t.workerId, t.earnedOn)],
);

/** A province's rule of which continuing-education sources count, and caps per cycle. */
export const creditRules = pgTable('credit_rule', {
  regionCode: varchar('region_code', { length: 12 }).primaryKey(),
  countedSources: text('counted_sources').array().notNull(),
  capsPerCycle: jsonb('caps_per_cycle').$type<Record<string, number>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
