import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/connection';
import { divisions } from './divisions.table';

export interface DivisionEntry {
  code: string;
  name: string;
  parentCode: string | null;
  urbanRuralClass: string | null;
}

/** Every loaded division in memory (~60,000 rows, a few MB): names, parents and children. */
export interface DivisionIndex {
  byCode: ReadonlyMap<string, DivisionEntry>;
  /** Children by parent code ('' for provinces), in code order. */
  childrenOf: ReadonlyMap<string, readonly DivisionEntry[]>;
}

export async function loadDivisionIndex(db: Executor): Promise<DivisionIndex> {
  const rows = await db
    .select({
      code: divisions.code,
      name: divisions.name,
      parentCode: divisions.parentCode,
      urbanRuralClass: divisions.urbanRuralClass,
    })
    .from(divisions)
    .orderBy(asc(divisions.code));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const childrenOf = new Map<string, DivisionEntry[]>();
  for (const row of rows) {
    const parent = row.parentCode ?? '';
    const list = childrenOf.get(parent);
    if (list) list.push(row);
    else childrenOf.set(parent, [row]);
  }
  return { byCode, childrenOf };
}

/** Walks already made, per index: the index never changes once loaded (a reload is a new one). */
const walked = new WeakMap<DivisionIndex, Map<string, readonly DivisionEntry[]>>();

/**
 * Every division strictly inside `code` whose code has `length` digits, in code order. Kept per
 * index: a province's coverage asks for its 18,000 villages on every request.
 */
export function descendantsIn(
  index: DivisionIndex,
  code: string,
  length: number,
): readonly DivisionEntry[] {
  let known = walked.get(index);
  if (!known) walked.set(index, (known = new Map()));
  const key = `${code}:${length}`;
  const cached = known.get(key);
  if (cached) return cached;
  const found: DivisionEntry[] = [];
  const walk = (parent: string) => {
    for (const child of index.childrenOf.get(parent) ?? []) {
      if (child.code.length === length) found.push(child);
      else if (child.code.length < length) walk(child.code);
    }
  };
  walk(code);
  known.set(key, found);
  return found;
}
