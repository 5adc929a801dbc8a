import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { stations } from '../stations/stations.table';

/**
 * Social work talent (社会工作人才). The ID number is unique nationwide; birth date and sex are
 * derived from it when the record is written. ID number and phone are sensitive: masked on the
 * way out, shown whole only through the audited reveal action.
 */
export const workers = pgTable(
  'worker',
  {
    id: uuid('id').primaryKey(),
    idNumber: varchar('id_number', { length: 18 }).notNull().unique(),
    name: text('name').notNull(),
    sex: varchar('sex', { length: 6 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: varchar('phone', { length: 11 }),
    educationLevel: varchar('education_level', { length: 16 }).notNull(),
    major: text('major'),
    socialWorkMajor: boolean('social_work_major').notNull().default(false),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    expertTags: text('expert_tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('worker_region_name_idx').on(t.regionCode.op('text_pattern_ops'), t.name, t.id),
    index('worker_name_prefix_idx').on(t.name.op('text_pattern_ops')),
    // Phones are looked up, never their absence; sheets often have none.
    index('worker_phone_idx')
      .on(t.phone)
      .where(sql`${t.phone} is not null`),
    check('worker_sex_check', sql`${t.sex} in ('male', 'female')`),
  ],
);

/** Jobs in social work (从业经历); years in service and turnover follow from them. */
export const employments = pgTable(
  'employment',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    /** The worker's region, for scope. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    employerKind: varchar('employer_kind', { length: 24 }).notNull(),
    organisationId: uuid('organisation_id'),
    stationId: uuid('station_id').references(() => stations.id),
    employerName: text('employer_name').notNull(),
    /** Where the employer is, for statistics by employer region. */
    employerRegionCode: varchar('employer_region_code', { length: 12 }).notNull(),
    postType: varchar('post_type', { length: 24 }).notNull(),
    fullTime: boolean('full_time').notNull().default(true),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    leavingReason: text('leaving_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employment_worker_idx').on(t.workerId, t.startedOn),
    index('employment_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('employment_organisation_idx').on(t.organisationId, t.endedOn),
    index('employment_employer_region_idx').on(
      t.employerRegionCode.op('text_pattern_ops'),
      t.startedOn,
    ),
  ],
);

/** Supervision pairs (督导) and the hours given. */
export const supervisions = pgTable(
  'supervision',
  {
    id: uuid('id').primaryKey(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => workers.id),
    superviseeId: uuid('supervisee_id')
      .notNull()
      .references(() => workers.id),
    /** The supervisee's region. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    hours: numeric('hours', { precision: 7, scale: 1, mode: 'number' }).notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_supervisor_idx').on(t.supervisorId),
    index('supervision_supervisee_idx').on(t.superviseeId),
    index('supervision_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);
