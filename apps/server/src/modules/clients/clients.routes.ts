import type {} from '@fastify/multipart';
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
  hasControlCharacter,
  identifierErrorMessages,
  linkClientSchema,
  mergeClientsSchema,
  openFileSchema,
  revokeConsentSchema,
  updateClientSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { invalidField } from '../../platform/errors/app-error';
import { attachment } from '../../platform/export/content-disposition';
import { routeSchema } from './clients.access';
import type { ClientService } from './clients.service';

const tags = ['服务对象 Clients'];
const idParams = z.object({ id: z.uuid() });
const consentParams = z.object({ id: z.uuid(), consentId: z.uuid() });
const evidenceTypes = new Set(['application/pdf', 'image/jpeg', 'image/png']);
const evidenceLimit = 5 * 1024 * 1024;

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
      async (request) => {
        const file = request.isMultipart() ? await request.file() : undefined;
        if (!file)
          throw invalidField('file', {
            'zh-CN': '请选择同意书文件',
            'en-US': 'Choose the consent form file',
          });
        if (hasControlCharacter(file.filename)) {
          file.file.resume();
          throw invalidField('file', identifierErrorMessages.text.controlCharacter);
        }
        if (!evidenceTypes.has(file.mimetype)) {
          file.file.resume();
          throw invalidField('file', {
            'zh-CN': '同意书须为 PDF、JPG 或 PNG 文件',
            'en-US': 'The consent form must be a PDF, JPG or PNG file',
          });
        }
        const content = await file.toBuffer();
        if (content.length > evidenceLimit)
          throw invalidField('file', {
            'zh-CN': '同意书文件不能超过 5 MB',
            'en-US': 'The consent form must not exceed 5 MB',
          });
        return clients.attachEvidence(
          actorOf(request),
          request.params.id,
          request.params.consentId,
          {
            name: file.filename,
            type: file.mimetype,
            content,
          },
        );
      },
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
      async (request, reply) => {
        const file = await clients.evidenceOf(
          actorOf(request),
          request.params.id,
          request.params.consentId,
        );
        return reply
          .header('Content-Type', file.type)
          .header('Content-Disposition', attachment(file.name))
          .send(file.content);
      },
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
