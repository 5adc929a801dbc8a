import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarDayParamsSchema,
  calendarDaySchema,
  calendarYearQuerySchema,
  calendarYearSchema,
  deadlinePolicyListSchema,
  deadlinePolicyParamsSchema,
  deadlinePolicySchema,
  resetDeadlinePolicyQuerySchema,
  setCalendarDaySchema,
  setDeadlinePolicySchema,
} from '@shegong/domain';
import { actorOf } from '../auth/authentication';
import { routeSchema } from '../http/route-schema';
import type { DeadlineSettingsService } from './deadline-settings.service';

const tags = ['工作日历与时限 Working calendar and deadlines'];

/** The working calendar and the deadline policies' amounts (settings:manage changes them). */
export function deadlineSettingsRoutes(settings: DeadlineSettingsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/calendar-days',
      {
        schema: routeSchema({
          operationId: 'listCalendarDays',
          summary: '一年的放假与调休安排 The holidays and make-up working days of a year',
          tags,
          querystring: calendarYearQuerySchema,
          response: { 200: calendarYearSchema },
        }),
      },
      async (request) => settings.calendarYear(actorOf(request), request.query.year),
    );

    app.put(
      '/calendar-days/:date',
      {
        schema: routeSchema({
          operationId: 'setCalendarDay',
          summary: '设定某日放假或调休上班 Make a day a holiday or a make-up working day',
          tags,
          params: calendarDayParamsSchema,
          body: setCalendarDaySchema,
          response: { 200: calendarDaySchema },
        }),
      },
      async (request) =>
        settings.setCalendarDay(actorOf(request), request.params.date, request.body),
    );

    app.delete(
      '/calendar-days/:date',
      {
        schema: routeSchema({
          operationId: 'removeCalendarDay',
          summary: '撤销某日的安排（恢复按周末计） Remove a day’s arrangement',
          tags,
          params: calendarDayParamsSchema,
        }),
      },
      async (request, reply) => {
        await settings.removeCalendarDay(actorOf(request), request.params.date);
        return reply.status(204).send();
      },
    );

    app.get(
      '/deadline-policies',
      {
        schema: routeSchema({
          operationId: 'listDeadlinePolicies',
          summary: '各模块的时限规则及现行时限 The deadline policies and their amounts in force',
          tags,
          response: { 200: deadlinePolicyListSchema },
        }),
      },
      async (request) => settings.listPolicies(actorOf(request)),
    );

    app.put(
      '/deadline-policies/:policyCode',
      {
        schema: routeSchema({
          operationId: 'setDeadlinePolicy',
          summary:
            '修改时限（此后开始计时的生效） Set a policy’s amount for deadlines started from now on',
          tags,
          params: deadlinePolicyParamsSchema,
          body: setDeadlinePolicySchema,
          response: { 200: deadlinePolicySchema },
        }),
      },
      async (request) =>
        settings.setPolicyAmount(actorOf(request), request.params.policyCode, request.body),
    );

    app.delete(
      '/deadline-policies/:policyCode',
      {
        schema: routeSchema({
          operationId: 'resetDeadlinePolicy',
          summary: '恢复默认时限 Back to the policy’s declared amount',
          tags,
          params: deadlinePolicyParamsSchema,
          querystring: resetDeadlinePolicyQuerySchema,
          response: { 200: deadlinePolicySchema },
        }),
      },
      async (request) =>
        settings.resetPolicy(actorOf(request), request.params.policyCode, request.query.version),
    );
  };
}
