import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignEvaluatorSchema,
  assignmentSchema,
  createEvaluationRoundSchema,
  decideObjectionSchema,
  drawSpotCheckSchema,
  evaluationRoundDetailSchema,
  evaluationRoundListQuerySchema,
  evaluationRoundPageSchema,
  evaluationScheduleQuerySchema,
  evaluatorCandidateSchema,
  rescoreSchema,
  reviewRectificationSchema,
  roundStepSchema,
  saveSheetSchema,
  scheduleEntrySchema,
  scoringPartySchema,
  spotCheckDrawSchema,
  waiveConflictSchema,
  withdrawAssignmentSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import type { AssignmentService } from './assignments.service';
import type { DrawService } from './draws.service';
import { routeSchema } from './evaluations.access';
import type { ObjectionService } from './objections.service';
import type { RectificationService } from './rectification.service';
import type { RoundService } from './rounds.service';
import type { SheetService } from './sheets.service';

const tags = ['绩效评估 Evaluations'];
const idParams = z.object({ id: z.uuid() });
const assignmentParams = z.object({ id: z.uuid(), assignmentId: z.uuid() });
const sheetParams = z.object({ id: z.uuid(), party: scoringPartySchema });
const detail = { 200: evaluationRoundDetailSchema };

/** The organiser's routes: schedule, rounds, assignments, office sheets, lock to final, draws. */
export function evaluationRoutes(services: {
  rounds: RoundService;
  assignments: AssignmentService;
  sheets: SheetService;
  objections: ObjectionService;
  draws: DrawService;
  rectification: RectificationService;
}): FastifyPluginAsyncZod {
  const { rounds, assignments, sheets, objections, draws, rectification } = services;
  return async (app) => {
    app.get(
      '/evaluation-schedule',
      {
        schema: routeSchema({
          operationId: 'getEvaluationSchedule',
          summary: '服务中合同的中期、终期评估安排 The rounds the running contracts are due',
          tags,
          querystring: evaluationScheduleQuerySchema,
          response: { 200: z.object({ items: z.array(scheduleEntrySchema) }) },
        }),
      },
      async (request) => ({ items: await rounds.schedule(actorOf(request), request.query) }),
    );

    app.get(
      '/evaluation-rounds',
      {
        schema: routeSchema({
          operationId: 'listEvaluationRounds',
          summary: '评估轮次 Evaluation rounds',
          tags,
          querystring: evaluationRoundListQuerySchema,
          response: { 200: evaluationRoundPageSchema },
        }),
      },
      async (request) => rounds.list(actorOf(request), request.query),
    );

    app.post(
      '/evaluation-rounds',
      {
        schema: routeSchema({
          operationId: 'createEvaluationRound',
          summary: '安排中期或终期评估 Open a mid-term or final round',
          tags,
          body: createEvaluationRoundSchema,
          response: { 201: evaluationRoundDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await rounds.create(actorOf(request), request.body)),
    );

    app.get(
      '/evaluation-rounds/:id',
      {
        schema: routeSchema({
          operationId: 'getEvaluationRound',
          summary: '评估轮次：指派、评分表、结果、异议 A round',
          tags,
          params: idParams,
          response: detail,
        }),
      },
      async (request) => rounds.get(actorOf(request), request.params.id),
    );

    app.get(
      '/evaluation-rounds/:id/candidates',
      {
        schema: routeSchema({
          operationId: 'listEvaluatorCandidates',
          summary: '可指派的评估人员及平台可见的利益冲突 Evaluators who may be assigned',
          tags,
          params: idParams,
          response: { 200: z.object({ items: z.array(evaluatorCandidateSchema) }) },
        }),
      },
      async (request) => ({
        items: await assignments.candidates(actorOf(request), request.params.id),
      }),
    );

    app.post(
      '/evaluation-rounds/:id/assignments',
      {
        schema: routeSchema({
          operationId: 'assignEvaluator',
          summary: '指派评估人员 Assign an evaluator',
          tags,
          params: idParams,
          body: assignEvaluatorSchema,
          response: { 201: assignmentSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await assignments.assign(actorOf(request), request.params.id, request.body)),
    );

    const resolutions = [
      [
        'waive',
        'waiveConflict',
        '豁免利益冲突（须说明理由） Waive a conflict',
        waiveConflictSchema,
        assignments.waive,
      ],
      [
        'withdraw',
        'withdrawAssignment',
        '撤回指派 Withdraw an assignment',
        withdrawAssignmentSchema,
        assignments.withdraw,
      ],
    ] as const;
    for (const [path, operationId, summary, body, resolve] of resolutions)
      app.post(
        `/evaluation-rounds/:id/assignments/:assignmentId/${path}`,
        {
          schema: routeSchema({
            operationId,
            summary,
            tags,
            params: assignmentParams,
            body,
            response: { 200: assignmentSchema },
          }),
        },
        async (request) =>
          resolve(actorOf(request), request.params.id, request.params.assignmentId, request.body),
      );

    app.put(
      '/evaluation-rounds/:id/sheets/:party',
      {
        schema: routeSchema({
          operationId: 'saveOfficeSheet',
          summary: '保存购买方、主管部门或社区的评分 Save an office party’s marks',
          tags,
          params: sheetParams,
          body: saveSheetSchema,
          response: detail,
        }),
      },
      async (request) =>
        sheets.saveOffice(actorOf(request), request.params.id, request.params.party, request.body),
    );
    app.post(
      '/evaluation-rounds/:id/sheets/:party/submit',
      {
        schema: routeSchema({
          operationId: 'submitOfficeSheet',
          summary: '提交该方评分表 Submit an office party’s sheet',
          tags,
          params: sheetParams,
          body: roundStepSchema,
          response: detail,
        }),
      },
      async (request) =>
        sheets.submitOffice(
          actorOf(request),
          request.params.id,
          request.params.party,
          request.body,
        ),
    );

    const steps = [
      [
        'lock',
        'lockEvaluationRound',
        '锁定评分（各方评分表均已提交） Lock the scores',
        rounds.lock,
      ],
      [
        'publish',
        'publishEvaluationRound',
        '公示结果，开始异议期 Publish the result',
        rounds.publish,
      ],
      [
        'finalise',
        'finaliseEvaluationRound',
        '定档：结果作用于付款、信用与投标 Make final',
        rounds.finalise,
      ],
    ] as const;
    for (const [path, operationId, summary, step] of steps)
      app.post(
        `/evaluation-rounds/:id/${path}`,
        {
          schema: routeSchema({
            operationId,
            summary,
            tags,
            params: idParams,
            body: roundStepSchema,
            response: detail,
          }),
        },
        async (request) => step(actorOf(request), request.params.id, request.body),
      );

    app.post(
      '/evaluation-rounds/:id/rescores',
      {
        schema: routeSchema({
          operationId: 'rescoreEvaluationItem',
          summary: '锁定后重新评分（须说明理由） Re-score an item after the lock',
          tags,
          params: idParams,
          body: rescoreSchema,
          response: detail,
        }),
      },
      async (request) => sheets.rescore(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/evaluation-rounds/:id/objections/:objectionId/decide',
      {
        schema: routeSchema({
          operationId: 'decideObjection',
          summary: '处理异议：成立（重新评分）或不成立 Decide an objection',
          tags,
          params: z.object({ id: z.uuid(), objectionId: z.uuid() }),
          body: decideObjectionSchema,
          response: detail,
        }),
      },
      async (request) =>
        objections.decide(
          actorOf(request),
          request.params.id,
          request.params.objectionId,
          request.body,
        ),
    );

    app.get(
      '/spot-check-draws',
      {
        schema: routeSchema({
          operationId: 'listSpotCheckDraws',
          summary: '抽查抽签记录 Spot-check draws',
          tags,
          querystring: evaluationScheduleQuerySchema,
          response: { 200: z.object({ items: z.array(spotCheckDrawSchema) }) },
        }),
      },
      async (request) => ({ items: await draws.list(actorOf(request), request.query) }),
    );

    app.post(
      '/spot-check-draws',
      {
        schema: routeSchema({
          operationId: 'drawSpotCheck',
          summary: '年度抽查抽签（按县区与项目类型分层，可复核） Draw the year’s spot checks',
          tags,
          body: drawSpotCheckSchema,
          response: { 201: spotCheckDrawSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await draws.draw(actorOf(request), request.body)),
    );

    app.post(
      '/evaluation-rounds/:id/rectification/review',
      {
        schema: routeSchema({
          operationId: 'reviewRectification',
          summary: '审核整改方案：通过或退回 Review the rectification plan',
          tags,
          params: idParams,
          body: reviewRectificationSchema,
          response: detail,
        }),
      },
      async (request) => {
        await rectification.review(actorOf(request), request.params.id, request.body);
        return rounds.get(actorOf(request), request.params.id);
      },
    );
  };
}
