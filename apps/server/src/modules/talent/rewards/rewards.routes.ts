import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  pageOf,
  regionCodeSchema,
  rewardDecisionSchema,
  rewardGrantListQuerySchema,
  rewardGrantSchema,
  rewardPaymentSchema,
  rewardRuleInputSchema,
  rewardRuleSchema,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { routeSchema } from '../talent.access';
import type { RewardService } from './rewards.service';

const tags = ['人才奖励 Rewards'];
const idParams = z.object({ id: z.uuid() });
const regionQuery = z.object({ region: regionCodeSchema });

export function rewardRoutes(rewards: RewardService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/reward-rules',
      {
        schema: routeSchema({
          operationId: 'getRewardRules',
          summary: '持证奖励标准 Reward amounts in force',
          tags,
          querystring: regionQuery,
          response: { 200: z.object({ items: z.array(rewardRuleSchema) }) },
        }),
      },
      async (request) => ({ items: await rewards.rules(actorOf(request), request.query.region) }),
    );
    app.put(
      '/reward-rules',
      {
        schema: routeSchema({
          operationId: 'setRewardRules',
          summary: '设定本地区奖励标准（分）Set a region’s amounts (fen)',
          tags,
          querystring: regionQuery,
          body: rewardRuleInputSchema,
          response: { 200: z.object({ items: z.array(rewardRuleSchema) }) },
        }),
      },
      async (request) => ({
        items: await rewards.setRules(actorOf(request), request.query.region, request.body.amounts),
      }),
    );
    app.get(
      '/reward-grants',
      {
        schema: routeSchema({
          operationId: 'listRewardGrants',
          summary: '奖励申请 Reward grants',
          tags,
          querystring: rewardGrantListQuerySchema,
          response: { 200: pageOf(rewardGrantSchema) },
        }),
      },
      async (request) => rewards.list(actorOf(request), request.query),
    );
    app.post(
      '/reward-grants/:id/decision',
      {
        schema: routeSchema({
          operationId: 'decideReward',
          summary: '审核 Approve or reject',
          tags,
          params: idParams,
          body: rewardDecisionSchema,
          response: { 200: rewardGrantSchema },
        }),
      },
      async (request) => rewards.decide(actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/reward-grants/:id/payment',
      {
        schema: routeSchema({
          operationId: 'payReward',
          summary: '发放 Record the payment',
          tags,
          params: idParams,
          body: rewardPaymentSchema,
          response: { 200: rewardGrantSchema },
        }),
      },
      async (request) => rewards.pay(actorOf(request), request.params.id, request.body),
    );
  };
}
