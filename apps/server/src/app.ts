import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/connection';
import { createDivisionService } from './modules/divisions/divisions.service';
import { divisionRoutes } from './modules/divisions/divisions.routes';
import { createAuditService } from './platform/audit/audit.service';
import { auditRoutes } from './platform/audit/audit.routes';
import { securityPolicyRoutes } from './platform/auth/security-policy.routes';
import { createImportService } from './platform/imports/imports.service';
import { registerAccountsModule } from './modules/accounts/accounts.module';
import { registerOrganisationsModule } from './modules/organisations/organisations.module';
import { registerStationsModule } from './modules/stations/stations.module';
import { registerTalentModule } from './modules/talent/talent.module';
import { registerAccessGuard } from './platform/access/access-guard';
import { createAuthService } from './platform/auth/auth.service';
import { authRoutes } from './platform/auth/auth.routes';
import { registerAuthentication } from './platform/auth/authentication';
import { systemClock, type Clock } from './platform/clock';
import { answerError, registerErrorHandler } from './platform/errors/error-handler';
import { healthRoutes } from './platform/http/health.routes';
import { registerJsonBodyParser } from './platform/http/json-body';
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
}

/** The whole HTTP application, without listen(): tests drive it through inject(). */
export async function buildApp({
  config,
  database,
  clock = systemClock,
  loginRateLimit = 20,
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
  registerAccessGuard(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { files: 1, fileSize: 50 * 1024 * 1024, fields: 5 } });
  await registerOpenApi(app);
  // Error and not-found handlers first: route contexts inherit the handlers set before them.
  registerErrorHandler(app, await registerWebApp(app, config.webDist ?? defaultWebDist));

  const divisions = createDivisionService({ db: database.drizzle });
  const auth = createAuthService({ database, clock });
  registerAuthentication(app, auth);
  registerSecurityHeaders(app);

  await app.register(healthRoutes(database));
  await app.register(
    async (api) => {
      await api.register(
        authRoutes({
          auth,
          divisions,
          cookieSecure: config.cookieSecure,
          loginRateLimit: { max: loginRateLimit, timeWindow: 60_000 },
        }),
      );
      await api.register(divisionRoutes(divisions));
      await api.register(securityPolicyRoutes(database));
      await api.register(auditRoutes(createAuditService({ database })));
      const context = {
        api,
        database,
        clock,
        imports: createImportService({ database, clock }),
        talent: {},
      };
      await registerAccountsModule(context, { divisions });
      const { organisations } = await registerOrganisationsModule(context, { divisions });
      await registerStationsModule(context, { divisions, organisations });
      await registerTalentModule(context, { divisions, organisations });
    },
    { prefix: '/api/v1' },
  );
  return app;
}
