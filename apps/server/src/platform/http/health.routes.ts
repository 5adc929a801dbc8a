import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/connection';
import { AppError } from '../errors/app-error';
import { routeSchema } from './route-schema';

/** `/healthz`: answers 200 only when the database answers a query. */
export function healthRoutes(database: Database): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        logLevel: 'warn',
        schema: routeSchema({
          operationId: 'getHealth',
          summary: '健康检查 Health check (database included)',
          tags: ['运维 Operations'],
          response: {
            200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
          },
        }),
      },
      async (request) => {
        try {
          await database.drizzle.execute(sql`select 1`);
        } catch (error) {
          request.log.error({ err: error }, 'health check: database unreachable');
          throw new AppError('SERVICE_UNAVAILABLE');
        }
        return { status: 'ok' as const, database: database.kind };
      },
    );
  };
}
