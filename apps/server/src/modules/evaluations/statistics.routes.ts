import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { evaluationStatisticsQuerySchema, evaluationStatisticsSchema } from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './evaluations.access';
import type { StatisticsService } from './statistics.service';

/** The officers' view of one standard: grade distributions and the spread between agencies. */
export function evaluationStatisticsRoutes({
  statistics,
}: {
  statistics: StatisticsService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/evaluation-statistics',
      {
        schema: routeSchema({
          operationId: 'getEvaluationStatistics',
          summary: '评估等级分布与各评估机构评分离散度 Grades and the spread between agencies',
          tags: ['绩效评估 Evaluations'],
          querystring: evaluationStatisticsQuerySchema,
          response: { 200: evaluationStatisticsSchema },
        }),
      },
      async (request) => statistics.statistics(actorOf(request), request.query),
    );
  };
}
