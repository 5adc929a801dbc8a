import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bidderStaffSchema,
  createTenderSchema,
  myBidListSchema,
  openTenderListSchema,
  ownBidSchema,
  submitBidSchema,
  tenderAwardSchema,
  tenderDetailSchema,
  tenderFailSchema,
  tenderListQuerySchema,
  tenderListSchema,
  tenderPanelSchema,
  tenderScoreSheetSchema,
  withdrawBidSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './tenders.access';
import type { TenderService } from './tenders.service';

const tags = ['政府购买服务 Purchase of services'];
const idParams = z.object({ id: z.uuid() });

export function tenderRoutes({ tenders }: { tenders: TenderService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/tenders',
      {
        schema: routeSchema({
          operationId: 'listTenders',
          summary: '项目的招标 The tenders of a project',
          tags,
          querystring: tenderListQuerySchema,
          response: { 200: tenderListSchema },
        }),
      },
      async (request) => tenders.list(actorOf(request), request.query.projectId),
    );

    app.post(
      '/tenders',
      {
        schema: routeSchema({
          operationId: 'publishTender',
          summary: '发布招标（已立项 → 招标中） Publish a tender',
          tags,
          body: createTenderSchema,
          response: { 201: tenderDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await tenders.publish(actorOf(request), request.body)),
    );

    app.get(
      '/tenders/:id',
      {
        schema: routeSchema({
          operationId: 'getTender',
          summary: '招标详情：投标、资格审查与评分（投标人只见本机构的） A tender',
          tags,
          params: idParams,
          response: { 200: tenderDetailSchema },
        }),
      },
      async (request) => tenders.get(actorOf(request), request.params.id),
    );

    app.put(
      '/tenders/:id/panel',
      {
        schema: routeSchema({
          operationId: 'setTenderPanel',
          summary: '组建评审小组 Set the review panel',
          tags,
          params: idParams,
          body: tenderPanelSchema,
          response: { 200: tenderDetailSchema },
        }),
      },
      async (request) => tenders.setPanel(actorOf(request), request.params.id, request.body),
    );

    app.put(
      '/tenders/:id/scores',
      {
        schema: routeSchema({
          operationId: 'enterTenderScores',
          summary: '录入一位评审专家的评分 Enter a panel member’s scores',
          tags,
          params: idParams,
          body: tenderScoreSheetSchema,
          response: { 200: tenderDetailSchema },
        }),
      },
      async (request) => tenders.enterScores(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/tenders/:id/award',
      {
        schema: routeSchema({
          operationId: 'awardTender',
          summary: '确定中标并公示（招标中 → 已中标） Award the tender',
          tags,
          params: idParams,
          body: tenderAwardSchema,
          response: { 200: tenderDetailSchema },
        }),
      },
      async (request) => tenders.award(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/tenders/:id/fail',
      {
        schema: routeSchema({
          operationId: 'failTender',
          summary: '流标（招标中 → 已立项，须说明理由） Declare the tender failed',
          tags,
          params: idParams,
          body: tenderFailSchema,
          response: { 200: tenderDetailSchema },
        }),
      },
      async (request) => tenders.fail(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/tenders/:id/bids',
      {
        schema: routeSchema({
          operationId: 'submitBid',
          summary: '投标（本机构） Bid for one’s organisation',
          tags,
          params: idParams,
          body: submitBidSchema,
          response: { 201: ownBidSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await tenders.submitBid(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/tenders/:id/bids/:bidId/withdraw',
      {
        schema: routeSchema({
          operationId: 'withdrawBid',
          summary: '撤回投标（截止前，须说明理由） Withdraw one’s bid before the deadline',
          tags,
          params: z.object({ id: z.uuid(), bidId: z.uuid() }),
          body: withdrawBidSchema,
          response: { 200: ownBidSchema },
        }),
      },
      async (request) =>
        tenders.withdrawBid(
          actorOf(request),
          request.params.id,
          request.params.bidId,
          request.body,
        ),
    );

    app.get(
      '/open-tenders',
      {
        schema: routeSchema({
          operationId: 'listOpenTenders',
          summary: '招标公告：正在接受投标的招标 Tenders open for bids',
          tags,
          response: { 200: openTenderListSchema },
        }),
      },
      async (request) => tenders.openTenders(actorOf(request)),
    );

    app.get(
      '/my-bids',
      {
        schema: routeSchema({
          operationId: 'listMyBids',
          summary: '本机构的投标与得分 One’s organisation’s bids',
          tags,
          response: { 200: myBidListSchema },
        }),
      },
      async (request) => tenders.myBids(actorOf(request)),
    );

    app.get(
      '/bidder-staff',
      {
        schema: routeSchema({
          operationId: 'listBidderStaff',
          summary: '本机构在职社工（组建投标团队） One’s staff, for a bid’s team',
          tags,
          response: { 200: bidderStaffSchema },
        }),
      },
      async (request) => tenders.bidderStaff(actorOf(request)),
    );
  };
}
