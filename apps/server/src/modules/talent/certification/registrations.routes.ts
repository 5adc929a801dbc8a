import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pageOf,
  registrationInputSchema,
  registrationListItemSchema,
  registrationListQuerySchema,
  registrationSchema,
  reviewInputSchema,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { routeSchema } from '../talent.access';
import type { CertificationService } from './certification.service';

const tags = ['证书登记 Registration'];
const idParams = z.object({ id: z.uuid() });

export function registrationRoutes(certification: CertificationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/workers/:id/registrations',
      {
        schema: routeSchema({
          operationId: 'applyRegistration',
          summary: '申请证书登记（首次或再登记）Apply for registration',
          tags,
          params: idParams,
          body: registrationInputSchema,
          response: { 201: registrationSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await certification.apply(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/registrations',
      {
        schema: routeSchema({
          operationId: 'listRegistrations',
          summary: '登记：待审核、即将到期、已逾期 Registrations pending, due or overdue',
          tags,
          querystring: registrationListQuerySchema,
          response: { 200: pageOf(registrationListItemSchema) },
        }),
      },
      async (request) => certification.listRegistrations(actorOf(request), request.query),
    );

    app.post(
      '/registrations/:id/review',
      {
        schema: routeSchema({
          operationId: 'reviewRegistration',
          summary: '初审或终审 First or final review',
          tags,
          params: idParams,
          body: reviewInputSchema,
          response: { 200: registrationSchema },
        }),
      },
      async (request) => certification.review(actorOf(request), request.params.id, request.body),
    );
  };
}
