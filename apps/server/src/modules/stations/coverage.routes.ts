import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  coverageSchema,
  regionCodeSchema,
  removeStaffingNormQuerySchema,
  staffingNormResponseSchema,
  updateStaffingNormSchema,
  type Coverage,
  type Language,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { sendXlsx, type XlsxColumn } from '../../platform/export/xlsx-stream';
import { routeSchema } from './stations.access';
import type { CoverageService } from './coverage.service';
import type { StaffingNormService } from './staffing-norms.service';

const tags = ['阵地覆盖 Coverage'];
const regionQuery = z.object({ region: regionCodeSchema });

type Row = Coverage['children'][number];

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

function coverageColumns(language: Language): XlsxColumn<Row>[] {
  const zh = language === 'zh-CN';
  return [
    { header: zh ? '区划代码' : 'Code', value: (r) => r.regionCode },
    { header: zh ? '区划' : 'Division', width: 16, value: (r) => r.regionName },
    { header: zh ? '区划全称' : 'Full name', width: 36, value: (r) => r.regionPath },
    { header: zh ? '乡镇（街道）数' : 'Townships', value: (r) => r.townships },
    { header: zh ? '建站乡镇数' : 'With a station', value: (r) => r.townshipsWithStation },
    {
      header: zh ? '乡镇覆盖率%' : 'Township coverage %',
      value: (r) => percent(r.townshipCoverage),
    },
    { header: zh ? '村（社区）数' : 'Villages', value: (r) => r.villages },
    {
      header: zh ? '社工达标村（社区）数' : 'Villages staffed to norm',
      value: (r) => r.villagesStaffed,
    },
    {
      header: zh ? '村（社区）达标率%' : 'Village coverage %',
      value: (r) => percent(r.villageCoverage),
    },
    {
      header: zh ? '低于配备标准的站点' : 'Stations below norm',
      value: (r) => r.stationsBelowNorm,
    },
    { header: zh ? '在岗社工' : 'Workers', value: (r) => r.workers },
    { header: zh ? '服务人口' : 'Residents served', value: (r) => r.servicePopulation },
    {
      header: zh ? '每名社工服务人口' : 'Residents per worker',
      value: (r) => (r.populationPerWorker === null ? null : Math.round(r.populationPerWorker)),
    },
  ];
}

export function coverageRoutes(deps: {
  coverage: CoverageService;
  norms: StaffingNormService;
}): FastifyPluginAsyncZod {
  const { coverage, norms } = deps;
  return async (app) => {
    app.get(
      '/coverage',
      {
        schema: routeSchema({
          operationId: 'getCoverage',
          summary: '阵地覆盖：区划及其下级 Network coverage of a region and the divisions below it',
          tags,
          querystring: regionQuery,
          response: { 200: coverageSchema },
        }),
      },
      async (request) => coverage.coverage(actorOf(request), request.query.region),
    );

    app.get(
      '/coverage/export',
      {
        schema: routeSchema({
          operationId: 'exportCoverage',
          summary: '导出覆盖统计（xlsx）Export coverage',
          tags,
          querystring: regionQuery,
        }),
      },
      async (request, reply) => {
        const result = await coverage.coverage(actorOf(request), request.query.region);
        const total: Row = {
          ...result.summary,
          regionCode: result.regionCode,
          regionName: `${result.regionName}（${request.language === 'zh-CN' ? '合计' : 'total'}）`,
          regionPath: result.regionPath,
        };
        async function* rows() {
          yield [total, ...result.children];
        }
        const sheet = request.language === 'zh-CN' ? '阵地覆盖' : 'Coverage';
        return sendXlsx(reply, {
          filename: `${sheet}-${result.regionName}.xlsx`,
          sheet,
          columns: coverageColumns(request.language),
          rows: rows(),
        });
      },
    );

    app.get(
      '/staffing-norms',
      {
        schema: routeSchema({
          operationId: 'getStaffingNorm',
          summary: '配备标准（本区划或上级设定）The staffing norm in force for a region',
          tags,
          querystring: regionQuery,
          response: { 200: staffingNormResponseSchema },
        }),
      },
      async (request) => norms.get(actorOf(request), request.query.region),
    );

    app.put(
      '/staffing-norms',
      {
        schema: routeSchema({
          operationId: 'setStaffingNorm',
          summary: '设定本区划配备标准 Set a region’s staffing norm',
          tags,
          querystring: regionQuery,
          body: updateStaffingNormSchema,
          response: { 200: staffingNormResponseSchema },
        }),
      },
      async (request) => norms.set(actorOf(request), request.query.region, request.body),
    );

    app.delete(
      '/staffing-norms',
      {
        schema: routeSchema({
          operationId: 'removeStaffingNorm',
          summary:
            '撤销本区划配备标准（恢复上级或默认标准）Remove a region’s own norm, falling back to the inherited one',
          tags,
          querystring: removeStaffingNormQuerySchema,
          response: { 200: staffingNormResponseSchema },
        }),
      },
      async (request) =>
        norms.remove(actorOf(request), request.query.region, request.query.version),
    );
  };
}
