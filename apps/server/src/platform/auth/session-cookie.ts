import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';
import type { SessionGrant } from './auth.service';

export const sessionCookieName = 'sg_session';

export function setSessionCookie(reply: FastifyReply, grant: SessionGrant, secure: boolean) {
  reply.setCookie(sessionCookieName, grant.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: grant.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(sessionCookieName, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
