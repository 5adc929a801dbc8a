import { z } from 'zod';
import type { Language, LocalizedText } from '../i18n/language';
import {
  clientAuditTemplates,
  clientAuditWords,
  type ClientAuditDetailParams,
} from './clients/audit-details';
import {
  groupworkAuditTemplates,
  groupworkAuditWords,
  type GroupworkAuditDetailParams,
} from './groupwork/audit-details';
import {
  caseworkAuditTemplates,
  caseworkAuditWords,
  type CaseworkAuditDetailParams,
} from './casework/audit-details';
import { referralAuditTemplates, type ReferralAuditDetailParams } from './referrals/audit-details';
import {
  projectAuditTemplates,
  projectAuditWords,
  type ProjectAuditDetailParams,
} from './projects/audit-details';
import { fundAuditTemplates, type FundAuditDetailParams } from './funds/audit-details';
import { tenderAuditTemplates, type TenderAuditDetailParams } from './tenders/audit-details';
import {
  contractAuditTemplates,
  contractAuditWords,
  type ContractAuditDetailParams,
} from './contracts/audit-details';
import {
  evaluationAuditTemplates,
  evaluationAuditWords,
  type EvaluationAuditDetailParams,
} from './evaluations/audit-details';
import {
  indicatorAuditTemplates,
  type IndicatorAuditDetailParams,
} from './indicators/audit-details';

/**
 * What an audit event says beyond its action and record: a code and its parameters, written by
 * the server and put into words by the reader's language. Events written before details were
 * structured carry their free text as `text`.
 */
export interface AuditDetailParams
  extends
    ClientAuditDetailParams,
    CaseworkAuditDetailParams,
    ReferralAuditDetailParams,
    GroupworkAuditDetailParams,
    ProjectAuditDetailParams,
    FundAuditDetailParams,
    TenderAuditDetailParams,
    ContractAuditDetailParams,
    IndicatorAuditDetailParams,
    EvaluationAuditDetailParams {
  text: { text: string };
  import_validated: { fileName: string; valid: number; total: number };
  import_committed: { created: number; updated: number; unchanged: number };
  /** A record written by an import job. */
  import_row: { jobId: string; kind: string };
  /** The filters of an export, as the request gave them. */
  export_filters: { filters: Record<string, unknown> };
  revealed_fields: { fields: string[] };
  station_closed: Record<string, never>;
  correction: { reason: string };
  registration_review: { stage: 'first' | 'final'; outcome: 'pass' | 'fail' };
  organisation_deactivated: Record<string, never>;
  access_assigned: Record<string, never>;
  password_reset: Record<string, never>;
  account_unlocked: Record<string, never>;
  login_locked: { username: string };
  login_bad_credentials: { username: string };
  login_disabled: Record<string, never>;
  /** A search by a whole ID or phone number (`where`: the list or export searched). */
  identity_search: { where: string; kind: 'idNumber' | 'phone'; value: string };
  identity_search_refused: {
    where: string;
    kind: 'idNumber' | 'phone';
    value: string;
    reason: 'limit' | 'permission';
  };
  /** A transfer's decision by the releasing side (人才流动). */
  transfer_approved: Record<string, never>;
  transfer_refused: { reason: string };
  transfer_withdrawn: Record<string, never>;
  /** What an approved transfer changed: the worker's region, the old job ended, the new one. */
  transfer_moved: { transferId: string };
}

export type AuditDetailCode = keyof AuditDetailParams;

export type AuditDetail = {
  [C in AuditDetailCode]: { code: C; params: AuditDetailParams[C] };
}[AuditDetailCode];

/** A detail without parameters, as callers write it most often. */
export function auditNote<C extends AuditDetailCode>(
  code: C,
  ...params: AuditDetailParams[C] extends Record<string, never> ? [] : [AuditDetailParams[C]]
): AuditDetail {
  return { code, params: params[0] ?? {} } as AuditDetail;
}

export const auditDetailSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
});

