import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/connection';
import { createAuditService } from './platform/audit/audit.service';
import { auditRoutes } from './platform/audit/audit.routes';
import { securityPolicyRoutes } from './platform/auth/security-policy.routes';
import { importRoutes } from './platform/imports/imports.routes';
import { createImportService } from './platform/imports/imports.service';
import type { DeadlinePolicy } from './platform/deadlines/deadline-policy';
import { deadlineSettingsRoutes } from './platform/deadlines/deadlines.routes';
import { createDeadlineService } from './platform/deadlines/deadlines.service';
import { createDeadlineSettingsService } from './platform/deadlines/deadline-settings.service';
import { buildModules } from './platform/modules/build-modules';
import type { BackgroundJob } from './platform/modules/define-module';
import { modules } from './modules';
import { refuseOperationsOfOthers, registerAccessGuard } from './platform/access/access-guard';
import { joinAccessMaps, platformAccess } from './platform/access/route-access';
import { createAuthService } from './platform/auth/auth.service';
import { authRoutes } from './platform/auth/auth.routes';
import { registerAuthentication } from './platform/auth/authentication';
import { systemClock, type Clock } from './platform/clock';
import { answerError, registerErrorHandler } from './platform/errors/error-handler';
import { healthRoutes } from './platform/http/health.routes';
import { registerJsonBodyParser } from './platform/http/json-body';
import { registerRequestUnits } from './platform/http/request-unit';
import { registerOpenApi } from './platform/http/openapi';
import { zodValidatorCompiler } from './platform/http/request-validation';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerWebApp } from './platform/http/web-app';
import { loggerOptions } from './platform/logging';
import { defaultWebDist } from './paths';

export interface AppOptions {
  config: Config;
  database: Database;
  clock?: Clock;
  /** Requests per minute and address on the login route. */
  loginRateLimit?: number;
  /** Where background jobs report; they start with `startJobs` (the server does, tests do not). */
  say?: (line: string) => void;
  /** Deadline policies besides those the modules declare (tests of the engine's settings). */
  deadlinePolicies?: readonly DeadlinePolicy[];
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Starts the modules' background jobs; closing the app stops them and waits for them. */
    startJobs(): void;
  }
}

/** The whole HTTP application, without listen(): tests drive it through inject(). */
export async function buildApp({
  config,
  database,
  clock = systemClock,
  loginRateLimit = 20,
  say = () => {},
  deadlinePolicies = [],
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    genReqId: () => randomUUID(),
    exposeHeadRoutes: false,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // A URL that cannot be routed (bad % escape, over-long parameter) is answered like any error.
    frameworkErrors: answerError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  registerJsonBodyParser(app);
  app.setSerializerCompiler(serializerCompiler);
  const access = joinAccessMaps([
    { owner: 'the platform', access: platformAccess },
    ...modules.map((module) => ({ owner: `module ${module.name}`, access: module.access })),
  ]);
  registerAccessGuard(app, (operationId) => access.get(operationId)?.access);
  registerRequestUnits(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { files: 1, fileSize: 50 * 1024 * 1024, fields: 5 } });
  await registerOpenApi(app);
  // Error and not-found handlers first: route contexts inherit the handlers set before them.
  registerErrorHandler(app, await registerWebApp(app, config.webDist ?? defaultWebDist));

  const imports = createImportService({ database, clock });
  const policies = [...modules.flatMap((m) => m.deadlinePolicies ?? []), ...deadlinePolicies];
  const deadlines = createDeadlineService({ clock, policies });
  const built = buildModules(modules, { database, clock, imports, deadlines, say });
  const auth = createAuthService({ database, clock });
  registerAuthentication(app, auth, database);
  registerSecurityHeaders(app);

  await app.register(healthRoutes(database));
  await app.register(
    async (api) => {
      await api.register(
        authRoutes({
          auth,
          divisions: built.servicesOf('divisions'),
          cookieSecure: config.cookieSecure,
          loginRateLimit: { max: loginRateLimit, timeWindow: 60_000 },
        }),
      );
      await api.register(securityPolicyRoutes(database));
      await api.register(
        deadlineSettingsRoutes(createDeadlineSettingsService({ database, clock, policies })),
      );
      const subjects = Object.assign({}, ...built.all.map((module) => module.auditSubjects ?? {}));
      await api.register(auditRoutes(createAuditService({ database, subjects })));
      for (const module of built.all) {
        await api.register(async (own) => {
          refuseOperationsOfOthers(own, module.name, module.access);
          for (const routes of module.routes) await own.register(routes);
          for (const sheet of module.imports ?? [])
            await own.register(importRoutes({ imports, ...sheet }));
        });
      }
    },
    { prefix: '/api/v1' },
  );
  registerJobs(
    app,
    built.all.flatMap((module) => module.jobs ?? []),
  );
  return app;
}

/** Jobs start on request (after listening) and are stopped, in flight work awaited, on close. */
function registerJobs(app: FastifyInstance, jobs: readonly BackgroundJob[]) {
  const stops: (() => Promise<void>)[] = [];
  app.decorate('startJobs', () => {
    if (stops.length === 0) for (const job of jobs) stops.push(job.start());
  });
  app.addHook('onClose', async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });
}
