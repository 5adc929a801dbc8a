import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/**
 * The child of a region that holds each row's `regionCode`, as SQL — for counting by the
 * divisions one level down in one pass. Children are usually one level deeper, all of one code
 * length; where a level is skipped (a city's townships with no county between) some are longer,
 * and each row is matched against the children of its length. Null outside every child; the region
 * itself when it has no children.
 */
export function childDivisionSql(
  regionCode: AnyColumn,
  region: string,
  children: readonly { code: string }[],
): SQL<string | null> {
  const lengths = [...new Set(children.map((child) => child.code.length))];
  if (lengths.length === 0) return sql<string>`${region}::text`;
  if (lengths.length === 1) return sql<string>`left(${regionCode}, ${sql.raw(String(lengths[0]))})`;
  const branches = lengths.map((length) => {
    const codes = children.filter((child) => child.code.length === length).map((c) => c.code);
    const prefix = sql`left(${regionCode}, ${sql.raw(String(length))})`;
    return sql`when ${prefix} = any(${sql.param(codes)}::text[]) then ${prefix}`;
  });
  return sql<string | null>`(case ${sql.join(branches, sql` `)} end)`;
}
