import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Language } from '@shegong/domain';
import type { Actor, RequestOrigin } from '../access/actor';
import { AppError } from '../errors/app-error';
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

/** Resolves the language and the session of every request before any route runs. */
export function registerAuthentication(app: FastifyInstance, auth: AuthService) {
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
    request.auth = token ? await auth.authenticate(token, request.origin) : { status: 'none' };
  });
}

/** The signed-in actor of a request that passed the access guard. */
export function actorOf(request: FastifyRequest): Actor {
  if (request.auth.status !== 'valid') throw new AppError('UNAUTHENTICATED');
  return request.auth.actor;
}
