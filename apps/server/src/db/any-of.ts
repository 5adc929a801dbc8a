import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column = any($1)`, the values sent as one array parameter. Drizzle's `inArray` sends one
 * parameter per value: for an import's 5,000 keys, binding and planning them cost more than the
 * index lookups themselves.
 */
export function isAnyOf(column: AnyColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(values)})`; // typed as an array of the column's type
}
