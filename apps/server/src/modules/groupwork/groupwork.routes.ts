import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityDetailSchema,
  activityInputSchema,
  activityListQuerySchema,
  activityPageSchema,
  activitySessionInputSchema,
  addMemberSchema,
  addParticipantSchema,
  attendanceSheetSchema,
  groupDetailSchema,
  groupInputSchema,
  groupListQuerySchema,
  groupPageSchema,
  groupSessionInputSchema,
  leaderOptionSchema,
  memberLeaveSchema,
  moveGroupStageSchema,
  personTimesByDivisionQuerySchema,
  personTimesByDivisionSchema,
  personTimesQuerySchema,
  personTimesReportSchema,
  removeParticipantSchema,
  saveAttendanceSchema,
  serviceLedgerQuerySchema,
  serviceSessionSchema,
  stationMonthQuerySchema,
  stationMonthSchema,
  updateActivitySchema,
  updateGroupSchema,
  updateSessionSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import type { ActivityService } from './activities.service';
import { routeSchema } from './groupwork.access';
import type { GroupService } from './groups.service';
import type { PersonTimesService } from './person-times.service';
import type { ServiceLedger } from './service-ledger';
import type { SessionService } from './sessions.service';
import type { StationOptions } from './station-options';

const groupTags = ['小组工作 Groups'];
const activityTags = ['社区活动 Community activities'];
const countTags = ['服务人次 Person-times'];
const idParams = z.object({ id: z.uuid() });

