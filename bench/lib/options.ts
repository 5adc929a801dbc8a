/** Command-line values shared by `npm run gen` and `npm run bench`. */
export const scaleNames = ['small', 'province', 'national'] as const;
export type ScaleName = (typeof scaleNames)[number];

export const databaseKinds = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

export const defaultSeed = 20261122;

export class UsageError extends Error {}

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${String(value)})`);
}

export const scaleOf = (value: string | undefined): ScaleName =>
  oneOf(value ?? 'small', scaleNames, '--scale');

export const databaseKindOf = (value: string | undefined): DatabaseKind =>
  oneOf(value ?? 'pglite', databaseKinds, '--db');

export function seedOf(value: string | undefined): number {
  const seed = Number(value ?? defaultSeed);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UsageError('--seed must be an integer');
  return seed;
}

/** Runs a command-line entry point: usage errors print one line, others their stack. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof UsageError) console.error(`bench: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}
