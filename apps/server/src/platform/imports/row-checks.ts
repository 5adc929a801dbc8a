import { isAnyOf } from '../../db/any-of';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { regionContains, type LocalizedText } from '@shegong/domain';
import type { Database } from '../../db/connection';
import type { Actor } from '../access/actor';
import { isMaskOf } from '../audit/sensitive-fields';
import { withSystemScope } from '../access/region-scope';
import type { RowProblem } from './import-kind';

/** Problems found by an import kind's checks, by sheet row. */
export class RowProblems {
  readonly byRow = new Map<number, RowProblem[]>();

  add(row: number, column: string, message: LocalizedText) {
    this.byRow.set(row, [...(this.byRow.get(row) ?? []), { column, message }]);
  }
}

/** A row's region must be a known division inside the uploader's scope. */
export function regionProblem(
  actor: Actor,
  regionCode: string,
  known: ReadonlyMap<string, unknown>,
): LocalizedText | null {
  if (!regionContains(actor.regionCode, regionCode))
    return { 'zh-CN': '不在您的管辖范围内', 'en-US': 'Outside your scope' };
  if (!known.has(regionCode)) return { 'zh-CN': '行政区划不存在', 'en-US': 'No such division' };
  return null;
}

/**
 * Records the row as the first with `key`, or reports it as a repeat of an earlier row (of this
 * batch or an earlier one). Returns whether it is the first.
 */
export function firstWithKey(
  firstRowOf: Map<string, number>,
  key: string,
  row: number,
  problems: RowProblems,
  column: string,
): boolean {
  const earlier = firstRowOf.get(key);
  if (earlier === undefined) {
    firstRowOf.set(key, row);
    return true;
  }
  problems.add(row, column, {
    'zh-CN': `与第 ${earlier} 行重复`,
    'en-US': `Repeats row ${earlier}`,
  });
  return false;
}

/**
 * Natural keys already registered outside the uploader's scope, which they may not update. Looked
 * up as the system: only the key and its region are read.
 */
export async function keysRegisteredElsewhere(
  database: Database,
  actor: Actor,
  table: PgTable,
  keyColumn: PgColumn,
  regionColumn: PgColumn,
  keys: string[],
): Promise<string[]> {
  const elsewhere: string[] = [];
  for (let start = 0; start < keys.length; start += 5000) {
    const rows = (await withSystemScope(database, (tx) =>
      tx
        .select({ key: keyColumn, regionCode: regionColumn })
        .from(table)
        .where(isAnyOf(keyColumn, keys.slice(start, start + 5000))),
    )) as { key: string; regionCode: string }[];
    elsewhere.push(
      ...rows.filter((r) => !regionContains(actor.regionCode, r.regionCode)).map((r) => r.key),
    );
  }
  return elsewhere;
}

/** The imported fields that differ from the stored row; blank cells compare (and store) as null. */
export function changedColumns<Input extends object>(
  stored: object,
  input: Input,
  fields: readonly (keyof Input & string)[],
): Partial<Record<string, unknown>> {
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const value = input[field] ?? null;
    const before = (stored as Record<string, unknown>)[field];
    // A re-imported export holds masked fields as they were shown: no change.
    if (isMaskOf(field, before, value)) continue;
    if (JSON.stringify(before) !== JSON.stringify(value)) changes[field] = value;
  }
  return changes;
}
