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

/** A row of an upload that cannot be imported, and why (the report's problems). */
export const importRows = pgTable(
  'import_row',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id),
    rowNumber: integer('row_number').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /**
     * [{ column, message: { zh-CN, en-US }, subject? }]: `subject` is what the row names (its name,
     * its masked ID), the same on each problem of the row — kept here rather than in a column of
     * its own so that older rows and the table's shape stay as they are.
     */
    errors: jsonb('errors')
      .$type<
        {
          column: string;
          message: { 'zh-CN': string; 'en-US': string };
          subject?: { name: string | null; id: string | null } | null;
          /** Set on the warnings of a row that is imported all the same. */
          warning?: boolean;
        }[]
      >()
      .notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.rowNumber] })],
);

/**
 * The valid rows of an upload, a batch of them (up to 1,000, in row order) per row, for the commit
 * alone to read back. JSON text, not jsonb: the database only keeps it, and one row per batch
 * rather than per sheet row made storing an upload several times cheaper.
 */
export const importBatches = pgTable(
  'import_batch',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id),
    /** The sheet row of the batch's first input. */
    firstRow: integer('first_row').notNull(),
    /** The job's: every row of an upload lies in the uploader's scope. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** The inputs as a JSON array. */
    inputs: text('inputs').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.firstRow] })],
);
