import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * `column` starts with `prefix`, written as a byte-wise range (`~>=~`, `~<~`) instead of LIKE.
 *
 * Under row-level security PostgreSQL only lets leakproof operators into index conditions, so that
 * a policy is checked before any user-supplied function sees a row. LIKE is not leakproof: with
 * RLS on, `region_code like '5201%'` scans the whole table. The pattern comparison operators are
 * leakproof and are what a `text_pattern_ops` index serves, so the range keeps the index.
 */
export function startsWith(column: AnyColumn, prefix: string): SQL {
  if (prefix === '') return sql`${column} is not null`;
  const upper = successor(prefix);
  if (upper === null) return sql`${column} like ${escapeLike(prefix) + '%'}`;
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${upper})`;
}

/**
 * The smallest string above every string that starts with `prefix`: the last character moved one
 * code point up (UTF-8 byte order is code point order). Null when it is the highest code point.
 */
function successor(prefix: string): string | null {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  if (last >= 0x10ffff) return null;
  const next = last + 1 === 0xd800 ? 0xe000 : last + 1; // skip the surrogates: not characters
  return chars.join('') + String.fromCodePoint(next);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
