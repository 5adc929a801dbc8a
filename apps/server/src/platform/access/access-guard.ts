import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';
import { grants, type AccessMap, type RouteAccess } from './route-access';

/** Routes that plugins register for themselves (the API docs page), open to anyone. */
const pluginRoutePrefixes = ['/api/docs'];

/**
 * Deny by default: attaches the access check of the route maps (the platform's and each module's,
 * joined) to every route, and refuses to register a route that is in none of them.
 */
export function registerAccessGuard(
  app: FastifyInstance,
  accessOf: (operationId: string) => RouteAccess | undefined,
) {
  const catalogue: CataloguedRoute[] = [];
  app.decorate('routeCatalogue', catalogue);
  app.addHook('onRoute', (route) => {
    if (pluginRoutePrefixes.some((prefix) => route.url.startsWith(prefix))) return;
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    const access = operationId ? accessOf(operationId) : undefined;
    if (!access) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} has no entry in the route access map`,
      );
    }
    route.config = { ...route.config, access };
    for (const method of [route.method].flat())
      catalogue.push({ operationId: operationId!, method, url: route.url, access });
    // onRequest: refused before the body is even read, so a stranger learns nothing of the schema.
    const check = async (request: FastifyRequest) => enforce(request, access);
    route.onRequest = route.onRequest ? [check, ...[route.onRequest].flat()] : [check];
  });
}

/** In a module's own context: a route naming an operation of another map stops start-up. */
export function refuseOperationsOfOthers(app: FastifyInstance, owner: string, access: AccessMap) {
  app.addHook('onRoute', (route) => {
    const operationId = (route.schema as { operationId?: string } | undefined)?.operationId;
    if (operationId && !Object.hasOwn(access, operationId))
      throw new Error(
        `Route ${String(route.method)} ${route.url} of module ${owner} names operation ${operationId}, which is not in its access map`,
      );
  });
}

export interface CataloguedRoute {
  operationId: string;
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every API route with its access rule: the permission tests and docs are generated from it. */
    routeCatalogue: readonly CataloguedRoute[];
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function enforce(request: FastifyRequest, access: RouteAccess) {
  if (access === 'public') return;
  const auth = request.auth;
  if (auth.status === 'expired') throw new AppError('SESSION_EXPIRED');
  if (auth.status !== 'valid') throw new AppError('UNAUTHENTICATED');
  if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== auth.csrfToken) {
    throw new AppError('CSRF_REJECTED');
  }
  if (access === 'session') return;
  if (auth.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (access === 'authenticated') return;
  if (!grants(auth.actor.permissions, access)) throw new AppError('FORBIDDEN');
}
