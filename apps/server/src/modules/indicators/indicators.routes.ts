import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createIndicatorTemplateSchema,
  currentIndicatorQuerySchema,
  indicatorTemplateListQuerySchema,
  indicatorTemplateSchema,
  indicatorVersionSchema,
  publishIndicatorVersionSchema,
  updateIndicatorDraftSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './indicators.access';
import type { IndicatorService } from './indicators.service';

const tags = ['评估指标体系 Evaluation indicators'];
const idParams = z.object({ id: z.uuid() });

export function indicatorRoutes({
  indicators,
}: {
  indicators: IndicatorService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/indicator-templates',
      {
        schema: routeSchema({
          operationId: 'listIndicatorTemplates',
          summary: '评估指标模板（本区划、上级与下级） Indicator templates',
          tags,
          querystring: indicatorTemplateListQuerySchema,
          response: { 200: z.array(indicatorTemplateSchema) },
        }),
      },
      async (request) => indicators.list(actorOf(request), request.query),
    );

    app.post(
      '/indicator-templates',
      {
        schema: routeSchema({
          operationId: 'createIndicatorTemplate',
          summary: '新建评估指标模板（可扩展上级模板） Create an indicator template',
          tags,
          body: createIndicatorTemplateSchema,
          response: { 201: indicatorVersionSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await indicators.create(actorOf(request), request.body)),
    );

    app.get(
      '/indicator-templates/current',
      {
        schema: routeSchema({
          operationId: 'getCurrentIndicatorVersion',
          summary: '某区划、项目类型现行的指标体系版本 The version in force',
          tags,
          querystring: currentIndicatorQuerySchema,
          response: { 200: indicatorVersionSchema },
        }),
      },
      async (request) => indicators.current(actorOf(request), request.query),
    );

    app.get(
      '/indicator-versions/:id',
      {
        schema: routeSchema({
          operationId: 'getIndicatorVersion',
          summary: '指标体系版本（指标树） A version and its indicator tree',
          tags,
          params: idParams,
          response: { 200: indicatorVersionSchema },
        }),
      },
      async (request) => indicators.getVersion(actorOf(request), request.params.id),
    );

    app.put(
      '/indicator-versions/:id',
      {
        schema: routeSchema({
          operationId: 'saveIndicatorDraft',
          summary: '保存草稿版本的指标树 Save a draft',
          tags,
          params: idParams,
          body: updateIndicatorDraftSchema,
          response: { 200: indicatorVersionSchema },
        }),
      },
      async (request) => indicators.saveDraft(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/indicator-versions/:id/publish',
      {
        schema: routeSchema({
          operationId: 'publishIndicatorVersion',
          summary: '发布版本（一级指标合计 100 分；发布后不可修改） Publish a version',
          tags,
          params: idParams,
          body: publishIndicatorVersionSchema,
          response: { 200: indicatorVersionSchema },
        }),
      },
      async (request) => indicators.publish(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/indicator-versions/:id/next',
      {
        schema: routeSchema({
          operationId: 'newIndicatorVersion',
          summary: '以已发布版本为基础新建版本 New version from a published one',
          tags,
          params: idParams,
          response: { 201: indicatorVersionSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await indicators.nextVersion(actorOf(request), request.params.id)),
    );
  };
}
