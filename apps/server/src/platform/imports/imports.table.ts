import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * An uploaded sheet: validated row by row on upload, committed (all valid rows in one
 * transaction, or none) when the user accepts the report.
 */
export const importJobs = pgTable(
  'import_job',
  {
    id: uuid('id').primaryKey(),
    kind: varchar('kind', { length: 32 }).notNull(),
    /** The uploader's scope: who else may see and commit the job. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    createdBy: uuid('created_by').notNull(),
    fileName: text('file_name').notNull(),
    status: varchar('status', { length: 16 }).notNull(),
    totalRows: integer('total_rows').notNull(),
    validRows: integer('valid_rows').notNull(),
    created: integer('created'),
    updated: integer('updated'),
    unchanged: integer('unchanged'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('import_job_region_idx').on(t.regionCode.op('text_pattern_ops'), t.createdAt)],
);

/** One data row of an upload: the parsed input, or why it cannot be imported. */
export const importRows = pgTable(
  'import_row',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id),
    rowNumber: integer('row_number').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    data: jsonb('data'),
    /** [{ column, message: { zh-CN, en-US } }]; null for a valid row. */
    errors:
      jsonb('errors').$type<{ column: string; message: { 'zh-CN': string; 'en-US': string } }[]>(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNumber] })],
);
