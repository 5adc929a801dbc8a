/** Whether two field values are the same: arrays by their items, null and undefined alike. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => same(item, b[index]));
  }
  return (a ?? null) === (b ?? null);
}

/**
 * The fields of `edited` whose values differ from `original`, for a PATCH that sends only what
 * the user changed (so that it cannot overwrite someone else's change to another field).
 */
export function changedFields<T extends object>(original: T, edited: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (!same(original[key], edited[key])) changes[key] = edited[key];
  }
  return changes;
}

/** Trimmed text, or null when nothing is left (an optional field the user cleared). */
export function textOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
