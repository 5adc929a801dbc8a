import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  allocationListQuerySchema,
  allocationSchema,
  createAllocationSchema,
  createFundSourceSchema,
  fundSourceListQuerySchema,
  fundSourcePageSchema,
  fundSourceSchema,
  fundingSourceSchema,
  fundingSources,
  fundsSummaryQuerySchema,
  fundsSummarySchema,
  labelOf,
  regionCodeSchema,
  updateAllocationSchema,
  updateFundSourceSchema,
  type Allocation,
  type FundSource,
  type Language,
} from '@shegong/domain';
import { actorOf } from '../../platform/auth/authentication';
import { sendXlsx, type XlsxColumn } from '../../platform/export/xlsx-stream';
import { routeSchema } from './funds.access';
import type { FundService } from './funds.service';

const tags = ['购买服务资金 Funds'];
const idParams = z.object({ id: z.uuid() });

type LedgerRow = { source: FundSource; allocation: Allocation | null };
const yuan = (fen: number) => Math.round(fen) / 100;

/** 资金台账: one line per allocation of each source (a source with none has one line). */
function ledgerColumns(language: Language): XlsxColumn<LedgerRow>[] {
  const zh = language === 'zh-CN';
  return [
    { header: zh ? '年度' : 'Year', width: 8, value: (r) => r.source.year },
    { header: zh ? '区划' : 'Division', width: 28, value: (r) => r.source.regionName },
    {
      header: zh ? '资金类别' : 'Kind',
      width: 16,
      value: (r) => labelOf(fundingSources, r.source.kind, language),
    },
    { header: zh ? '资金名称' : 'Source', width: 32, value: (r) => r.source.name },
    {
      header: zh ? '资金金额（元）' : 'Amount (yuan)',
      width: 16,
      value: (r) => yuan(r.source.amountFen),
    },
    {
      header: zh ? '已安排（元）' : 'Allocated (yuan)',
      width: 16,
      value: (r) => yuan(r.source.allocatedFen),
    },
    {
      header: zh ? '未安排（元）' : 'Unallocated (yuan)',
      width: 16,
      value: (r) => yuan(r.source.remainingFen),
    },
    {
      header: zh ? '项目编号' : 'Project code',
      width: 18,
      value: (r) => r.allocation?.projectCode ?? '',
    },
    {
      header: zh ? '项目名称' : 'Project',
      width: 32,
      value: (r) => r.allocation?.projectTitle ?? '',
    },
    {
      header: zh ? '安排金额（元）' : 'Allocation (yuan)',
      width: 16,
      value: (r) => (r.allocation ? yuan(r.allocation.amountFen) : null),
    },
    { header: zh ? '安排说明' : 'Note', width: 24, value: (r) => r.allocation?.note ?? '' },
    {
      header: zh ? '登记人' : 'Recorded by',
      width: 14,
      value: (r) => r.allocation?.createdByName ?? r.source.createdByName,
    },
  ];
}

export function fundRoutes({ funds }: { funds: FundService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/fund-sources',
      {
        schema: routeSchema({
          operationId: 'listFundSources',
          summary: '资金来源（按区划、年度、类别） Fund sources',
          tags,
          querystring: fundSourceListQuerySchema,
          response: { 200: fundSourcePageSchema },
        }),
      },
      async (request) => funds.listSources(actorOf(request), request.query),
    );

    app.post(
      '/fund-sources',
      {
        schema: routeSchema({
          operationId: 'createFundSource',
          summary: '登记资金来源 Record a fund source',
          tags,
          body: createFundSourceSchema,
          response: { 201: fundSourceSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await funds.createSource(actorOf(request), request.body)),
    );

    app.get(
      '/fund-sources/:id',
      {
        schema: routeSchema({
          operationId: 'getFundSource',
          summary: '资金来源详情 A fund source',
          tags,
          params: idParams,
          response: { 200: fundSourceSchema },
        }),
      },
      async (request) => funds.getSource(actorOf(request), request.params.id),
    );

    app.patch(
      '/fund-sources/:id',
      {
        schema: routeSchema({
          operationId: 'updateFundSource',
          summary: '修改资金来源（不少于已安排） Change a fund source',
          tags,
          params: idParams,
          body: updateFundSourceSchema,
          response: { 200: fundSourceSchema },
        }),
      },
      async (request) => funds.updateSource(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/fund-allocations',
      {
        schema: routeSchema({
          operationId: 'listFundAllocations',
          summary: '资金安排（按资金来源或项目） Allocations of a source or to a project',
          tags,
          querystring: allocationListQuerySchema,
          response: { 200: z.array(allocationSchema) },
        }),
      },
      async (request) => funds.listAllocations(actorOf(request), request.query),
    );

    app.post(
      '/fund-allocations',
      {
        schema: routeSchema({
          operationId: 'createFundAllocation',
          summary: '把资金安排到项目（合计不超过资金来源） Allocate funds to a project',
          tags,
          body: createAllocationSchema,
          response: { 201: allocationSchema },
        }),
      },
      async (request, reply) =>
        reply.status(201).send(await funds.allocate(actorOf(request), request.body)),
    );

    app.patch(
      '/fund-allocations/:id',
      {
        schema: routeSchema({
          operationId: 'updateFundAllocation',
          summary: '调整资金安排（留痕） Change an allocation (audited)',
          tags,
          params: idParams,
          body: updateAllocationSchema,
          response: { 200: allocationSchema },
        }),
      },
      async (request) => funds.changeAllocation(actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/funds/summary',
      {
        schema: routeSchema({
          operationId: 'getFundsSummary',
          summary: '资金汇总：来源 → 安排 → 项目（按类别、区划、年度） Funds summary',
          tags,
          querystring: fundsSummaryQuerySchema,
          response: { 200: fundsSummarySchema },
        }),
      },
      async (request) => funds.summary(actorOf(request), request.query),
    );

    app.get(
      '/funds/export',
      {
        schema: routeSchema({
          operationId: 'exportFundLedger',
          summary: '导出资金台账（xlsx） Export the funds register',
          tags,
          querystring: z.object({
            region: regionCodeSchema.optional(),
            year: z.coerce.number().int().min(2000).max(2100).optional(),
            kind: fundingSourceSchema.optional(),
          }),
        }),
      },
      async (request, reply) => {
        const sheet = request.language === 'zh-CN' ? '资金台账' : 'Funds register';
        return sendXlsx(reply, {
          sheet,
          columns: ledgerColumns(request.language),
          rows: funds.ledgerRows(actorOf(request), request.query),
        });
      },
    );
  };
}
