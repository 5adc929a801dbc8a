import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  sessionSchema,
  type Language,
  type Session,
} from '@shegong/domain';
import type { Actor } from '../access/actor';
import { routeSchema } from '../http/route-schema';
import type { AuthService } from './auth.service';
import { actorOf } from './authentication';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

const tags = ['登录与会话 Sessions'];

export function authRoutes(deps: {
  auth: AuthService;
  /** The name of a region scope (贵阳市, 全国), from the divisions module. */
  divisions: { scopeName(code: string, language: Language): Promise<string> };
  cookieSecure: boolean;
  loginRateLimit: { max: number; timeWindow: number };
}): FastifyPluginAsyncZod {
  const { auth, divisions, cookieSecure } = deps;

  async function present(
    actor: Actor,
    csrfToken: string,
    mustChangePassword: boolean,
  ): Promise<Session> {
    const passwordSetByAdministrator = mustChangePassword
      ? await auth.passwordSetNotice(actor.accountId)
      : null;
    return {
      account: {
        id: actor.accountId,
        username: actor.username,
        realName: actor.realName,
        roles: [...actor.roles],
        regionCode: actor.regionCode,
        regionName: await divisions.scopeName(actor.regionCode, actor.request.language),
      },
      permissions: [...actor.permissions],
      mustChangePassword,
      passwordSetByAdministrator,
      csrfToken,
    };
  }

  return async (app) => {
    app.post(
      '/auth/login',
      {
        config: { rateLimit: deps.loginRateLimit },
        schema: routeSchema({
          operationId: 'login',
          summary: '登录 Sign in',
          tags,
          body: loginRequestSchema,
          response: { 200: sessionSchema },
        }),
      },
      async (request, reply) => {
        const { grant, actor, mustChangePassword } = await auth.login(request.body, request.origin);
        setSessionCookie(reply, grant, cookieSecure);
        return present(actor, grant.csrfToken, mustChangePassword);
      },
    );

    app.get(
      '/auth/session',
      {
        schema: routeSchema({
          operationId: 'getCurrentSession',
          summary: '当前会话 The signed-in user',
          tags,
          response: { 200: sessionSchema },
        }),
      },
      async (request) => {
        const current = request.auth;
        if (current.status !== 'valid') throw new Error('unreachable: guarded route');
        return present(current.actor, current.csrfToken, current.mustChangePassword);
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: routeSchema({
          operationId: 'logout',
          summary: '退出登录 Sign out',
          tags,
          response: { 204: z.null() },
        }),
      },
      async (request, reply) => {
        await auth.logout(actorOf(request));
        clearSessionCookie(reply, cookieSecure);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/auth/password',
      {
        config: { ownTransactions: true },
        schema: routeSchema({
          operationId: 'changePassword',
          summary: '修改本人密码 Change one’s own password',
          tags,
          body: changePasswordRequestSchema,
          response: { 200: sessionSchema },
        }),
      },
      async (request, reply) => {
        const { grant, actor } = await auth.changePassword(actorOf(request), request.body);
        setSessionCookie(reply, grant, cookieSecure);
        return present(actor, grant.csrfToken, false);
      },
    );
  };
}
