import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createProjectSchema,
  projectDetailSchema,
  projectLedgerQuerySchema,
  projectListQuerySchema,
  projectPageSchema,
  projectReasonStepSchema,
  projectReviewInputSchema,
  projectStepSchema,
  updateProjectSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { sendXlsx } from '../../platform/export/xlsx-stream';
import { projectLedgerColumns } from './project-ledger-columns';
import { routeSchema } from './projects.access';
import type { ProjectService } from './projects.service';

const tags = ['政府购买服务 Purchase of services'];
const idParams = z.object({ id: z.uuid() });

export function projectRoutes({ projects }: { projects: ProjectService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/projects',
      {
        schema: routeSchema({
          operationId: 'listProjects',
          summary: '购买服务项目列表 Purchased-service projects (keyset pages)',
          tags,
          querystring: projectListQuerySchema,
          response: { 200: projectPageSchema },
        }),
      },
      async (request) => projects.list(actorOf(request), request.query),
    );

    app.get(
      '/projects/export',
      {
        schema: routeSchema({
          operationId: 'exportProjectLedger',
          summary: '导出项目台账（xlsx，含合同与已支付） Export the projects register',
          tags,
          querystring: projectLedgerQuerySchema,
        }),
      },
      async (request, reply) =>
        sendXlsx(reply, {
          sheet: request.language === 'zh-CN' ? '项目台账' : 'Projects register',
          columns: projectLedgerColumns(request.language),
          rows: projects.ledgerRows(actorOf(request), request.query),
        }),
    );

    app.post(
      '/projects',
      {
        schema: routeSchema({
          operationId: 'createProject',
          summary: '新建项目（草稿：需求调研与计划） Draft a project',
          tags,
          body: createProjectSchema,
          response: { 201: projectDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await projects.create(actorOf(request), request.body)),
    );

    app.get(
      '/projects/:id',
      {
        schema: routeSchema({
          operationId: 'getProject',
          summary: '项目详情与进程 A project with its timeline',
          tags,
          params: idParams,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) => projects.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/projects/:id',
      {
        schema: routeSchema({
          operationId: 'updateProject',
          summary: '修改项目计划（仅草稿） Edit a draft project',
          tags,
          params: idParams,
          body: updateProjectSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) => projects.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/projects/:id/review',
      {
        schema: routeSchema({
          operationId: 'sendProjectToReview',
          summary: '提交专家论证 Send a draft to expert review',
          tags,
          params: idParams,
          body: projectStepSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) =>
        projects.sendToReview(actorOf(request), request.params.id, request.body.version),
    );

    app.post(
      '/projects/:id/reviews',
      {
        schema: routeSchema({
          operationId: 'recordProjectReview',
          summary: '记录专家论证结论（通过则提请立项） Record the expert review',
          tags,
          params: idParams,
          body: projectReviewInputSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) => projects.recordReview(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/projects/:id/approve',
      {
        schema: routeSchema({
          operationId: 'approveProject',
          summary: '批准立项（编制人以外的工作人员） Approve the set-up',
          tags,
          params: idParams,
          body: projectStepSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) =>
        projects.approve(actorOf(request), request.params.id, request.body.version),
    );

    app.post(
      '/projects/:id/return',
      {
        schema: routeSchema({
          operationId: 'returnProject',
          summary: '退回立项申请 Return the set-up request',
          tags,
          params: idParams,
          body: projectReasonStepSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) =>
        projects.returnSetUp(
          actorOf(request),
          request.params.id,
          request.body.version,
          request.body.reason,
        ),
    );

    app.post(
      '/projects/:id/terminate',
      {
        schema: routeSchema({
          operationId: 'terminateProject',
          summary: '终止项目（须说明理由） Terminate a project',
          tags,
          params: idParams,
          body: projectReasonStepSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) =>
        projects.terminate(
          actorOf(request),
          request.params.id,
          request.body.version,
          request.body.reason,
        ),
    );

    app.post(
      '/projects/:id/close',
      {
        schema: routeSchema({
          operationId: 'closeProject',
          summary: '关闭已结项的项目 Close a completed project',
          tags,
          params: idParams,
          body: projectStepSchema,
          response: { 200: projectDetailSchema },
        }),
      },
      async (request) => projects.close(actorOf(request), request.params.id, request.body.version),
    );
  };
}
