import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditActionLabels,
  auditEventSchema,
  auditQuerySchema,
  cursorPageOf,
  describeAuditDetail,
  type AuditEvent,
} from '@shegong/domain';
import { actorOf } from '../auth/authentication';
import { sendXlsx, type XlsxColumn } from '../export/xlsx-stream';
import { routeSchema } from '../http/route-schema';
import type { AuditService } from './audit.service';

const tags = ['审计 Audit'];
const exportQuerySchema = auditQuerySchema.omit({ cursor: true, limit: true });

function exportColumns(language: 'zh-CN' | 'en-US'): XlsxColumn<AuditEvent>[] {
  const zh = language === 'zh-CN';
  const label = (action: string) =>
    auditActionLabels[action as keyof typeof auditActionLabels]?.[language] ?? action;
  return [
    { header: zh ? '时间' : 'Time', width: 22, value: (e) => new Date(e.occurredAt) },
    { header: zh ? '操作人' : 'Actor', value: (e) => e.actorName },
    { header: zh ? '角色' : 'Roles', value: (e) => e.actorRoles.join(',') },
    { header: zh ? '操作' : 'Action', value: (e) => label(e.action) },
    { header: zh ? '对象类型' : 'Entity', value: (e) => e.entityType },
    { header: zh ? '对象编号' : 'Entity id', width: 38, value: (e) => e.entityId },
    {
      header: zh ? '对象名称' : 'Entity name',
      width: 24,
      value: (e) => e.subjectName ?? e.importJob?.fileName ?? null,
    },
    { header: zh ? '区划' : 'Region', value: (e) => e.regionCode },
    { header: zh ? '结果' : 'Outcome', value: (e) => e.outcome },
    {
      header: zh ? '变更' : 'Changes',
      width: 60,
      value: (e) => (e.changes ? JSON.stringify(e.changes) : null),
    },
    {
      header: zh ? '说明' : 'Detail',
      width: 30,
      value: (e) => (e.detail ? describeAuditDetail(e.detail, language) : null),
    },
    { header: 'IP', value: (e) => e.ip },
  ];
}

export function auditRoutes(audit: AuditService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit-events',
      {
        schema: routeSchema({
          operationId: 'listAuditEvents',
          summary: '审计日志（新在前，游标分页）Audit events, newest first',
          tags,
          querystring: auditQuerySchema,
          response: { 200: cursorPageOf(auditEventSchema) },
        }),
      },
      async (request) => audit.list(actorOf(request), request.query),
    );

    app.get(
      '/audit-events/export',
      {
        schema: routeSchema({
          operationId: 'exportAuditEvents',
          summary: '导出审计日志（xlsx）Export audit events as xlsx',
          tags,
          querystring: exportQuerySchema,
        }),
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const rows = audit.exportBatches(actor, request.query);
        return sendXlsx(reply, {
          filename: `audit-${new Date().toISOString().slice(0, 10)}.xlsx`,
          sheet: request.language === 'zh-CN' ? '审计日志' : 'Audit log',
          columns: exportColumns(request.language),
          rows,
        });
      },
    );
  };
}
