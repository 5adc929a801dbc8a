import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  endResidencySchema,
  grantInputSchema,
  grantSchema,
  incubationBaseInputSchema,
  incubationBaseSchema,
  regionCodeSchema,
  residencyInputSchema,
  residencySchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './organisations.access';
import type { OrganisationSupportService } from './organisation-support.service';

const tags = ['培育扶持 Support'];
const idParams = z.object({ id: z.uuid() });

export function organisationSupportRoutes(
  support: OrganisationSupportService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/grants',
      {
        schema: routeSchema({
          operationId: 'listGrants',
          summary: '资助与奖励（本辖区发放）Subsidies and awards given in scope',
          tags,
          querystring: z.object({
            organisationId: z.uuid().optional(),
            region: regionCodeSchema.optional(),
          }),
          response: { 200: z.object({ items: z.array(grantSchema) }) },
        }),
      },
      async (request) => ({ items: await support.listGrants(actorOf(request), request.query) }),
    );

    app.post(
      '/organisations/:id/grants',
      {
        schema: routeSchema({
          operationId: 'addOrganisationGrant',
          summary: '发放补贴或奖励（金额单位：分）Give a subsidy or award (amount in fen)',
          tags,
          params: idParams,
          body: grantInputSchema,
          response: { 201: grantSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await support.addGrant(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/incubation-bases',
      {
        schema: routeSchema({
          operationId: 'listIncubationBases',
          summary: '孵化基地 Incubation bases in scope',
          tags,
          response: { 200: z.object({ items: z.array(incubationBaseSchema) }) },
        }),
      },
      async (request) => ({ items: await support.listBases(actorOf(request)) }),
    );

    app.post(
      '/incubation-bases',
      {
        schema: routeSchema({
          operationId: 'createIncubationBase',
          summary: '新建孵化基地 Create an incubation base',
          tags,
          body: incubationBaseInputSchema,
          response: { 201: incubationBaseSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await support.createBase(actorOf(request), request.body)),
    );

    app.get(
      '/incubation-residencies',
      {
        schema: routeSchema({
          operationId: 'listResidencies',
          summary: '入驻孵化的组织 Residencies',
          tags,
          querystring: z.object({
            baseId: z.uuid().optional(),
            organisationId: z.uuid().optional(),
            current: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
          }),
          response: { 200: z.object({ items: z.array(residencySchema) }) },
        }),
      },
      async (request) => ({
        items: await support.listResidencies(actorOf(request), request.query),
      }),
    );

    app.post(
      '/incubation-bases/:id/residencies',
      {
        schema: routeSchema({
          operationId: 'admitResident',
          summary: '组织入驻孵化 Admit an organisation',
          tags,
          params: idParams,
          body: residencyInputSchema,
          response: { 201: residencySchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await support.admit(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/incubation-residencies/:id/exit',
      {
        schema: routeSchema({
          operationId: 'releaseResident',
          summary: '出孵 End a residency',
          tags,
          params: idParams,
          body: endResidencySchema,
          response: { 200: residencySchema },
        }),
      },
      async (request) => support.release(actorOf(request), request.params.id, request.body),
    );
  };
}
