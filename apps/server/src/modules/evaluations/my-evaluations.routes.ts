import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contractReportSchema,
  evaluationOutputsSchema,
  declareConflictSchema,
  myEvaluationSchema,
  myEvaluationSummarySchema,
  roundStepSchema,
  saveSheetSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import type { AssignmentService } from './assignments.service';
import { routeSchema } from './evaluations.access';
import type { SheetService } from './sheets.service';

const tags = ['我的评估 My evaluations'];
const idParams = z.object({ id: z.uuid() });
const mine = { 200: myEvaluationSchema };

/** The evaluator's routes: their assignments, the declaration, their sheet and its evidence. */
export function myEvaluationRoutes({
  assignments,
  sheets,
}: {
  assignments: AssignmentService;
  sheets: SheetService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/my-evaluations',
      {
        schema: routeSchema({
          operationId: 'listMyEvaluations',
          summary: '指派给我的评估与截止日期 My assignments and their deadlines',
          tags,
          response: { 200: z.object({ items: z.array(myEvaluationSummarySchema) }) },
        }),
      },
      async (request) => ({ items: await assignments.mine(actorOf(request)) }),
    );

    app.get(
      '/my-evaluations/:id',
      {
        schema: routeSchema({
          operationId: 'getMyEvaluation',
          summary: '一项指派（声明利益冲突前只见项目名称） An assignment',
          tags,
          params: idParams,
          response: mine,
        }),
      },
      async (request) => assignments.myEvaluation(actorOf(request), request.params.id),
    );

    app.post(
      '/my-evaluations/:id/declaration',
      {
        schema: routeSchema({
          operationId: 'declareConflict',
          summary: '利益冲突声明 Declare a conflict of interest, or none',
          tags,
          params: idParams,
          body: declareConflictSchema,
          response: mine,
        }),
      },
      async (request) => assignments.declare(actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/my-evaluations/:id/sheet',
      {
        schema: routeSchema({
          operationId: 'saveMyEvaluationSheet',
          summary: '保存评分 Save my marks',
          tags,
          params: idParams,
          body: saveSheetSchema,
          response: mine,
        }),
      },
      async (request) => sheets.saveOwn(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/my-evaluations/:id/sheet/submit',
      {
        schema: routeSchema({
          operationId: 'submitMyEvaluationSheet',
          summary: '提交评分表（须评完全部指标） Submit my sheet',
          tags,
          params: idParams,
          body: roundStepSchema,
          response: mine,
        }),
      },
      async (request) => sheets.submitOwn(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/my-evaluations/:id/reports/:reportId',
      {
        schema: routeSchema({
          operationId: 'getEvaluationEvidenceReport',
          summary: '评分依据：合同阶段报告（查看留痕） Evidence: a period report',
          tags,
          params: z.object({ id: z.uuid(), reportId: z.uuid() }),
          response: { 200: contractReportSchema },
        }),
      },
      async (request) =>
        assignments.evidenceReport(actorOf(request), request.params.id, request.params.reportId),
    );

    app.get(
      '/my-evaluations/:id/outputs',
      {
        schema: routeSchema({
          operationId: 'getEvaluationEvidenceOutputs',
          summary: '评分依据：合同约定指标的服务产出（查看留痕） Evidence: the reported outputs',
          tags,
          params: z.object({ id: z.uuid() }),
          response: { 200: evaluationOutputsSchema },
        }),
      },
      async (request) => assignments.evidenceOutputs(actorOf(request), request.params.id),
    );
  };
}
