import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ageBands,
  certificateLevels,
  educationLevels,
  employerKinds,
  labelOf,
  regionCodeSchema,
  serviceYearBands,
  talentCensusQuerySchema,
  talentCensusSchema,
  talentTargetInputSchema,
  type Language,
  type TalentCensus,
} from '@shegong/domain';
import { actorOf } from '../../../platform/auth/authentication';
import { sendXlsx } from '../../../platform/export/xlsx-stream';
import { routeSchema } from '../talent.access';
import type { TalentStatisticsService } from './talent-statistics.service';

const tags = ['人才统计 Talent statistics'];
const regionQuery = z.object({ region: regionCodeSchema });
const censusQuery = talentCensusQuerySchema;

interface CensusRow {
  dimension: string;
  item: string;
  count: number;
}

/** The census flattened into one sheet: dimension, item, count. */
function censusRows(census: TalentCensus, language: Language): CensusRow[] {
  const zh = language === 'zh-CN';
  const label = (
    list: readonly { code: string; 'zh-CN': string; 'en-US': string }[],
    key: string,
  ) => list.find((e) => e.code === key)?.[language] ?? key;
  const rows: CensusRow[] = [
    { dimension: zh ? '合计' : 'Total', item: zh ? '人才总数' : 'Workers', count: census.total },
    {
      dimension: zh ? '合计' : 'Total',
      item: zh ? '持证人数' : 'Certified',
      count: census.certified,
    },
    { dimension: zh ? '合计' : 'Total', item: zh ? '在岗人数' : 'In post', count: census.employed },
  ];
  const add = (
    dimension: string,
    buckets: { key: string; count: number }[],
    name: (key: string) => string,
  ) => rows.push(...buckets.map((b) => ({ dimension, item: name(b.key), count: b.count })));
  rows.push(
    ...census.byRegion.map((r) => ({
      dimension: zh ? '区划' : 'Region',
      item: r.regionName,
      count: r.total,
    })),
  );
  add(zh ? '性别' : 'Sex', census.bySex, (k) =>
    k === 'male' ? (zh ? '男' : 'Male') : zh ? '女' : 'Female',
  );
  add(zh ? '年龄' : 'Age', census.byAgeBand, (k) => label(ageBands, k));
  add(zh ? '学历' : 'Education', census.byEducation, (k) =>
    labelOf(educationLevels, k as never, language),
  );
  add(zh ? '社会工作专业' : 'Social work major', census.bySocialWorkMajor, (k) =>
    k === 'yes' ? (zh ? '是' : 'Yes') : zh ? '否' : 'No',
  );
  add(zh ? '从业年限' : 'Years in service', census.byServiceYears, (k) =>
    label(serviceYearBands, k),
  );
  add(zh ? '证书等级' : 'Certificate', census.byLevel, (k) =>
    k === 'none' ? (zh ? '未持证' : 'None') : labelOf(certificateLevels, k as never, language),
  );
  add(zh ? '用人单位' : 'Employer', census.byEmployerKind, (k) =>
    k === 'none' ? (zh ? '未在岗' : 'Not in post') : labelOf(employerKinds, k as never, language),
  );
  rows.push(
    ...census.trend.flatMap((t) => [
      { dimension: zh ? '年度在岗' : 'In post by year', item: String(t.year), count: t.employed },
      {
        dimension: zh ? '年度持证' : 'Certified by year',
        item: String(t.year),
        count: t.certified,
      },
    ]),
  );
  return rows;
}

export function talentStatisticsRoutes(statistics: TalentStatisticsService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/talent-statistics',
      {
        schema: routeSchema({
          operationId: 'getTalentCensus',
          summary: '人才队伍统计 The talent census of a region',
          tags,
          querystring: censusQuery,
          response: { 200: talentCensusSchema },
        }),
      },
      async (request) =>
        statistics.census(actorOf(request), request.query.region, request.query.year),
    );
    app.get(
      '/talent-statistics/export',
      {
        schema: routeSchema({
          operationId: 'exportTalentCensus',
          summary: '导出人才统计（xlsx）Export the census',
          tags,
          querystring: regionQuery,
        }),
      },
      async (request, reply) => {
        const census = await statistics.census(actorOf(request), request.query.region);
        const zh = request.language === 'zh-CN';
        async function* batches() {
          yield censusRows(census, request.language);
        }
        const sheet = zh ? '人才统计' : 'Census';
        return sendXlsx<CensusRow>(reply, {
          filename: `${sheet}-${census.regionName}-${census.asOf}.xlsx`,
          sheet,
          columns: [
            { header: zh ? '维度' : 'Dimension', width: 18, value: (r) => r.dimension },
            { header: zh ? '项目' : 'Item', width: 24, value: (r) => r.item },
            { header: zh ? '人数' : 'Count', value: (r) => r.count },
          ],
          rows: batches(),
        });
      },
    );
    app.put(
      '/talent-targets',
      {
        schema: routeSchema({
          operationId: 'setTalentTarget',
          summary: '设定年度人才目标 Set a region’s yearly target',
          tags,
          querystring: regionQuery,
          body: talentTargetInputSchema,
          response: { 200: talentCensusSchema },
        }),
      },
      async (request) => statistics.setTarget(actorOf(request), request.query.region, request.body),
    );
  };
}
