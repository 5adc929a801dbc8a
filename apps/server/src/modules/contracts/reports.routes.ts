import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contractReportSchema,
  reportDraftQuerySchema,
  reportDraftSchema,
  reviewReportSchema,
  submitReportSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './contracts.access';
import type { ReportService } from './reports.service';

const tags = ['购买服务合同 Contracts'];
const idParams = z.object({ id: z.uuid() });
const reportParams = z.object({ id: z.uuid(), reportId: z.uuid() });

/** 阶段报告: the provider reports a period; the purchasing department accepts or returns it. */
export function reportRoutes({ reports }: { reports: ReportService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/contracts/:id/report-draft',
      {
        schema: routeSchema({
          operationId: 'getReportDraft',
          summary: '报告期的服务产出（由服务记录统计） What the records give for a period',
          tags,
          params: idParams,
          querystring: reportDraftQuerySchema,
          response: { 200: reportDraftSchema },
        }),
      },
      async (request) =>
        reports.draft(actorOf(request), request.params.id, request.query.periodKey),
    );
    app.post(
      '/contracts/:id/reports',
      {
        schema: routeSchema({
          operationId: 'submitReport',
          summary: '提交阶段报告（服务产出与经费使用） Submit a period report',
          tags,
          params: idParams,
          body: submitReportSchema,
          response: { 201: contractReportSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await reports.submit(actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/contracts/:id/reports/:reportId',
      {
        schema: routeSchema({
          operationId: 'getReport',
          summary: '阶段报告 A period report',
          tags,
          params: reportParams,
          response: { 200: contractReportSchema },
        }),
      },
      async (request) => reports.get(actorOf(request), request.params.id, request.params.reportId),
    );
    const reviews = [
      [
        '/contracts/:id/reports/:reportId/accept',
        'acceptReport',
        '审核通过阶段报告 Accept a report',
        reports.accept,
      ],
      [
        '/contracts/:id/reports/:reportId/return',
        'returnReport',
        '退回阶段报告 Return a report',
        reports.giveBack,
      ],
    ] as const;
    for (const [path, operationId, summary, review] of reviews)
      app.post(
        path,
        {
          schema: routeSchema({
            operationId,
            summary,
            tags,
            params: reportParams,
            body: reviewReportSchema,
            response: { 200: contractReportSchema },
          }),
        },
        async (request) =>
          review(actorOf(request), request.params.id, request.params.reportId, request.body),
      );
  };
}