export function groupworkRoutes(deps: {
  groups: GroupService;
  activities: ActivityService;
  sessions: SessionService;
  personTimes: PersonTimesService;
  ledger: ServiceLedger;
  stationOptions: StationOptions;
}): FastifyPluginAsyncZod {
  const { groups, activities, sessions, personTimes, ledger, stationOptions } = deps;
  return async (app) => {
    app.get(
      '/groupwork/stations',
      {
        schema: routeSchema({
          operationId: 'listGroupworkStations',
          summary: '可开展服务的站点（按名称搜索） Stations to work at',
          tags: groupTags,
          querystring: z.strictObject({ q: z.string().trim().max(50).optional() }),
          response: {
            200: z.array(
              z.object({
                id: z.uuid(),
                name: z.string(),
                regionCode: z.string(),
                regionName: z.string(),
              }),
            ),
          },
        }),
      },
      async (request) => stationOptions(actorOf(request), request.query.q),
    );

    app.get(
      '/groupwork/leaders',
      {
        schema: routeSchema({
          operationId: 'listGroupworkColleagues',
          summary: '可带领小组的本机构社工 Social workers who may lead a group',
          tags: groupTags,
          response: { 200: z.array(leaderOptionSchema) },
        }),
      },
      async (request) => groups.leaderOptions(actorOf(request)),
    );

    app.get(
      '/groups',
      {
        schema: routeSchema({
          operationId: 'listGroups',
          summary: '小组 Groups',
          tags: groupTags,
          querystring: groupListQuerySchema,
          response: { 200: groupPageSchema },
        }),
      },
      async (request) => groups.list(actorOf(request), request.query),
    );

    app.post(
      '/groups',
      {
        schema: routeSchema({
          operationId: 'createGroup',
          summary: '新建小组（筹备期） Start a group',
          tags: groupTags,
          body: groupInputSchema,
          response: { 201: groupDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await groups.create(actorOf(request), request.body)),
    );

    app.get(
      '/groups/:id',
      {
        schema: routeSchema({
          operationId: 'getGroup',
          summary: '小组详情：组员、节次与阶段（本机构留痕） A group',
          tags: groupTags,
          params: idParams,
          response: { 200: groupDetailSchema },
        }),
      },
      async (request) => groups.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/groups/:id',
      {
        schema: routeSchema({
          operationId: 'updateGroup',
          summary: '修改小组信息 Change a group',
          tags: groupTags,
          params: idParams,
          body: updateGroupSchema,
          response: { 200: groupDetailSchema },
        }),
      },
      async (request) => groups.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/groups/:id/stage',
      {
        schema: routeSchema({
          operationId: 'moveGroupStage',
          summary: '推进到下一阶段（结束期须填写总结） Move to the next stage',
          tags: groupTags,
          params: idParams,
          body: moveGroupStageSchema,
          response: { 200: groupDetailSchema },
        }),
      },
      async (request) => groups.moveStage(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/groups/:id/members',
      {
        schema: routeSchema({
          operationId: 'addGroupMember',
          summary: '组员入组 A client joins the group',
          tags: groupTags,
          params: idParams,
          body: addMemberSchema,
          response: { 200: groupDetailSchema },
        }),
      },
      async (request) => groups.addMember(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/groups/:id/members/:memberId/leave',
      {
        schema: routeSchema({
          operationId: 'endGroupMembership',
          summary: '组员退组 A member leaves',
          tags: groupTags,
          params: z.object({ id: z.uuid(), memberId: z.uuid() }),
          body: memberLeaveSchema,
          response: { 200: groupDetailSchema },
        }),
      },
      async (request) =>
        groups.endMembership(
          actorOf(request),
          request.params.id,
          request.params.memberId,
          request.body,
        ),
    );

    app.post(
      '/groups/:id/sessions',
      {
        schema: routeSchema({
          operationId: 'addGroupSession',
          summary: '新增小组节次 Add a session',
          tags: groupTags,
          params: idParams,
          body: groupSessionInputSchema,
          response: { 201: serviceSessionSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await groups.addSession(actorOf(request), request.params.id, request.body)),
    );

    app.get(
      '/activities',
      {
        schema: routeSchema({
          operationId: 'listActivities',
          summary: '社区活动 Community activities',
          tags: activityTags,
          querystring: activityListQuerySchema,
          response: { 200: activityPageSchema },
        }),
      },
      async (request) => activities.list(actorOf(request), request.query),
    );

    app.post(
      '/activities',
      {
        schema: routeSchema({
          operationId: 'createActivity',
          summary: '新建社区活动 Start a community activity',
          tags: activityTags,
          body: activityInputSchema,
          response: { 201: activityDetailSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await activities.create(actorOf(request), request.body)),
    );

    app.get(
      '/activities/:id',
      {
        schema: routeSchema({
          operationId: 'getActivity',
          summary: '社区活动详情（本机构留痕） A community activity',
          tags: activityTags,
          params: idParams,
          response: { 200: activityDetailSchema },
        }),
      },
      async (request) => activities.get(actorOf(request), request.params.id),
    );

    app.patch(
      '/activities/:id',
      {
        schema: routeSchema({
          operationId: 'updateActivity',
          summary: '修改社区活动 Change an activity',
          tags: activityTags,
          params: idParams,
          body: updateActivitySchema,
          response: { 200: activityDetailSchema },
        }),
      },
      async (request) => activities.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/activities/:id/participants',
      {
        schema: routeSchema({
          operationId: 'addActivityParticipant',
          summary: '登记活动参与者 Register a participant',
          tags: activityTags,
          params: idParams,
          body: addParticipantSchema,
          response: { 200: activityDetailSchema },
        }),
      },
      async (request) =>
        activities.addParticipant(actorOf(request), request.params.id, request.body.clientId),
    );

    app.post(
      '/activities/:id/participants/:participantId/remove',
      {
        schema: routeSchema({
          operationId: 'removeActivityParticipant',
          summary: '移除未签到的参与者 Take a registration back',
          tags: activityTags,
          params: z.object({ id: z.uuid(), participantId: z.uuid() }),
          body: removeParticipantSchema,
          response: { 200: activityDetailSchema },
        }),
      },
      async (request) =>
        activities.removeParticipant(
          actorOf(request),
          request.params.id,
          request.params.participantId,
          request.body.reason,
        ),
    );

    app.post(
      '/activities/:id/sessions',
      {
        schema: routeSchema({
          operationId: 'addActivitySession',
          summary: '新增活动场次 Add a session',
          tags: activityTags,
          params: idParams,
          body: activitySessionInputSchema,
          response: { 201: serviceSessionSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await activities.addSession(actorOf(request), request.params.id, request.body)),
    );

    app.patch(
      '/service-sessions/:id',
      {
        schema: routeSchema({
          operationId: 'updateServiceSession',
          summary: '修改节次或场次 Change a session',
          tags: groupTags,
          params: idParams,
          body: updateSessionSchema,
          response: { 200: serviceSessionSchema },
        }),
      },
      async (request) => sessions.update(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/service-sessions/:id/attendance',
      {
        schema: routeSchema({
          operationId: 'getAttendanceSheet',
          summary: '签到表（留痕） The attendance sheet',
          tags: groupTags,
          params: idParams,
          response: { 200: attendanceSheetSchema },
        }),
      },
      async (request) => sessions.attendanceSheet(actorOf(request), request.params.id),
    );

    app.put(
      '/service-sessions/:id/attendance',
      {
        schema: routeSchema({
          operationId: 'saveAttendance',
          summary: '保存签到（一次提交整张表） Save the attendance sheet',
          tags: groupTags,
          params: idParams,
          body: saveAttendanceSchema,
          response: { 200: attendanceSheetSchema },
        }),
      },
      async (request) =>
        sessions.saveAttendance(actorOf(request), request.params.id, request.body.entries),
    );

    app.get(
      '/person-times',
      {
        schema: routeSchema({
          operationId: 'getPersonTimes',
          summary: '服务人次：按站点、机构与月份（只计出席） Person-times by station and month',
          tags: countTags,
          querystring: personTimesQuerySchema,
          response: { 200: personTimesReportSchema },
        }),
      },
      async (request) => personTimes.report(actorOf(request), request.query),
    );

    app.get(
      '/person-times/by-division',
      {
        schema: routeSchema({
          operationId: 'getPersonTimesByDivision',
          summary: '服务人次：下级区划按月（只计出席） Person-times of the divisions by month',
          tags: countTags,
          querystring: personTimesByDivisionQuerySchema,
          response: { 200: personTimesByDivisionSchema },
        }),
      },
      async (request) => personTimes.byDivision(actorOf(request), request.query),
    );

    app.get(
      '/person-times/station-month',
      {
        schema: routeSchema({
          operationId: 'getStationMonth',
          summary: '站点月度人次 A station’s month of person-times',
          tags: countTags,
          querystring: stationMonthQuerySchema,
          response: { 200: stationMonthSchema },
        }),
      },
      async (request) => personTimes.stationMonth(actorOf(request), request.query),
    );

    app.get(
      '/service-ledger',
      {
        schema: routeSchema({
          operationId: 'exportServiceLedger',
          summary: '服务台账（xlsx）：站点一个月的小组、节次、活动与人次 The service ledger',
          tags: countTags,
          querystring: serviceLedgerQuerySchema,
        }),
      },
      async (request, reply) => ledger(actorOf(request), request.query, reply),
    );
  };
}