const templates: Record<AuditDetailCode, LocalizedText> = {
  ...clientAuditTemplates,
  ...groupworkAuditTemplates,
  ...caseworkAuditTemplates,
  ...referralAuditTemplates,
  ...projectAuditTemplates,
  ...fundAuditTemplates,
  ...tenderAuditTemplates,
  ...contractAuditTemplates,
  ...indicatorAuditTemplates,
  ...evaluationAuditTemplates,
  text: { 'zh-CN': '{text}', 'en-US': '{text}' },
  import_validated: {
    'zh-CN': '校验 {fileName}：{valid}/{total} 行有效',
    'en-US': 'Validated {fileName}: {valid} of {total} rows valid',
  },
  import_committed: {
    'zh-CN': '写入：新增 {created}，更新 {updated}，未变 {unchanged}',
    'en-US': 'Committed: {created} created, {updated} updated, {unchanged} unchanged',
  },
  import_row: { 'zh-CN': '由导入任务写入', 'en-US': 'Written by an import' },
  export_filters: { 'zh-CN': '筛选条件：{filters}', 'en-US': 'Filters: {filters}' },
  revealed_fields: { 'zh-CN': '查看了{fields}', 'en-US': 'Revealed {fields}' },
  station_closed: { 'zh-CN': '随站点撤销结束', 'en-US': 'Ended as the station closed' },
  correction: { 'zh-CN': '更正原因：{reason}', 'en-US': 'Correction: {reason}' },
  registration_review: { 'zh-CN': '{stage}：{outcome}', 'en-US': '{stage}: {outcome}' },
  organisation_deactivated: { 'zh-CN': '注销', 'en-US': 'Deactivated' },
  access_assigned: { 'zh-CN': '分配角色与管辖范围', 'en-US': 'Roles and scope assigned' },
  password_reset: { 'zh-CN': '重置密码', 'en-US': 'Password reset' },
  account_unlocked: { 'zh-CN': '解除锁定', 'en-US': 'Unlocked' },
  login_locked: { 'zh-CN': '账号已锁定：{username}', 'en-US': 'Account locked: {username}' },
  login_bad_credentials: {
    'zh-CN': '用户名或密码错误：{username}',
    'en-US': 'Wrong user name or password: {username}',
  },
  login_disabled: { 'zh-CN': '账号已停用', 'en-US': 'Account disabled' },
  identity_search: {
    'zh-CN': '按{kind}检索 {value}（{where}）',
    'en-US': 'Searched by {kind} {value} ({where})',
  },
  identity_search_refused: {
    'zh-CN': '按{kind}检索 {value}（{where}）被拒绝：{reason}',
    'en-US': 'Search by {kind} {value} ({where}) refused: {reason}',
  },
  transfer_approved: { 'zh-CN': '批准人才调动', 'en-US': 'Transfer approved' },
  transfer_refused: {
    'zh-CN': '不批准人才调动：{reason}',
    'en-US': 'Transfer refused: {reason}',
  },
  transfer_withdrawn: { 'zh-CN': '撤回调动申请', 'en-US': 'Transfer request withdrawn' },
  transfer_moved: { 'zh-CN': '人才流动（调动获批）', 'en-US': 'Moved by an approved transfer' },
};

// Words that parameters name by code.
const words: Record<string, LocalizedText> = {
  ...clientAuditWords,
  ...groupworkAuditWords,
  ...caseworkAuditWords,
  ...projectAuditWords,
  ...contractAuditWords,
  ...evaluationAuditWords,
  first: { 'zh-CN': '初审', 'en-US': 'First review' },
  final: { 'zh-CN': '终审', 'en-US': 'Final review' },
  pass: { 'zh-CN': '通过', 'en-US': 'passed' },
  fail: { 'zh-CN': '不通过', 'en-US': 'failed' },
  idNumber: { 'zh-CN': '身份证号', 'en-US': 'the ID number' },
  phone: { 'zh-CN': '手机号码', 'en-US': 'the phone number' },
  legalRepresentative: { 'zh-CN': '法定代表人', 'en-US': 'the legal representative' },
  contactPerson: { 'zh-CN': '联系人', 'en-US': 'the contact person' },
  contactPhone: { 'zh-CN': '联系电话', 'en-US': 'the contact phone' },
  q: { 'zh-CN': '关键词', 'en-US': 'search' },
  region: { 'zh-CN': '区划', 'en-US': 'region' },
  regionCode: { 'zh-CN': '区划', 'en-US': 'region' },
  status: { 'zh-CN': '状态', 'en-US': 'status' },
  limit: { 'zh-CN': '已达每小时上限', 'en-US': 'hourly limit reached' },
  permission: {
    'zh-CN': '无查看完整身份证号的权限',
    'en-US': 'no permission to reveal ID numbers',
  },
};

