import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { divisionSchema, divisionWithPathSchema, regionCodeSchema } from '@shegong/domain';
import { routeSchema } from './divisions.access';
import type { DivisionService } from './divisions.service';

const tags = ['行政区划 Divisions'];
const codeParams = z.object({ code: regionCodeSchema });

export function divisionRoutes(divisions: DivisionService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/divisions',
      {
        schema: routeSchema({
          operationId: 'listDivisions',
          summary: '下级区划 Children of a division (provinces when no parent is given)',
          tags,
          querystring: z.object({ parent: regionCodeSchema.optional() }),
          response: { 200: z.object({ items: z.array(divisionSchema) }) },
        }),
      },
      async (request) => ({ items: await divisions.children(request.query.parent ?? '') }),
    );

    app.get(
      '/divisions/search',
      {
        schema: routeSchema({
          operationId: 'searchDivisions',
          summary: '按名称或代码搜索区划 Search divisions by name or code',
          tags,
          querystring: z.object({
            q: z.string().trim().min(1).max(50),
            within: regionCodeSchema.optional(),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
          response: { 200: z.object({ items: z.array(divisionWithPathSchema) }) },
        }),
      },
      async (request) => ({ items: await divisions.search(request.query) }),
    );

    app.get(
      '/divisions/:code',
      {
        schema: routeSchema({
          operationId: 'getDivision',
          summary: '区划详情 One division',
          tags,
          params: codeParams,
          response: { 200: divisionSchema },
        }),
      },
      async (request) => divisions.get(request.params.code),
    );

    app.get(
      '/divisions/:code/path',
      {
        schema: routeSchema({
          operationId: 'getDivisionPath',
          summary: '从省到该区划的路径 Path from the province down to a division',
          tags,
          params: codeParams,
          response: { 200: divisionWithPathSchema },
        }),
      },
      async (request) => divisions.path(request.params.code),
    );
  };
}
