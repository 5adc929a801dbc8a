import type { PgColumn } from 'drizzle-orm/pg-core';

/** Values as PostgreSQL's COPY text format wants them: tab-separated, `\N` for null. */
const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function escapeCopyText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => escapes[c]!);
}

function arrayLiteral(items: readonly unknown[]): string {
  const quoted = items.map((item) =>
    item === null ? 'NULL' : `"${String(item).replace(/["\\]/g, (c) => `\\${c}`)}"`,
  );
  return `{${quoted.join(',')}}`;
}

/** One field in COPY text format, by the column's SQL type. */
export function copyField(column: PgColumn, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const type = column.getSQLType();
  let text: string;
  if (type.endsWith('[]')) text = arrayLiteral(value as unknown[]);
  else if (type === 'jsonb' || type === 'json') text = JSON.stringify(value);
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'boolean') text = value ? 't' : 'f';
  else text = String(value);
  return escapeCopyText(text);
}

/** One field as JSON for `json_populate_recordset` (the INSERT path). */
export function jsonField(value: unknown): unknown {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}
