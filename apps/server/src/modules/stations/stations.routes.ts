import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  endStaffAssignmentSchema,
  pageOf,
  staffAssignmentInputSchema,
  staffAssignmentSchema,
  stationDetailSchema,
  stationInputSchema,
  stationListQuerySchema,
  stationSchema,
  updateStationSchema,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { routeSchema } from './stations.access';
import type { StationStaffService } from './station-staff.service';
import type { StationService } from './stations.service';

const tags = ['服务站点 Stations'];
const idParams = z.object({ id: z.uuid() });

export function stationRoutes(deps: {
  stations: StationService;
  staff: StationStaffService;
}): FastifyPluginAsyncZod {
  const { stations, staff } = deps;
  return async (app) => {
    app.get(
      '/stations',
      {
        schema: routeSchema({
          operationId: 'listStations',
          summary: '服务站点 Stations in scope',
          tags,
          querystring: stationListQuerySchema,
          response: { 200: pageOf(stationSchema) },
        }),
      },
      async (request) => stations.list(actorOf(request), request.query),
    );

    app.get(
      '/stations/:id',
      {
        schema: routeSchema({
          operationId: 'getStation',
          summary: '站点详情：人员与下级站点 One station with its staff and children',
          tags,
          params: idParams,
          response: { 200: stationDetailSchema },
        }),
      },
      async (request) => {
        const actor = actorOf(request);
        const station = await stations.get(actor, request.params.id);
        return { ...station, staff: await staff.list(actor, request.params.id) };
      },
    );

    app.post(
      '/stations',
      {
        schema: routeSchema({
          operationId: 'createStation',
          summary: '新建站点 Create a station',
          tags,
          body: stationInputSchema,
          response: { 201: stationSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await stations.create(actorOf(request), request.body)),
    );

    app.patch(
      '/stations/:id',
      {
        schema: routeSchema({
          operationId: 'updateStation',
          summary: '修改站点 Update a station',
          tags,
          params: idParams,
          body: updateStationSchema,
          response: { 200: stationSchema },
        }),
      },
      async (request) => stations.update(actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/stations/:id/staff',
      {
        schema: routeSchema({
          operationId: 'assignStationStaff',
          summary: '配备社工 Assign a social worker',
          tags,
          params: idParams,
          body: staffAssignmentInputSchema,
          response: { 201: staffAssignmentSchema },
        }),
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await staff.assign(actorOf(request), request.params.id, request.body)),
    );

    app.post(
      '/station-staff/:id/end',
      {
        schema: routeSchema({
          operationId: 'endStationStaff',
          summary: '社工离岗 End an assignment',
          tags,
          params: idParams,
          body: endStaffAssignmentSchema,
          response: { 200: staffAssignmentSchema },
        }),
      },
      async (request) => staff.end(actorOf(request), request.params.id, request.body),
    );
  };
}
