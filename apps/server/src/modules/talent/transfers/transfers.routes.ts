import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  transferDecisionSchema,
  transferRefusalSchema,
  workerTransferInputSchema,
  workerTransferListQuerySchema,
  workerTransferListSchema,
  workerTransferSchema,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { routeSchema } from './transfers.access';
import type { TransferService } from './transfers.service';

const tags = ['社工人才 Talent'];
const idParams = z.object({ id: z.uuid() });

/** 人才流动: the receiving side files, the releasing side decides; both follow the request. */
export function transferRoutes(transfers: TransferService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/worker-transfers',
      {
        schema: routeSchema({
          operationId: 'requestWorkerTransfer',
          summary:
            '申请调入社工（凭身份证号与姓名；是否匹配不作答复）Request a worker’s transfer into your jurisdiction',
          tags,
          body: workerTransferInputSchema,
          response: { 201: workerTransferSchema },
        }),
      },
      async (request, reply) =>
        reply.code(201).send(await transfers.request(actorOf(request), request.body)),
    );

    app.get(
      '/worker-transfers',
      {
        schema: routeSchema({
          operationId: 'listWorkerTransfers',
          summary: '人才调动申请（本辖区提出的与待本辖区审批的）Transfer requests',
          tags,
          querystring: workerTransferListQuerySchema,
          response: { 200: workerTransferListSchema },
        }),
      },
      async (request) => transfers.list(actorOf(request), request.query),
    );

    app.get(
      '/worker-transfers/:id',
      {
        schema: routeSchema({
          operationId: 'getWorkerTransfer',
          summary: '一项人才调动申请 A transfer request',
          tags,
          params: idParams,
          response: { 200: workerTransferSchema },
        }),
      },
      async (request) => transfers.get(actorOf(request), request.params.id),
    );

    app.post(
      '/worker-transfers/:id/approve',
      {
        schema: routeSchema({
          operationId: 'approveWorkerTransfer',
          summary: '批准调动：档案、证书、登记与学时随人调往新辖区 Approve a transfer',
          tags,
          params: idParams,
          body: transferDecisionSchema,
          response: { 200: workerTransferSchema },
        }),
      },
      async (request) =>
        transfers.approve(actorOf(request), request.params.id, request.body.version),
    );

    app.post(
      '/worker-transfers/:id/refuse',
      {
        schema: routeSchema({
          operationId: 'refuseWorkerTransfer',
          summary: '不批准调动（须说明原因）Refuse a transfer, with the reason',
          tags,
          params: idParams,
          body: transferRefusalSchema,
          response: { 200: workerTransferSchema },
        }),
      },
      async (request) => transfers.refuse(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/worker-transfers/:id/withdraw',
      {
        schema: routeSchema({
          operationId: 'withdrawWorkerTransfer',
          summary: '撤回本辖区提出的调动申请 Withdraw a transfer request',
          tags,
          params: idParams,
          body: transferDecisionSchema,
          response: { 200: workerTransferSchema },
        }),
      },
      async (request) =>
        transfers.withdraw(actorOf(request), request.params.id, request.body.version),
    );
  };
}
