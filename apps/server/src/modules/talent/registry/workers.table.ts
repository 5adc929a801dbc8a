import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

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
