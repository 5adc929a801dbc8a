export interface ApiErrorDetail {
  /** Where the problem is: `body.realName`, `query.page`. */
  path: string;
  message: string;
}

/** Codes the UI reacts to; the server may send others, which are shown by their message. */
export type KnownErrorCode =
  | 'UNAUTHENTICATED'
  | 'SESSION_EXPIRED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT'
  | 'CONFLICT'
  | 'PASSWORD_POLICY'
  | 'BAD_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_DISABLED'
  | 'RATE_LIMITED'
  /** The request never got an answer (offline, server down). */
  | 'NETWORK';

/** An error answer of the API: `{ error: { code, message, details } }` with its HTTP status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: KnownErrorCode | (string & {}),
    message: string,
    readonly details: readonly ApiErrorDetail[] = [],
  ) {
    super(message);
  }

  is(...codes: KnownErrorCode[]): boolean {
    return codes.some((code) => code === this.code);
  }
}

export function isApiError(error: unknown, ...codes: KnownErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || error.is(...codes));
}
