import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../i18n/request-language';
import { AppError, type ErrorDetail } from './app-error';
import { conflictFromDatabase } from './database-errors';
import type { ErrorCode } from './error-messages';
import { errorMessage, issueMessage, localize } from './localize';
import { RequestValidationError } from '../http/request-validation';
import type { WebAppFallback } from '../http/web-app';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: { path: string; message: string }[] };
}

/** The codes of client errors that Fastify and its plugins raise, by status; else BAD_REQUEST. */
const clientErrorCodes: Partial<Record<number, ErrorCode>> = {
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** A refusal by Fastify or a plugin (their codes start `FST_`), the rate limit, or bad JSON. */
function clientErrorOf(error: FastifyError): { status: number; code: ErrorCode } | null {
  const status = error.statusCode ?? 0;
  const fromFastify = typeof error.code === 'string' && error.code.startsWith('FST_');
  if ((fromFastify || status === 429) && status >= 400 && status < 500)
    return { status, code: clientErrorCodes[status] ?? 'BAD_REQUEST' };
  if (error instanceof SyntaxError) return { status: 400, code: 'BAD_REQUEST' };
  return null;
}

/**
 * Turns anything thrown into `{ error: { code, message, details } }` in the request's language.
 * Also Fastify's `frameworkErrors` (a URL it cannot route), raised before any hook has run: so
 * the language is read from the request here, not from the hook that sets `request.language`.
 */
export function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const language = requestLanguage(request.headers['accept-language']);
  if (error instanceof RequestValidationError) {
    const details = error.issues.map((issue) => ({
      path: [error.part, ...issue.path.map(String)].join('.'),
      message: issueMessage(issue, language),
    }));
    const fields = [...new Set(details.map((d) => d.path))].join('、');
    return send(
      reply,
      400,
      'VALIDATION_FAILED',
      errorMessage('VALIDATION_FAILED', { fields }, language),
      details,
    );
  }
  const appError = error instanceof AppError ? error : conflictFromDatabase(error);
  if (appError) {
    const details = appError.details.map((d: ErrorDetail) => ({
      path: d.path,
      message: localize(d.message, language),
    }));
    return send(
      reply,
      appError.statusCode,
      appError.code,
      errorMessage(appError.code, appError.params, language),
      details,
    );
  }
  const clientError = clientErrorOf(error);
  if (clientError) {
    const { status, code } = clientError;
    return send(reply, status, code, errorMessage(code, {}, language), []);
  }
  request.log.error({ err: error }, 'unhandled error');
  return send(
    reply,
    500,
    'INTERNAL',
    errorMessage('INTERNAL', { requestId: request.id }, language),
    [],
  );
}

/** The error and not-found handlers of every route. */
export function registerErrorHandler(app: FastifyInstance, webAppFallback: WebAppFallback | null) {
  app.setErrorHandler(answerError);

  app.setNotFoundHandler((request: FastifyRequest, reply) => {
    if (webAppFallback?.(request, reply)) return reply;
    const message = errorMessage(
      'ROUTE_NOT_FOUND',
      { method: request.method, url: request.url.split('?')[0] ?? '' },
      request.language,
    );
    return send(reply, 404, 'ROUTE_NOT_FOUND', message, []);
  });
}

export function send(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  details: ErrorBody['error']['details'],
) {
  const body: ErrorBody = { error: { code, message, details } };
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
