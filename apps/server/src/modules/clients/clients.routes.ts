import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clientDetailSchema,
  clientInputSchema,
  clientListQuerySchema,
  clientPageSchema,
  consentInputSchema,
  duplicateMatchSchema,
  duplicateQuerySchema,
  linkClientSchema,
  mergeClientsSchema,
  openFileSchema,
  revokeConsentSchema,
  updateClientSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { readUploadedFile, sendFile } from '../../platform/http/uploaded-file';
import { routeSchema } from './clients.access';
import type { ClientService } from './clients.service';

const tags = ['服务对象 Clients'];
const idParams = z.object({ id: z.uuid() });
const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
const consentFormRules = {
  what: { 'zh-CN': '同意书', 'en-US': 'the consent form' },
  kinds: ['pdf', 'jpeg', 'png'],
  maxBytes: 5 * 1024 * 1024,
} as const;

export function clientRoutes(clients: ClientService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/clients',
      {
        schema: routeSchema({
          operationId: 'listClients',
          summary: '本机构服务的对象 Clients one’s organisation serves',
          tags,
          querystring: clientListQuerySchema,
          response: { 200: clientPageSchema },
        }),
      },
      async (request) => clients.list(actorOf(request), request.query),
    );

    app.post(
      '/clients/duplicates',
      {
        schema: routeSchema({
          operationId: 'findClientDuplicates',
          summary: '登记前查重：同一身份证号与疑似重复（打码） Duplicate check before registering',
          tags,
          body: duplicateQuerySchema,
          response: { 200: z.array(duplicateMatchSchema) },
        }),
      },
      async (request) => clients.findDuplicates(actorOf(request), request.body),
    );

    app.post(
      '/clients',
      {
        schema: routeSchema({
          operationId: 'createClient',
          summary: '登记服务对象（含接受服务的知情同意） Register a client with their consent',
          tags,
          body: clientInputSchema,
          response: { 201: clientDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await clients.create(actorOf(request), request.body)),
    );

    app.get(
      '/clients/:id',
      {
        schema: routeSchema({
          operationId: 'getClient',
          summary: '服务对象档案（留痕） A client’s file (audited)',
          tags,
          params: idParams,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) => clients.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/clients/:id',
      {
        schema: routeSchema({
          operationId: 'updateClient',
          summary: '修改服务对象信息 Correct a client’s details',
          tags,
          params: idParams,
          body: updateClientSchema,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) => clients.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/clients/:id/link',
      {
        schema: routeSchema({
          operationId: 'linkClient',
          summary: '关联已有档案：记录对本机构的服务同意 Take an existing client in',
          tags,
          params: idParams,
          body: linkClientSchema,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) => clients.link(actorOf(request), request.params.id, request.body.consent),
    );

    app.post(
      '/clients/:id/consents',
      {
        schema: routeSchema({
          operationId: 'addClientConsent',
          summary: '记录信息共享或影像的知情同意 Record a sharing or photo consent',
          tags,
          params: idParams,
          body: consentInputSchema.extend({ kind: z.enum(['sharing', 'photos']) }),
          response: { 201: clientDetailSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await clients.addConsent(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/clients/:id/consents/:consentId/revoke',
      {
        schema: routeSchema({
          operationId: 'revokeClientConsent',
          summary: '撤回知情同意 Revoke a consent',
          tags,
          params: consentParams,
          body: revokeConsentSchema,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) =>
        clients.revokeConsent(
          actorOf(request),
          request.params.id,
          request.params.consentId,
          request.body,
        ),
    );

    app.post(
      '/clients/:id/consents/:consentId/evidence',
      {
        schema: routeSchema({
          operationId: 'attachConsentEvidence',
          summary: '上传同意书（PDF、JPG、PNG，5 MB 以内） Attach the signed consent form',
          tags,
          params: consentParams,
          consumes: ['multipart/form-data'],
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) =>
        clients.attachEvidence(
          actorOf(request),
          request.params.id,
          request.params.consentId,
          await readUploadedFile(request, consentFormRules),
        ),
    );

    app.get(
      '/clients/:id/consents/:consentId/evidence',
      {
        schema: routeSchema({
          operationId: 'downloadConsentEvidence',
          summary: '下载同意书（留痕） Download the signed consent form (audited)',
          tags,
          params: consentParams,
        }),
      },
      async (request, reply) =>
        sendFile(
          reply,
          await clients.evidenceOf(actorOf(request), request.params.id, request.params.consentId),
        ),
    );

    app.post(
      '/clients/:id/merge',
      {
        schema: routeSchema({
          operationId: 'mergeClients',
          summary: '合并重复档案（说明理由） Merge a duplicate into this record',
          tags,
          params: idParams,
          body: mergeClientsSchema,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) =>
        clients.merge(
          actorOf(request),
          request.params.id,
          request.body.duplicateId,
          request.body.reason,
        ),
    );

    app.post(
      '/clients/:id/open',
      {
        schema: routeSchema({
          operationId: 'openClientFile',
          summary: '说明理由调阅档案（留痕，档案中可见） Open a client’s file with a reason',
          tags,
          params: idParams,
          body: openFileSchema,
          response: { 200: clientDetailSchema },
        }),
      },
      async (request) => clients.openFile(actorOf(request), request.params.id, request.body.reason),
    );
  };
}
