import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { securityPolicyResponseSchema, updateSecurityPolicySchema } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { withScope } from '../access/region-scope';
import { changedFields, recordAudit } from '../audit/audit';
import { AppError } from '../errors/app-error';
import { routeSchema } from '../http/route-schema';
import { actorOf } from './authentication';
import { readSecurityPolicy, securityPolicyKey, writeSecurityPolicy } from './security-policy';

const tags = ['安全策略 Security policy'];

/** The security administrator's policy: password rules, lockout and session timeouts. */
export function securityPolicyRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/security-policy',
      {
        schema: routeSchema({
          operationId: 'getSecurityPolicy',
          summary: '安全策略 The security policy in force',
          tags,
          response: { 200: securityPolicyResponseSchema },
        }),
      },
      async (request) => withScope(database, actorOf(request), (tx) => readSecurityPolicy(tx)),
    );

    app.put(
      '/security-policy',
      {
        schema: routeSchema({
          operationId: 'updateSecurityPolicy',
          summary: '修改安全策略 Change the security policy',
          tags,
          body: updateSecurityPolicySchema,
          response: { 200: securityPolicyResponseSchema },
        }),
      },
      async (request) => {
        const actor = actorOf(request);
        const { version, ...policy } = request.body;
        return withScope(database, actor, async (tx) => {
          const before = await readSecurityPolicy(tx);
          if (!(await writeSecurityPolicy(tx, policy, version, actor.accountId))) {
            throw new AppError('VERSION_CONFLICT');
          }
          const after = await readSecurityPolicy(tx);
          await recordAudit(tx, actor, {
            action: 'update',
            entityType: 'setting',
            entityId: securityPolicyKey,
            regionCode: actor.regionCode,
            changes: changedFields(before, after),
          });
          return after;
        });
      },
    );
  };
}
