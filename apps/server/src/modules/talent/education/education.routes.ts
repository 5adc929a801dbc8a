import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceInputSchema,
  ceComplianceSchema,
  courseInputSchema,
  courseSchema,
  creditRuleSchema,
  enrolmentInputSchema,
  enrolmentSchema,
  pageOf,
  pageQuerySchema,
  regionCodeSchema,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { routeSchema } from '../talent.access';
import type { EducationService } from './education.service';

const tags = ['继续教育 Continuing education'];
const idParams = z.object({ id: z.uuid() });
const provinceParams = z.object({ province: z.string().regex(/^\d{2}$/) });

export function educationRoutes(education: EducationService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/courses',
      {
        schema: routeSchema({
          operationId: 'listCourses',
          summary: '继续教育课程 Courses',
          tags,
          querystring: pageQuerySchema.extend({ region: regionCodeSchema.optional() }),
          response: { 200: pageOf(courseSchema) },
        }),
      },
      async (request) => education.listCourses(actorOf(request), request.query),
    );
    app.post(
      '/courses',
      {
        schema: routeSchema({
          operationId: 'createCourse',
          summary: '开设课程 Create a course',
          tags,
          body: courseInputSchema,
          response: { 201: courseSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await education.createCourse(actorOf(request), request.body)),
    );
    app.get(
      '/courses/:id/enrolments',
      {
        schema: routeSchema({
          operationId: 'listEnrolments',
          summary: '课程学员 Enrolments of a course',
          tags,
          params: idParams,
          response: { 200: z.object({ items: z.array(enrolmentSchema) }) },
        }),
      },
      async (request) => ({
        items: await education.listEnrolments(actorOf(request), { courseId: request.params.id }),
      }),
    );
    app.post(
      '/courses/:id/enrolments',
      {
        schema: routeSchema({
          operationId: 'enrolWorkers',
          summary: '报名 Enrol workers',
          tags,
          params: idParams,
          body: enrolmentInputSchema,
          response: { 200: z.object({ enrolled: z.number().int() }) },
        }),
      },
      async (request) =>
        education.enrol(actorOf(request), request.params.id, request.body.workerIds),
    );
    app.post(
      '/enrolments/:id/attendance',
      {
        schema: routeSchema({
          operationId: 'recordAttendance',
          summary: '结业或缺勤（结业计入学时）Completion or absence',
          tags,
          params: idParams,
          body: attendanceInputSchema,
          response: { 200: enrolmentSchema },
        }),
      },
      async (request) =>
        education.recordAttendance(actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/continuing-education/short',
      {
        schema: routeSchema({
          operationId: 'listShortOfHours',
          summary:
            '半年内登记到期且学时不足的社工 Workers short of hours whose registration ends within 6 months',
          tags,
          querystring: z.object({ region: regionCodeSchema.optional() }),
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  workerId: z.uuid(),
                  workerName: z.string(),
                  regionCode: z.string(),
                  validUntil: z.string(),
                  compliance: ceComplianceSchema,
                }),
              ),
            }),
          },
        }),
      },
      async (request) => ({ items: await education.shortOfHours(actorOf(request), request.query) }),
    );
    app.get(
      '/credit-rules/:province',
      {
        schema: routeSchema({
          operationId: 'getCreditRule',
          summary: '本省学时认定规则 A province’s credit rule',
          tags,
          params: provinceParams,
          response: { 200: creditRuleSchema },
        }),
      },
      async (request) => education.getCreditRule(actorOf(request), request.params.province),
    );
    app.put(
      '/credit-rules/:province',
      {
        schema: routeSchema({
          operationId: 'setCreditRule',
          summary: '设定学时认定规则（省级）Set the credit rule',
          tags,
          params: provinceParams,
          body: creditRuleSchema.strict(),
          response: { 200: creditRuleSchema },
        }),
      },
      async (request) =>
        education.setCreditRule(actorOf(request), request.params.province, request.body),
    );
  };
}
