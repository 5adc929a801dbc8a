import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { serviceOutputQuerySchema, serviceOutputsSchema } from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './contracts.access';
import type { ServiceOutputService } from './service-outputs';

const tags = ['购买服务合同 Contracts'];

export function contractRoutes({
  outputs,
}: {
  outputs: ServiceOutputService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/service-outputs',
      {
        schema: routeSchema({
          operationId: 'getServiceOutputs',
          summary:
            '机构在服务区域内的服务产出（个案、小组、社区活动、人次、时数） An organisation’s service outputs',
          tags,
          querystring: serviceOutputQuerySchema,
          response: { 200: serviceOutputsSchema },
        }),
      },
      async (request) => outputs.outputs(actorOf(request), request.query),
    );
  };
}
