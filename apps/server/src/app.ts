import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/connection';
import { createDivisionService } from './modules/divisions/divisions.service';
import { divisionRoutes } from './modules/divisions/divisions.routes';
import { createAccountService } from './modules/accounts/accounts.service';
import { accountRoutes } from './modules/accounts/accounts.routes';
import { roleRoutes } from './modules/accounts/roles.routes';
import { createAuditService } from './platform/audit/audit.service';
import { auditRoutes } from './platform/audit/audit.routes';
import { securityPolicyRoutes } from './platform/auth/security-policy.routes';
import { createOrganisationConductService } from './modules/organisations/organisation-conduct.service';
import { createOrganisationSupportService } from './modules/organisations/organisation-support.service';
import { organisationSupportRoutes } from './modules/organisations/organisation-support.routes';
import { createOrganisationService } from './modules/organisations/organisations.service';
import { organisationRoutes } from './modules/organisations/organisations.routes';
import { createCoverageService } from './modules/stations/coverage.service';
import { coverageRoutes } from './modules/stations/coverage.routes';
import { createStaffingNormService } from './modules/stations/staffing-norms.service';
import { createStationStaffService } from './modules/stations/station-staff.service';
import { createStationService } from './modules/stations/stations.service';
import { stationRoutes } from './modules/stations/stations.routes';
import { registerAccessGuard } from './platform/access/access-guard';
import { createAuthService } from './platform/auth/auth.service';
import { authRoutes } from './platform/auth/auth.routes';
import { registerAuthentication } from './platform/auth/authentication';
import { systemClock, type Clock } from './platform/clock';
import { registerErrorHandler } from './platform/errors/error-handler';
import { healthRoutes } from './platform/http/health.routes';
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
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerAccessGuard(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
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
      await api.register(accountRoutes(createAccountService({ database, divisions, clock })));
      await api.register(roleRoutes);
      await api.register(securityPolicyRoutes(database));
      await api.register(auditRoutes(createAuditService({ database })));
      const organisations = createOrganisationService({ database, divisions, clock });
      const support = createOrganisationSupportService({ database, divisions, clock });
      const conduct = createOrganisationConductService({ database, clock });
      await api.register(organisationRoutes({ organisations, conduct, support }));
      await api.register(organisationSupportRoutes(support));
      const stations = createStationService({ database, divisions, organisations, clock });
      await api.register(
        stationRoutes({
          stations,
          staff: createStationStaffService({ database, stations, clock }),
        }),
      );
      await api.register(
        coverageRoutes({
          coverage: createCoverageService({ database, divisions, clock }),
          norms: createStaffingNormService({ database, clock }),
        }),
      );
    },
    { prefix: '/api/v1' },
  );
  return app;
}
