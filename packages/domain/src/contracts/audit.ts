import { z } from 'zod';
import type { LocalizedText } from '../i18n/language';
import { regionCodeSchema } from '../zod/identifier-schemas';
import { auditDetailSchema } from './audit-details';
import { cursorQuerySchema } from './lists';

export const auditActions = [
  'create',
  'update',
  'delete',
  'read',
  'reveal',
  'export',
  'import',
  'login',
  'login_failed',
  'logout',
  'password_change',
] as const;

export const auditActionSchema = z.enum(auditActions);

export const auditActionLabels: Record<(typeof auditActions)[number], LocalizedText> = {
  create: { 'zh-CN': '新增', 'en-US': 'Create' },
  update: { 'zh-CN': '修改', 'en-US': 'Update' },
  delete: { 'zh-CN': '删除', 'en-US': 'Delete' },
  read: { 'zh-CN': '查看个人档案', 'en-US': 'Read a personal record' },
  reveal: { 'zh-CN': '查看敏感信息', 'en-US': 'Reveal sensitive data' },
  export: { 'zh-CN': '导出', 'en-US': 'Export' },
  import: { 'zh-CN': '导入', 'en-US': 'Import' },
  login: { 'zh-CN': '登录', 'en-US': 'Sign in' },
  login_failed: { 'zh-CN': '登录失败', 'en-US': 'Failed sign-in' },
  logout: { 'zh-CN': '退出', 'en-US': 'Sign out' },
  password_change: { 'zh-CN': '修改密码', 'en-US': 'Password change' },
};

export const auditImportJobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  fileName: z.string(),
  status: z.string(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  created: z.number().int().nullable(),
  updated: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  committedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const auditEventSchema = z.object({
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  regionCode: z.string(),
  outcome: z.enum(['success', 'failure']),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  /** A code and its parameters; events written before codes carry their free text as `text`. */
  detail: auditDetailSchema.nullable(),
  /** The record's name as the reader may see it (a worker's masked), when the reader's scope holds it. */
  subjectName: z.string().nullable(),
  /** The import job of the event, or of the record it wrote: its report. */
  importJob: auditImportJobSchema.nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditQuerySchema = cursorQuerySchema.extend({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  action: auditActionSchema.optional(),
  actorId: z.uuid().optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(100).optional(),
  region: regionCodeSchema.optional(),
  outcome: z.enum(['success', 'failure']).optional(),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export type AuditImportJob = z.infer<typeof auditImportJobSchema>;
