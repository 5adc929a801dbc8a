import {
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { workers } from '../registry/workers.table';

/** Scores of the national exam, one row per subject sat; the pass mark is the area's at the time. */
export const examScores = pgTable(
  'exam_score',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    level: varchar('level', { length: 32 }).notNull(),
    subject: varchar('subject', { length: 40 }).notNull(),
    year: integer('year').notNull(),
    score: numeric('score', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    passMark: numeric('pass_mark', { precision: 5, scale: 1, mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('exam_score_sitting_unique').on(t.workerId, t.subject, t.year),
    index('exam_score_region_idx').on(t.regionCode.op('text_pattern_ops'), t.year),
  ],
);

/** Certificates (职业水平证书); the management number is opaque and never parsed. */
export const certificates = pgTable(
  'certificate',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    level: varchar('level', { length: 32 }).notNull(),
    certifiedOn: date('certified_on', { mode: 'string' }).notNull(),
    managementNumber: text('management_number'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('certificate_worker_level_unique').on(t.workerId, t.level),
    index('certificate_region_level_idx').on(t.regionCode.op('text_pattern_ops'), t.level),
  ],
);

/** Registrations (登记) of a certificate, first or renewal, through two reviews. */
export const registrations = pgTable(
  'registration',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 12 }).notNull(),
    status: varchar('status', { length: 24 }).notNull(),
    appliedOn: date('applied_on', { mode: 'string' }).notNull(),
    /** Hours of the cycle credited when the renewal was applied for. */
    ceHours: numeric('ce_hours', { precision: 6, scale: 1, mode: 'number' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('registration_worker_idx').on(t.workerId, t.appliedOn),
    index('registration_region_status_idx').on(t.regionCode.op('text_pattern_ops'), t.status),
    index('registration_valid_until_idx').on(t.validUntil),
  ],
);

/** Each review step with its reviewer and comment. */
export const registrationReviews = pgTable(
  'registration_review',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    stage: varchar('stage', { length: 8 }).notNull(),
    outcome: varchar('outcome', { length: 8 }).notNull(),
    reviewerId: uuid('reviewer_id').notNull(),
    reviewerName: text('reviewer_name').notNull(),
    comment: text('comment'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('registration_review_registration_idx').on(t.registrationId)],
);
