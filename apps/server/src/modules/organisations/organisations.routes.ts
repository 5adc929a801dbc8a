import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  creditRecordInputSchema,
  creditRecordSchema,
  deactivateOrganisationSchema,
  endCreditRecordSchema,
  inspectionInputSchema,
  inspectionSchema,
  organisationDetailSchema,
  organisationInputSchema,
  organisationListQuerySchema,
  organisationSchema,
  pageOf,
  ratingInputSchema,
  revealedOrganisationSchema,
  ratingSchema,
  updateOrganisationSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './organisations.access';
import { mayReadGrants } from './organisation-access';
import type { OrganisationConductService } from './organisation-conduct.service';
import type { OrganisationSupportService } from './organisation-support.service';
import { organisationExportColumns } from './organisation-export';
import type { OrganisationService } from './organisations.service';
import { sendXlsx } from '../../platform/export/xlsx-stream';

const tags = ['社会组织 Organisations'];
const idParams = z.object({ id: z.uuid() });

export function organisationRoutes(deps: {
  organisations: OrganisationService;
  conduct: OrganisationConductService;
  support: OrganisationSupportService;
}): FastifyPluginAsyncZod {
  const { organisations, conduct, support } = deps;
  return async (app) => {
    app.get(
      '/organisations',
      {
        schema: routeSchema({
          operationId: 'listOrganisations',
          summary: '社会组织名录 Organisations in scope',
          tags,
          querystring: organisationListQuerySchema,
          response: { 200: pageOf(organisationSchema) },
        }),
      },
      async (request) => organisations.list(actorOf(request), request.query),
    );

    app.get(
      '/organisations/export',
      {
        schema: routeSchema({
          operationId: 'exportOrganisations',
          summary: '导出社会组织名录（xlsx）Export organisations',
          tags,
          querystring: organisationListQuerySchema.omit({ page: true, pageSize: true }),
        }),
      },
      async (request, reply) => {
        const actor = actorOf(request);
        return sendXlsx(reply, {
          sheet: request.language === 'zh-CN' ? '社会组织' : 'Organisations',
          columns: organisationExportColumns(request.language),
          rows: organisations.exportAll(actor, request.query),
        });
      },
    );

    app.get(
      '/organisations/:id',
      {
        schema: routeSchema({
          operationId: 'getOrganisation',
          summary: '社会组织档案：评估、年检、信用与资助 One organisation with its standing',
          tags,
          params: idParams,
          response: { 200: organisationDetailSchema },
        }),
      },
      async (request) => {
        const actor = actorOf(request);
        const organisation = await organisations.get(actor, request.params.id);
        const [standing, grants] = await Promise.all([
          conduct.standing(actor, request.params.id),
          mayReadGrants(actor, request.params.id)
            ? support.listGrants(actor, { organisationId: request.params.id })
            : Promise.resolve(null),
        ]);
        return { ...organisation, ...standing, grants };
      },
    );

    app.post(
      '/organisations',
      {
        schema: routeSchema({
          operationId: 'createOrganisation',
          summary: '登记社会组织 Register an organisation',
          tags,
          body: organisationInputSchema,
          response: { 201: organisationSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await organisations.create(actorOf(request), request.body)),
    );

    app.patch(
      '/organisations/:id',
      {
        schema: routeSchema({
          operationId: 'updateOrganisation',
          summary: '修改社会组织信息 Update an organisation',
          tags,
          params: idParams,
          body: updateOrganisationSchema,
          response: { 200: organisationSchema },
        }),
      },
      async (request) => organisations.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/organisations/:id/deactivation',
      {
        schema: routeSchema({
          operationId: 'deactivateOrganisation',
          summary: '注销社会组织 Deactivate an organisation',
          tags,
          params: idParams,
          body: deactivateOrganisationSchema,
          response: { 200: organisationSchema },
        }),
      },
      async (request) =>
        organisations.deactivate(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/organisations/:id/reveal',
      {
        schema: routeSchema({
          operationId: 'revealOrganisation',
          summary:
            '查看法定代表人、联系人与联系电话（留痕）Reveal the representative and contacts (audited)',
          tags,
          params: idParams,
          response: { 200: revealedOrganisationSchema },
        }),
      },
      async (request) => organisations.reveal(actorOf(request), request.params.id),
    );

    app.post(
      '/organisations/:id/ratings',
      {
        schema: routeSchema({
          operationId: 'addOrganisationRating',
          summary: '记录评估等级（有效期五年）Record a rating',
          tags,
          params: idParams,
          body: ratingInputSchema,
          response: { 201: ratingSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await conduct.addRating(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/organisations/:id/inspections',
      {
        schema: routeSchema({
          operationId: 'addOrganisationInspection',
          summary: '记录年检结果 Record an annual inspection',
          tags,
          params: idParams,
          body: inspectionInputSchema,
          response: { 201: inspectionSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await conduct.addInspection(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/organisations/:id/credit-records',
      {
        schema: routeSchema({
          operationId: 'addOrganisationCreditRecord',
          summary: '记录行政处罚、立案调查或名录列入 Record a conduct record',
          tags,
          params: idParams,
          body: creditRecordInputSchema,
          response: { 201: creditRecordSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await conduct.addCreditRecord(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/organisations/:id/credit-records/:recordId/end',
      {
        schema: routeSchema({
          operationId: 'endOrganisationCreditRecord',
          summary: '处罚期满或移出名录 End a conduct record',
          tags,
          params: z.object({ id: z.uuid(), recordId: z.uuid() }),
          body: endCreditRecordSchema,
          response: { 200: creditRecordSchema },
        }),
      },
      async (request) =>
        conduct.endCreditRecord(
          actorOf(request),
          request.params.id,
          request.params.recordId,
          request.body,
        ),
    );
  };
}
