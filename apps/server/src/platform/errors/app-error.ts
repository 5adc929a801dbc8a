import type { LocalizedText } from '@shegong/domain';
import type { ErrorCode } from './error-messages';

export interface ErrorDetail {
  /** Where the problem is: `body.name`, `query.page`, or `row 12 / 身份证号` for imports. */
  path: string;
  message: string | LocalizedText;
}

const statusOf: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  BAD_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  PASSWORD_POLICY: 400,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
};

/** A placeholder value that is already translated, e.g. the entity name in NOT_FOUND. */
export type MessageParam = string | number | LocalizedText;

/** An error the client is meant to see: a code, its HTTP status and the message's parameters. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, MessageParam> = {},
    readonly details: ErrorDetail[] = [],
  ) {
    super(code);
    this.statusCode = statusOf[code];
  }
}

export const notFound = (entity: LocalizedText) => new AppError('NOT_FOUND', { entity });
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (message: LocalizedText, details: ErrorDetail[] = []) =>
  new AppError('CONFLICT', { message }, details);

/** 400 naming one field of the request (`query.cursor`, `body.name`, `file`) and why. */
export const invalidField = (path: string, message: LocalizedText) =>
  new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
