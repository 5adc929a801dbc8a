import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Language } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { finishUnit, runInUnit } from '../../db/unit-of-work';
import type { Actor, RequestOrigin } from '../access/actor';
import { AppError } from '../errors/app-error';
import { beginRequestUnit, wantsUnit } from '../http/request-unit';
import { requestLanguage } from '../i18n/request-language';
import type { Authentication, AuthService } from './auth.service';
import { sessionCookieName } from './session-cookie';

declare module 'fastify' {
  interface FastifyRequest {
    language: Language;
    auth: Authentication;
    origin: RequestOrigin;
  }
}

/**
 * Resolves the language and the session of every request before any route runs. A signed-in
 * request's unit of work begins here: the session is read on it, and only a valid session keeps
 * it open for the route.
 */
export function registerAuthentication(
  app: FastifyInstance,
  auth: AuthService,
  database: Database,
) {
  app.decorateRequest('language', 'zh-CN');
  app.decorateRequest('auth', null as never);
  app.decorateRequest('origin', null as never);
  app.addHook('onRequest', async (request) => {
    request.language = requestLanguage(request.headers['accept-language']);
    request.origin = {
      requestId: request.id,
      ip: request.ip,
      userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      language: request.language,
    };
    // Static files of the web app never need the session; only the API pays for the lookup.
    const token = request.url.startsWith('/api/') ? request.cookies[sessionCookieName] : undefined;
    if (!token) {
      request.auth = { status: 'none' };
    } else if (wantsUnit(request)) {
      const unit = await beginRequestUnit(request, database);
      request.auth = await runInUnit(unit, () => auth.authenticate(token, request.origin));
      if (request.auth.status !== 'valid') {
        request.unit = null;
        await finishUnit(unit, 'commit');
      }
    } else {
      request.auth = await auth.authenticate(token, request.origin);
    }
  });
}

/** The signed-in actor of a request that passed the access guard. */
export function actorOf(request: FastifyRequest): Actor {
  if (request.auth.status !== 'valid') throw new AppError('UNAUTHENTICATED');
  return request.auth.actor;
}
