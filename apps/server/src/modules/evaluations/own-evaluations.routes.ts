import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  providerEvaluationSchema,
  raiseObjectionSchema,
  roundStepSchema,
  submitRectificationSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './evaluations.access';
import type { ObjectionService } from './objections.service';
import type { RectificationService } from './rectification.service';

const tags = ['本机构评估结果 Own evaluations'];
const idParams = z.object({ id: z.uuid() });

/** The provider's routes: its published results, an objection, or its confirmation. */
export function ownEvaluationRoutes({
  objections,
  rectification,
}: {
  objections: ObjectionService;
  rectification: RectificationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/own-evaluations',
      {
        schema: routeSchema({
          operationId: 'listOwnEvaluations',
          summary: '本机构项目已公示的评估结果 The provider’s published results',
          tags,
          response: { 200: z.object({ items: z.array(providerEvaluationSchema) }) },
        }),
      },
      async (request) => ({ items: await objections.listOwn(actorOf(request)) }),
    );

    app.get(
      '/own-evaluations/:id',
      {
        schema: routeSchema({
          operationId: 'getOwnEvaluation',
          summary: '一项评估结果 A published result',
          tags,
          params: idParams,
          response: { 200: providerEvaluationSchema },
        }),
      },
      async (request) => objections.getOwn(actorOf(request), request.params.id),
    );

    app.post(
      '/own-evaluations/:id/objections',
      {
        schema: routeSchema({
          operationId: 'raiseObjection',
          summary: '对一项指标的评分提出异议（异议期内） Object to an item',
          tags,
          params: idParams,
          body: raiseObjectionSchema,
          response: { 201: providerEvaluationSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await objections.raise(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/own-evaluations/:id/confirm',
      {
        schema: routeSchema({
          operationId: 'confirmEvaluationResult',
          summary: '确认评估结果（无异议） Confirm the result',
          tags,
          params: idParams,
          body: roundStepSchema,
          response: { 200: providerEvaluationSchema },
        }),
      },
      async (request) => objections.confirm(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/own-evaluations/:id/rectification',
      {
        schema: routeSchema({
          operationId: 'submitRectification',
          summary: '提交整改方案（评估合格时，限期内） Submit the rectification plan',
          tags,
          params: idParams,
          body: submitRectificationSchema,
          response: { 200: providerEvaluationSchema },
        }),
      },
      async (request) => {
        await rectification.submit(actorOf(request), request.params.id, request.body);
        return objections.getOwn(actorOf(request), request.params.id);
      },
    );
  };
}
