import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  evidenceFileKinds,
  evidenceFileListSchema,
  evidenceFileMaxBytes,
  evidenceFileUploadQuerySchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { readUploadedFile, sendFile } from '../../platform/http/uploaded-file';
import { routeSchema } from './evaluations.access';
import type { EvidenceFileService } from './evidence-files.service';

const mine = ['我的评估 My evaluations'];
const rounds = ['绩效评估 Evaluations'];
const assignmentParams = z.object({ id: z.uuid() });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const list = { 200: evidenceFileListSchema };
const evidenceRules = {
  what: { 'zh-CN': '评分依据', 'en-US': 'the evidence' },
  kinds: evidenceFileKinds,
  maxBytes: evidenceFileMaxBytes,
};

/** 评分依据文件: the evaluator attaches, lists, downloads and removes; the organiser downloads. */
export function evidenceFileRoutes(files: EvidenceFileService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/my-evaluations/:id/files',
      {
        schema: routeSchema({
          operationId: 'listMyEvidenceFiles',
          summary: '我的评分表所附的评分依据文件 Files attached to my sheet',
          tags: mine,
          params: assignmentParams,
          response: list,
        }),
      },
      async (request) => files.list(actorOf(request), request.params.id),
    );

    app.post(
      '/my-evaluations/:id/files',
      {
        schema: routeSchema({
          operationId: 'attachMyEvidenceFile',
          summary:
            '为一项指标上传评分依据文件（multipart 字段 file；PDF、JPG、PNG、docx、xlsx，10 MB 以内，每表 20 个） Attach a file to an item',
          tags: mine,
          params: assignmentParams,
          querystring: evidenceFileUploadQuerySchema,
          consumes: ['multipart/form-data'],
          response: list,
        }),
      },
      async (request) =>
        files.attach(
          actorOf(request),
          request.params.id,
          request.query.item,
          await readUploadedFile(request, evidenceRules),
        ),
    );

    app.get(
      '/my-evaluations/:id/files/:fileId',
      {
        schema: routeSchema({
          operationId: 'downloadMyEvidenceFile',
          summary: '下载评分依据文件（留痕） Download an evidence file (audited)',
          tags: mine,
          params: fileParams,
        }),
      },
      async (request, reply) =>
        sendFile(
          reply,
          await files.downloadOwn(actorOf(request), request.params.id, request.params.fileId),
        ),
    );

    app.delete(
      '/my-evaluations/:id/files/:fileId',
      {
        schema: routeSchema({
          operationId: 'removeMyEvidenceFile',
          summary: '删除评分依据文件（提交前） Remove an evidence file',
          tags: mine,
          params: fileParams,
          response: list,
        }),
      },
      async (request) => files.remove(actorOf(request), request.params.id, request.params.fileId),
    );

    app.get(
      '/evaluation-rounds/:id/files/:fileId',
      {
        schema: routeSchema({
          operationId: 'downloadRoundEvidenceFile',
          summary:
            '下载评分表所附的评分依据文件（留痕） Download a sheet’s evidence file (audited)',
          tags: rounds,
          params: fileParams,
        }),
      },
      async (request, reply) =>
        sendFile(
          reply,
          await files.downloadForRound(actorOf(request), request.params.id, request.params.fileId),
        ),
    );
  };
}
