import type { LocalizedText } from '../../i18n/language';

/** What the funds module's audit events say beyond their action. */
export interface FundAuditDetailParams {
  /** An allocation of `source` to `project`, created, changed or withdrawn. */
  fund_allocated: { source: string; project: string };
  fund_share_rule: { maxShareBp: number };
}

export const fundAuditTemplates: Record<keyof FundAuditDetailParams, LocalizedText> = {
  fund_allocated: { 'zh-CN': '资金安排到项目', 'en-US': 'Funds allocated to a project' },
  fund_share_rule: {
    'zh-CN': '社会救助资金比例上限设为 {maxShareBp} 个基点',
    'en-US': 'Social-assistance share capped at {maxShareBp} basis points',
  },
};
