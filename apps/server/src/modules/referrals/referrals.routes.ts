import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ReferralDetail,
  acceptReferralSchema,
  completeReferralSchema,
  referralBoardQuerySchema,
  referralBoardSchema,
  referralDetailSchema,
  referralListQuerySchema,
  referralPageSchema,
  referralSummarySchema,
  refuseReferralSchema,
  returnReferralSchema,
  revokeReferralSchema,
  sendReferralSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import type { ReferralBoardService } from './referral-board';
import { routeSchema } from './referrals.access';
import type { ReferralService } from './referrals.service';

const tags = ['转介 Referrals'];
const idParams = z.object({ id: z.uuid() });

export function referralRoutes({
  referrals,
  board,
}: {
  referrals: ReferralService;
  board: ReferralBoardService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/referrals',
      {
        schema: routeSchema({
          operationId: 'listReferrals',
          summary: '转介收件箱与发件箱 Referrals received (inbox) or sent (outbox)',
          tags,
          querystring: referralListQuerySchema,
          response: { 200: referralPageSchema },
        }),
      },
      async (request) => referrals.list(actorOf(request), request.query),
    );

    app.get(
      '/referral-summary',
      {
        schema: routeSchema({
          operationId: 'getReferralSummary',
          summary: '本机构待答复、待反馈与逾期的转介数 What waits on one’s organisation',
          tags,
          response: { 200: referralSummarySchema },
        }),
      },
      async (request) => referrals.summary(actorOf(request)),
    );

    app.post(
      '/referrals',
      {
        schema: routeSchema({
          operationId: 'sendReferral',
          summary: '转介服务对象（须信息共享同意，或说明理由越过） Refer a client',
          tags,
          body: sendReferralSchema,
          response: { 201: referralDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await referrals.send(actorOf(request), request.body)),
    );

    app.get(
      '/referrals/:id',
      {
        schema: routeSchema({
          operationId: 'getReferral',
          summary:
            '转介详情、进程与时限（留痕） A referral with its history and deadlines (audited)',
          tags,
          params: idParams,
          response: { 200: referralDetailSchema },
        }),
      },
      async (request) => referrals.get(actorOf(request), request.params.id),
    );

    const step = <Body extends z.ZodType>(
      path: string,
      operationId: 'acceptReferral' | 'refuseReferral' | 'completeReferral' | 'revokeReferral',
      summary: string,
      body: Body,
      run: (
        actor: ReturnType<typeof actorOf>,
        id: string,
        input: z.infer<Body>,
      ) => Promise<ReferralDetail>,
    ) =>
      app.post(
        `/referrals/:id/${path}`,
        {
          schema: routeSchema({
            operationId,
            summary,
            tags,
            params: idParams,
            body,
            response: { 200: referralDetailSchema },
          }),
        },
        async (request) =>
          run(
            actorOf(request),
            (request.params as { id: string }).id,
            request.body as z.infer<Body>,
          ),
      );

    step(
      'accept',
      'acceptReferral',
      '接收转介 Accept a referral',
      acceptReferralSchema,
      (a, id, b) => referrals.accept(a, id, b),
    );
    step(
      'refuse',
      'refuseReferral',
      '拒绝转介（须说明原因） Refuse a referral',
      refuseReferralSchema,
      (a, id, b) => referrals.refuse(a, id, b),
    );
    step(
      'complete',
      'completeReferral',
      '反馈转介结果（办结） Report the result back',
      completeReferralSchema,
      (a, id, b) => referrals.complete(a, id, b),
    );
    step(
      'revoke',
      'revokeReferral',
      '撤回转介 Revoke a referral',
      revokeReferralSchema,
      (a, id, b) => referrals.revoke(a, id, b),
    );

    app.post(
      '/referrals/:id/return',
      {
        schema: routeSchema({
          operationId: 'returnReferral',
          summary: '回转：将服务对象转回原转出站点 Hand the client back to the referring station',
          tags,
          params: idParams,
          body: returnReferralSchema,
          response: { 201: referralDetailSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await referrals.returnBack(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/referral-board',
      {
        schema: routeSchema({
          operationId: 'getReferralBoard',
          summary: '辖区转介统计与时效（去标识化） Referrals of a region and their timeliness',
          tags,
          querystring: referralBoardQuerySchema,
          response: { 200: referralBoardSchema },
        }),
      },
      async (request) => board(actorOf(request), request.query),
    );
  };
}
