import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  certificateSchema,
  creditEntrySchema,
  deleteRecordSchema,
  examScoreSchema,
  updateCertificateSchema,
  updateCreditEntrySchema,
  updateExamScoreSchema,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { routeSchema } from '../talent.access';
import type { TalentCorrectionService } from './talent-corrections.service';

const tags = ['社工人才 Talent'];
const idParams = z.object({ id: z.uuid() });

/** 更正与删除: exam scores, certificates and hours entries entered by hand. */
export function talentCorrectionRoutes(
  corrections: TalentCorrectionService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.patch(
      '/exam-scores/:id',
      {
        schema: routeSchema({
          operationId: 'updateExamScore',
          summary: '更正考试成绩 Correct an exam score',
          tags,
          params: idParams,
          body: updateExamScoreSchema,
          response: { 200: examScoreSchema },
        }),
      },
      async (request) =>
        corrections.updateExamScore(actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/exam-scores/:id',
      {
        schema: routeSchema({
          operationId: 'deleteExamScore',
          summary: '删除误录的考试成绩（须说明原因）Delete an exam score, with a reason',
          tags,
          params: idParams,
          body: deleteRecordSchema,
        }),
      },
      async (request, reply) => {
        await corrections.deleteExamScore(actorOf(request), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
    app.patch(
      '/certificates/:id',
      {
        schema: routeSchema({
          operationId: 'updateCertificate',
          summary: '更正证书 Correct a certificate',
          tags,
          params: idParams,
          body: updateCertificateSchema,
          response: { 200: certificateSchema },
        }),
      },
      async (request) =>
        corrections.updateCertificate(actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/certificates/:id',
      {
        schema: routeSchema({
          operationId: 'deleteCertificate',
          summary: '删除误录的证书（须说明原因）Delete a certificate, with a reason',
          tags,
          params: idParams,
          body: deleteRecordSchema,
        }),
      },
      async (request, reply) => {
        await corrections.deleteCertificate(actorOf(request), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
    app.patch(
      '/credit-entries/:id',
      {
        schema: routeSchema({
          operationId: 'updateCreditEntry',
          summary: '更正继续教育学时 Correct an hours entry',
          tags,
          params: idParams,
          body: updateCreditEntrySchema,
          response: { 200: creditEntrySchema },
        }),
      },
      async (request) =>
        corrections.updateCredit(actorOf(request), request.params.id, request.body),
    );
    app.delete(
      '/credit-entries/:id',
      {
        schema: routeSchema({
          operationId: 'deleteCreditEntry',
          summary: '删除误录的学时（须说明原因）Delete an hours entry, with a reason',
          tags,
          params: idParams,
          body: deleteRecordSchema,
        }),
      },
      async (request, reply) => {
        await corrections.deleteCredit(actorOf(request), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
  };
}
