import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  contractDraftStartQuerySchema,
  contractDraftStartSchema,
  amendContractSchema,
  bidderStaffSchema,
  cancelTrancheSchema,
  contractDetailSchema,
  contractListQuerySchema,
  contractPageSchema,
  contractStepSchema,
  createContractSchema,
  payTrancheSchema,
  providerStaffQuerySchema,
  serviceOutputQuerySchema,
  serviceOutputsSchema,
  signContractSchema,
  trancheStepSchema,
  updateContractSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './contracts.access';
import type { ContractService } from './contracts.service';
import type { PaymentService } from './payments.service';
import type { ServiceOutputService } from './service-outputs';

const tags = ['购买服务合同 Contracts'];
const idParams = z.object({ id: z.uuid() });
const trancheParams = z.object({ id: z.uuid(), trancheId: z.uuid() });

export function contractRoutes({
  outputs,
  contracts,
  payments,
}: {
  outputs: ServiceOutputService;
  contracts: ContractService;
  payments: PaymentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/service-outputs',
      {
        schema: routeSchema({
          operationId: 'getServiceOutputs',
          summary:
            '机构在服务区域内的服务产出（个案、小组、社区活动、人次、时数） An organisation’s service outputs',
          tags,
          querystring: serviceOutputQuerySchema,
          response: { 200: serviceOutputsSchema },
        }),
      },
      async (request) => outputs.outputs(actorOf(request), request.query),
    );

    app.get(
      '/contracts',
      {
        schema: routeSchema({
          operationId: 'listContracts',
          summary: '购买服务合同（机构只见本机构的） Purchase contracts',
          tags,
          querystring: contractListQuerySchema,
          response: { 200: contractPageSchema },
        }),
      },
      async (request) => contracts.list(actorOf(request), request.query),
    );

    app.post(
      '/contracts',
      {
        schema: routeSchema({
          operationId: 'createContract',
          summary: '为已中标项目起草合同 Draft the contract of an awarded project',
          tags,
          body: createContractSchema,
          response: { 201: contractDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await contracts.create(actorOf(request), request.body)),
    );

    app.get(
      '/contracts/draft-start',
      {
        schema: routeSchema({
          operationId: 'getContractDraftStart',
          summary:
            '起草合同的起点：中标价与项目期限 Where a contract draft starts: the award price',
          tags,
          querystring: contractDraftStartQuerySchema,
          response: { 200: contractDraftStartSchema },
        }),
      },
      async (request) => contracts.draftStart(actorOf(request), request.query.projectId),
    );

    app.get(
      '/contracts/provider-staff',
      {
        schema: routeSchema({
          operationId: 'listProviderStaff',
          summary:
            '中标机构的在职社工（列入合同人员） The provider’s staff, to name on the contract',
          tags,
          querystring: providerStaffQuerySchema,
          response: { 200: bidderStaffSchema },
        }),
      },
      async (request) => contracts.providerStaff(actorOf(request), request.query.projectId),
    );

    app.get(
      '/contracts/:id',
      {
        schema: routeSchema({
          operationId: 'getContract',
          summary: '合同：指标、人员、付款节点、版本与阶段报告 A contract',
          tags,
          params: idParams,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) => contracts.get(actorOf(request), request.params.id),
    );

    app.put(
      '/contracts/:id',
      {
        schema: routeSchema({
          operationId: 'updateContract',
          summary: '修改草拟中的合同 Change a draft',
          tags,
          params: idParams,
          body: updateContractSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) => contracts.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/contracts/:id/sign',
      {
        schema: routeSchema({
          operationId: 'signContract',
          summary: '签订合同（已中标 → 已签约），形成第 1 版 Sign the contract',
          tags,
          params: idParams,
          body: signContractSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) => contracts.sign(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/contracts/:id/amend',
      {
        schema: routeSchema({
          operationId: 'amendContract',
          summary: '合同变更：新版本与理由，已付款项不变 Amend the contract',
          tags,
          params: idParams,
          body: amendContractSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) => contracts.amend(actorOf(request), request.params.id, request.body),
    );
    const moves = [
      [
        '/contracts/:id/start',
        'startContract',
        '开始服务（已签约 → 服务中） Start the service',
        contracts.start,
      ],
      [
        '/contracts/:id/complete',
        'completeContract',
        '结项（服务中 → 已结项） Complete',
        contracts.complete,
      ],
    ] as const;
    for (const [path, operationId, summary, move] of moves)
      app.post(
        path,
        {
          schema: routeSchema({
            operationId,
            summary,
            tags,
            params: idParams,
            body: contractStepSchema,
            response: { 200: contractDetailSchema },
          }),
        },
        async (request) => move(actorOf(request), request.params.id, request.body),
      );

    app.post(
      '/contracts/:id/tranches/:trancheId/request',
      {
        schema: routeSchema({
          operationId: 'requestTranche',
          summary: '申请付款（付款条件须已满足） Request a payment',
          tags,
          params: trancheParams,
          body: trancheStepSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) =>
        payments.request(
          actorOf(request),
          request.params.id,
          request.params.trancheId,
          request.body,
        ),
    );
    app.post(
      '/contracts/:id/tranches/:trancheId/approve',
      {
        schema: routeSchema({
          operationId: 'approveTranche',
          summary: '审批付款（不得审批本人申请的） Approve a payment',
          tags,
          params: trancheParams,
          body: trancheStepSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) =>
        payments.approve(
          actorOf(request),
          request.params.id,
          request.params.trancheId,
          request.body,
        ),
    );
    app.post(
      '/contracts/:id/tranches/:trancheId/pay',
      {
        schema: routeSchema({
          operationId: 'payTranche',
          summary: '登记已支付 Record a payment made',
          tags,
          params: trancheParams,
          body: payTrancheSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) =>
        payments.pay(actorOf(request), request.params.id, request.params.trancheId, request.body),
    );
    app.post(
      '/contracts/:id/tranches/:trancheId/cancel',
      {
        schema: routeSchema({
          operationId: 'cancelTranche',
          summary: '取消付款节点 Cancel a tranche',
          tags,
          params: trancheParams,
          body: cancelTrancheSchema,
          response: { 200: contractDetailSchema },
        }),
      },
      async (request) =>
        payments.cancel(
          actorOf(request),
          request.params.id,
          request.params.trancheId,
          request.body,
        ),
    );
  };
}
