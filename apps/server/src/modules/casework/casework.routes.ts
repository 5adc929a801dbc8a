import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  advanceCaseSchema,
  anonymousCasePageSchema,
  anonymousCaseQuerySchema,
  approveClosureSchema,
  assessmentInputSchema,
  caseDeskSchema,
  caseFileSchema,
  caseListQuerySchema,
  casePageSchema,
  caseSettingInputSchema,
  caseSettingQuerySchema,
  caseSettingSchema,
  caseStatisticsQuerySchema,
  caseStatisticsSchema,
  caseTeamSchema,
  closureRequestSchema,
  colleagueSchema,
  contactInputSchema,
  evaluationInputSchema,
  goalInputSchema,
  intakeInputSchema,
  openCaseSchema,
  openFileSchema,
  pendingClosureSchema,
  rejectClosureSchema,
  reopenCaseSchema,
  stationOptionQuerySchema,
  stationOptionSchema,
  taskInputSchema,
  updateTaskSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './casework.access';
import type { CaseSettingService } from './case-settings.service';
import type { CaseStatisticsService } from './case-statistics.service';
import type { CaseworkService } from './casework.service';

const tags = ['个案工作 Case work'];
const idParams = z.object({ id: z.uuid() });
const taskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
const file = { 200: caseFileSchema };

