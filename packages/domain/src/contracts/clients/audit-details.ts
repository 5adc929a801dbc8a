import type { LocalizedText } from '../../i18n/language';
import type { ConsentKind } from './client-enums';

/** The records a client's merge moves, as its audit event counts them. */
export type MergedRecordKind = 'cases' | 'memberships' | 'attendances' | 'referrals';

/** What the clients module's audit events say beyond their action (see contracts/audit-details.ts). */
export interface ClientAuditDetailParams {
  consent_recorded: { kind: ConsentKind; consent: string };
  consent_revoked: { kind: ConsentKind; consent: string; reason: string };
  consent_evidence_attached: { consent: string; file: string };
  consent_evidence_read: { consent: string };
  /** With how many of the duplicate's records moved, by kind (cases, memberships…). */
  client_merged: { into: string; reason: string } & Partial<Record<MergedRecordKind, number>>;
  /** An officer opened a file their work does not give them, with a reason. */
  file_opened: { reason: string };
}

export const clientAuditTemplates: Record<keyof ClientAuditDetailParams, LocalizedText> = {
  consent_recorded: { 'zh-CN': '记录知情同意（{kind}）', 'en-US': 'Consent recorded ({kind})' },
  consent_revoked: {
    'zh-CN': '撤回知情同意（{kind}）：{reason}',
    'en-US': 'Consent revoked ({kind}): {reason}',
  },
  consent_evidence_attached: {
    'zh-CN': '上传同意书 {file}',
    'en-US': 'Consent form {file} attached',
  },
  consent_evidence_read: { 'zh-CN': '查看同意书', 'en-US': 'Consent form read' },
  client_merged: {
    'zh-CN': '重复档案合并：{reason}',
    'en-US': 'Merged as a duplicate: {reason}',
  },
  file_opened: { 'zh-CN': '调阅档案，理由：{reason}', 'en-US': 'File opened, reason: {reason}' },
};

/** Codes its parameters name. */
export const clientAuditWords: Record<ConsentKind, LocalizedText> = {
  service: { 'zh-CN': '接受服务', 'en-US': 'service' },
  sharing: { 'zh-CN': '信息共享', 'en-US': 'sharing' },
  photos: { 'zh-CN': '影像', 'en-US': 'photos' },
};
