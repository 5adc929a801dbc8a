import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import type { IndicatorItem } from '@shegong/domain';

/**
 * 评估指标模板: one per region and project type ('' = 通用, every type). Readable from below (a
 * county reads its city's and province's), kept by the region's city or province office.
 */
export const indicatorTemplates = pgTable(
  'indicator_template',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    projectType: varchar('project_type', { length: 32 }).notNull().default(''),
    name: text('name').notNull(),
    /** The template above this one that it extends (a city's on the province's). */
    extendsTemplateId: uuid('extends_template_id'),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('indicator_template_region_idx').on(t.regionCode.op('text_pattern_ops')),
    uniqueIndex('indicator_template_region_type_unique').on(t.regionCode, t.projectType),
  ],
);

/**
 * A version of a template: a draft is edited; published, it is frozen (a trigger of migration
 * 0038 refuses any change of it) and a change is the next version.
 */
export const indicatorVersions = pgTable(
  'indicator_version',
  {
    id: uuid('id').primaryKey(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => indicatorTemplates.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    number: integer('number').notNull(),
    state: varchar('state', { length: 16 }).notNull().default('draft'),
    items: jsonb('items').$type<IndicatorItem[]>().notNull().default([]),
    /** The published version of the parent template whose items this one carries unchanged. */
    extendsVersionId: uuid('extends_version_id'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    publishedByName: text('published_by_name'),
    /**
     * First used by an evaluation or a contract (`freeze`). Set through a function of migration
     * 0038, so that a county's contract marks its province's version without writing the row.
     */
    usedAt: timestamp('used_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('indicator_version_region_idx').on(t.regionCode.op('text_pattern_ops')),
    uniqueIndex('indicator_version_number_unique').on(t.templateId, t.number),
    uniqueIndex('indicator_version_one_draft')
      .on(t.templateId)
      .where(sql`${t.state} = 'draft'`),
    check('indicator_version_state_check', sql`${t.state} in ('draft', 'published')`),
  ],
);
