import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorDetail } from './app-error';
import { conflictFromDatabase } from './database-errors';
import type { ErrorCode } from './error-messages';
import { errorMessage, issueMessage, localize } from './localize';
import { RequestValidationError } from '../http/request-validation';
import type { WebAppFallback } from '../http/web-app';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: { path: string; message: string }[] };
}

/** Fastify's own client errors, by their code. */
const fastifyClientErrors: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

/** Turns anything thrown into `{ error: { code, message, details } }` in the request's language. */
export function registerErrorHandler(app: FastifyInstance, webAppFallback: WebAppFallback | null) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = request.language;
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
    const clientCode =
      fastifyClientErrors[error.code] ??
      (error.statusCode === 429
        ? 'RATE_LIMITED'
        : error instanceof SyntaxError
          ? 'BAD_REQUEST'
          : undefined);
    if (clientCode) {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      return send(reply, status, clientCode, errorMessage(clientCode, {}, language), []);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(
      reply,
      500,
      'INTERNAL',
      errorMessage('INTERNAL', { requestId: request.id }, language),
      [],
    );
  });

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
