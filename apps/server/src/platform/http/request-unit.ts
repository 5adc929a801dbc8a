import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../../db/connection';
import type { RouteAccess } from '../access/route-access';
import { finishUnit, openUnit, runInUnit, type UnitOfWork } from '../../db/unit-of-work';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's unit of work, from authentication until the answer is sent. */
    unit: UnitOfWork | null;
  }
  interface FastifyContextConfig {
    /** The route's entry in the access map, set by the access guard when it is registered. */
    access?: RouteAccess;
    /**
     * The route keeps its own transactions instead of the request's unit of work: long imports
     * commit in batches, and a refused password change must still record its failure.
     */
    ownTransactions?: boolean;
  }
}

/** Whether a request runs in a unit of work: signed-in API routes, unless they keep their own. */
export function wantsUnit(request: FastifyRequest): boolean {
  const access = request.routeOptions.config.access;
  return !!access && access !== 'public' && !request.routeOptions.config.ownTransactions;
}

export async function beginRequestUnit(request: FastifyRequest, database: Database) {
  request.unit = await openUnit(database);
  return request.unit;
}

/**
 * Settles each request's unit of work: committed before a success is sent (so a commit that fails
 * is answered as an error), rolled back for an error answer, an aborted request or a timeout. The
 * handler runs inside the unit, so every service it calls joins it.
 */
export function registerRequestUnits(app: FastifyInstance) {
  app.decorateRequest('unit', null);
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function (request, reply) {
      return request.unit
        ? runInUnit(request.unit, () => handler.call(this, request, reply))
        : handler.call(this, request, reply);
    };
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.unit)
      await finishUnit(request.unit, reply.statusCode < 400 ? 'commit' : 'rollback');
    return payload;
  });
  const rollback = async (request: FastifyRequest) => {
    if (request.unit) await finishUnit(request.unit, 'rollback');
  };
  app.addHook('onResponse', rollback);
  app.addHook('onRequestAbort', rollback);
  app.addHook('onTimeout', rollback);
}
