import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Administrative divisions (行政区划) in short statistical codes: 52 / 5201 / 520102 / 520102001 /
 * 520102001001. The level follows from the code's length, so it is not stored.
 */
export const divisions = pgTable(
  'division',
  {
    code: varchar('code', { length: 12 }).primaryKey(),
    name: text('name').notNull(),
    /** Null for provinces. Kept although derivable, so that "children of" is one index lookup. */
    parentCode: varchar('parent_code', { length: 12 }),
    /** 城乡分类代码 (111…220) where the source publishes it; villages only. */
    urbanRuralClass: varchar('urban_rural_class', { length: 3 }),
  },
  (t) => [
    index('division_parent_idx').on(t.parentCode, t.code),
    index('division_name_prefix_idx').on(t.name.op('text_pattern_ops')),
    index('division_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/** Which bundled reference data set is loaded, so start-up loads it once. */
export const referenceDataLoads = pgTable('reference_data_load', {
  dataset: text('dataset').primaryKey(),
  version: text('version').notNull(),
  rows: integer('rows').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