// Free text written by events before details were structured, read back as the code it meant.
const legacyWords: Record<string, AuditDetail> = {
  access: { code: 'access_assigned', params: {} },
  'password reset': { code: 'password_reset', params: {} },
  unlock: { code: 'account_unlocked', params: {} },
  deactivate: { code: 'organisation_deactivated', params: {} },
  'station closed': { code: 'station_closed', params: {} },
  disabled: { code: 'login_disabled', params: {} },
};

const legacyPatterns: [RegExp, (m: RegExpMatchArray) => AuditDetail][] = [
  [
    /^validated (.+): (\d+)\/(\d+) valid$/,
    (m) => ({
      code: 'import_validated',
      params: { fileName: m[1]!, valid: Number(m[2]), total: Number(m[3]) },
    }),
  ],
  [
    /^committed: (\d+) created, (\d+) updated, (\d+) unchanged$/,
    (m) => ({
      code: 'import_committed',
      params: { created: Number(m[1]), updated: Number(m[2]), unchanged: Number(m[3]) },
    }),
  ],
  [/^import ([0-9a-f-]{36})$/, (m) => ({ code: 'import_row', params: { jobId: m[1]!, kind: '' } })],
  [
    /^(first|final) review: (pass|fail)$/,
    (m) => ({
      code: 'registration_review',
      params: { stage: m[1] as 'first' | 'final', outcome: m[2] as 'pass' | 'fail' },
    }),
  ],
  [/^locked: (.*)$/, (m) => ({ code: 'login_locked', params: { username: m[1]! } })],
  [
    /^bad credentials: (.*)$/,
    (m) => ({ code: 'login_bad_credentials', params: { username: m[1]! } }),
  ],
];

const revealable = new Set([
  'idNumber',
  'phone',
  'legalRepresentative',
  'contactPerson',
  'contactPhone',
]);

/**
 * The detail of an event written before details were structured: the code its free text meant
 * where the text is one the server wrote, else the text itself (`text`).
 */
export function legacyAuditDetail(text: string): AuditDetail {
  if (Object.hasOwn(legacyWords, text)) return legacyWords[text]!;
  // A reveal named its fields: "idNumber, phone".
  const fields = text.split(', ');
  if (fields.every((field) => revealable.has(field))) {
    return { code: 'revealed_fields', params: { fields } };
  }
  for (const [pattern, detail] of legacyPatterns) {
    const match = text.match(pattern);
    if (match) return detail(match);
  }
  return { code: 'text', params: { text } };
}

function word(value: string, language: Language): string {
  return Object.hasOwn(words, value) ? words[value]![language] : value;
}

function listSeparator(language: Language) {
  return language === 'zh-CN' ? '、' : ', ';
}

function paramText(name: string, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    return value.map((item) => paramText(name, item, language)).join(listSeparator(language));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && v !== null && v !== '',
    );
    if (entries.length === 0) return language === 'zh-CN' ? '无' : 'none';
    return entries
      .map(([key, v]) => `${word(key, language)} = ${paramText(key, v, language)}`)
      .join(language === 'zh-CN' ? '；' : '; ');
  }
  return ['stage', 'outcome', 'fields', 'kind', 'reason'].includes(name)
    ? word(String(value), language)
    : String(value);
}

/** An event's detail in the reader's language; an unknown code shows its parameters as they are. */
export function describeAuditDetail(
  detail: { code: string; params: Record<string, unknown> },
  language: Language,
): string {
  const template = Object.hasOwn(templates, detail.code)
    ? templates[detail.code as AuditDetailCode][language]
    : `${detail.code} {params}`;
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) =>
    name === 'params'
      ? paramText(name, detail.params, language)
      : paramText(name, detail.params[name], language),
  );
}
