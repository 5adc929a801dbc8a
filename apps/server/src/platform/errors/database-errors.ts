import { AppError } from './app-error';

/** PostgreSQL's SQLSTATE for a row that a unique index refused. */
const uniqueViolation = '23505';

/**
 * A unique index refused a row that the service's own check let through: two requests raced to
 * create the same thing. That is a conflict for the user to resolve by reloading, not a 500.
 * Drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
 */
export function conflictFromDatabase(error: unknown): AppError | null {
  if (!isUniqueViolation(error)) return null;
  return new AppError('CONFLICT', {
    message: {
      'zh-CN': '该记录刚被他人创建或修改，请刷新后重试',
      'en-US': 'Someone has just created or changed the same record; reload and try again',
    },
  });
}

/** Whether a unique index (`constraint`, if named) refused a row; the driver's error or Drizzle's. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return [error, cause].some((candidate) => {
    const refusal = (candidate ?? {}) as { code?: unknown; constraint?: unknown };
    return (
      refusal.code === uniqueViolation &&
      (constraint === undefined || refusal.constraint === constraint)
    );
  });
}
