import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountOrganisationOptionSchema } from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import type { OrganisationDirectory } from './organisation-directory';
import { routeSchema } from './organisations.access';

/** The public registry's names, for anyone who names an organisation in their work. */
export function organisationDirectoryRoutes(
  directory: OrganisationDirectory,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/organisation-directory',
      {
        schema: routeSchema({
          operationId: 'searchOrganisationDirectory',
          summary: '在本辖区开展服务的机构（名称检索） Active organisations working in scope',
          tags: ['社会组织 Organisations'],
          querystring: z.strictObject({ q: z.string().trim().max(50).optional() }),
          response: { 200: z.array(accountOrganisationOptionSchema) },
        }),
      },
      async (request) => directory.visibleOptions(actorOf(request), request.query.q),
    );
  };
}