export function caseworkRoutes({
  casework,
  statistics,
  settings,
}: {
  casework: CaseworkService;
  statistics: CaseStatisticsService;
  settings: CaseSettingService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/cases',
      {
        schema: routeSchema({
          operationId: 'listCases',
          summary: '我的个案（负责或督导；机构管理员：本机构） Cases one works on',
          tags,
          querystring: caseListQuerySchema,
          response: { 200: casePageSchema },
        }),
      },
      async (request) => casework.list(actorOf(request), request.query),
    );

    app.post(
      '/cases',
      {
        schema: routeSchema({
          operationId: 'openCase',
          summary: '开案（接案阶段） Open a case at intake',
          tags,
          body: openCaseSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await casework.open(actorOf(request), request.body)),
    );

    app.get(
      '/cases/:id',
      {
        schema: routeSchema({
          operationId: 'getCase',
          summary: '个案档案（留痕） A case file (audited)',
          tags,
          params: idParams,
          response: file,
        }),
      },
      async (request) => casework.get(actorOf(request), request.params.id),
    );

    app.put(
      '/cases/:id/intake',
      {
        schema: routeSchema({
          operationId: 'recordCaseIntake',
          summary: '接案记录，或不予接案（理由、转介或存档） Record the intake',
          tags,
          params: idParams,
          body: intakeInputSchema,
          response: file,
        }),
      },
      async (request) => casework.recordIntake(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/advance',
      {
        schema: routeSchema({
          operationId: 'advanceCase',
          summary: '进入下一阶段（须有本阶段记录，不得跳过） Open the next stage',
          tags,
          params: idParams,
          body: advanceCaseSchema,
          response: file,
        }),
      },
      async (request) => casework.advance(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/assessments',
      {
        schema: routeSchema({
          operationId: 'addCaseAssessment',
          summary: '记录预估（每项 1–4 分并说明理由） Record an assessment',
          tags,
          params: idParams,
          body: assessmentInputSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await casework.addAssessment(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cases/:id/goals',
      {
        schema: routeSchema({
          operationId: 'addCaseGoal',
          summary: '增加服务目标及任务 Add a goal of the plan',
          tags,
          params: idParams,
          body: goalInputSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await casework.addGoal(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cases/:id/tasks',
      {
        schema: routeSchema({
          operationId: 'addCaseTask',
          summary: '为服务目标增加任务 Add a task to a goal',
          tags,
          params: idParams,
          body: taskInputSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await casework.addTask(actorOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/cases/:id/tasks/:taskId',
      {
        schema: routeSchema({
          operationId: 'markCaseTask',
          summary: '标记任务已完成或未完成 Mark a task done or undone',
          tags,
          params: taskParams,
          body: updateTaskSchema,
          response: file,
        }),
      },
      async (request) =>
        casework.markTask(actorOf(request), request.params.id, request.params.taskId, request.body),
    );

    app.post(
      '/cases/:id/contacts',
      {
        schema: routeSchema({
          operationId: 'addCaseContact',
          summary: '记录服务（不得晚于现在，不超过一天） Record a contact',
          tags,
          params: idParams,
          body: contactInputSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await casework.addContact(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cases/:id/evaluations',
      {
        schema: routeSchema({
          operationId: 'addCaseEvaluation',
          summary: '记录评估（逐项目标） Record the evaluation of the goals',
          tags,
          params: idParams,
          body: evaluationInputSchema,
          response: { 201: caseFileSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await casework.addEvaluation(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/cases/:id/closure',
      {
        schema: routeSchema({
          operationId: 'requestCaseClosure',
          summary: '申请结案（原因与小结，待督导审批） Request the closure',
          tags,
          params: idParams,
          body: closureRequestSchema,
          response: file,
        }),
      },
      async (request) => casework.requestClosure(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/closure/approve',
      {
        schema: routeSchema({
          operationId: 'approveCaseClosure',
          summary: '督导批准结案 The supervisor approves the closure',
          tags,
          params: idParams,
          body: approveClosureSchema,
          response: file,
        }),
      },
      async (request) =>
        casework.decideClosure(actorOf(request), request.params.id, {
          approve: true,
          ...request.body,
        }),
    );

    app.post(
      '/cases/:id/closure/reject',
      {
        schema: routeSchema({
          operationId: 'rejectCaseClosure',
          summary: '督导退回结案申请（说明理由） The supervisor sends the closure back',
          tags,
          params: idParams,
          body: rejectClosureSchema,
          response: file,
        }),
      },
      async (request) =>
        casework.decideClosure(actorOf(request), request.params.id, {
          approve: false,
          ...request.body,
        }),
    );

    app.post(
      '/cases/:id/reopen',
      {
        schema: routeSchema({
          operationId: 'reopenCase',
          summary: '重新开案（说明理由） Reopen a closed case',
          tags,
          params: idParams,
          body: reopenCaseSchema,
          response: file,
        }),
      },
      async (request) => casework.reopen(actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/cases/:id/team',
      {
        schema: routeSchema({
          operationId: 'changeCaseTeam',
          summary: '调整负责社工与督导 Change the case’s team',
          tags,
          params: idParams,
          body: caseTeamSchema,
          response: file,
        }),
      },
      async (request) => casework.changeTeam(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/cases/:id/open',
      {
        schema: routeSchema({
          operationId: 'openCaseFile',
          summary:
            '说明理由调阅个案档案（留痕，个案与服务对象档案中可见） Open a case file with a reason',
          tags,
          params: idParams,
          body: openFileSchema,
          response: file,
        }),
      },
      async (request) =>
        casework.openFile(actorOf(request), request.params.id, request.body.reason),
    );

    app.get(
      '/case-desk',
      {
        schema: routeSchema({
          operationId: 'getCaseDesk',
          summary: '社工工作台：在案、到期任务、待复评、待审批 A social worker’s desk',
          tags,
          response: { 200: caseDeskSchema },
        }),
      },
      async (request) => casework.desk(actorOf(request)),
    );

    app.get(
      '/case-closures/pending',
      {
        schema: routeSchema({
          operationId: 'listPendingClosures',
          summary: '待我审批的结案申请 Closures awaiting my approval',
          tags,
          response: { 200: z.array(pendingClosureSchema) },
        }),
      },
      async (request) => casework.pendingClosures(actorOf(request)),
    );

    app.get(
      '/case-options/colleagues',
      {
        schema: routeSchema({
          operationId: 'listCaseColleagues',
          summary: '本机构社工（组建个案团队） Social workers of one’s organisation',
          tags,
          response: { 200: z.array(colleagueSchema) },
        }),
      },
      async (request) => casework.colleagues(actorOf(request)),
    );

    app.get(
      '/case-options/stations',
      {
        schema: routeSchema({
          operationId: 'listCaseStations',
          summary: '可开案的运营站点 Operating stations to open a case at',
          tags,
          querystring: stationOptionQuerySchema,
          response: { 200: z.array(stationOptionSchema) },
        }),
      },
      async (request) => casework.stationOptions(actorOf(request), request.query.q),
    );

    app.get(
      '/case-statistics',
      {
        schema: routeSchema({
          operationId: 'getCaseStatistics',
          summary: '辖区个案统计（不含姓名与内容） Case counts of a region',
          tags,
          querystring: caseStatisticsQuerySchema,
          response: { 200: caseStatisticsSchema },
        }),
      },
      async (request) => statistics.statistics(actorOf(request), request.query.region),
    );

    app.get(
      '/case-statistics/cases',
      {
        schema: routeSchema({
          operationId: 'listAnonymousCases',
          summary: '去标识化个案列表 De-identified cases of a region',
          tags,
          querystring: anonymousCaseQuerySchema,
          response: { 200: anonymousCasePageSchema },
        }),
      },
      async (request) => statistics.anonymousList(actorOf(request), request.query),
    );

    app.get(
      '/case-settings',
      {
        schema: routeSchema({
          operationId: 'getCaseSetting',
          summary: '复评周期 The re-assessment interval of a region',
          tags,
          querystring: caseSettingQuerySchema,
          response: { 200: caseSettingSchema },
        }),
      },
      async (request) => settings.get(actorOf(request), request.query.region),
    );

    app.put(
      '/case-settings',
      {
        schema: routeSchema({
          operationId: 'setCaseSetting',
          summary: '设定复评周期 Set the re-assessment interval of a region',
          tags,
          body: caseSettingInputSchema,
          response: { 200: caseSettingSchema },
        }),
      },
      async (request) => settings.set(actorOf(request), request.body),
    );
  };
}
