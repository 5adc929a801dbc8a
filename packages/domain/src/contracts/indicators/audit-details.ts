import type { LocalizedText } from '../../i18n/language';

/** What the indicators module's audit events say beyond their action. */
export interface IndicatorAuditDetailParams {
  indicator_draft_saved: { number: number; items: number };
  indicator_published: { number: number; items: number };
  indicator_new_version: { number: number; from: number };
}

export const indicatorAuditTemplates: Record<keyof IndicatorAuditDetailParams, LocalizedText> = {
  indicator_draft_saved: {
    'zh-CN': '保存第 {number} 版草稿（{items} 项指标）',
    'en-US': 'Saved draft version {number} ({items} indicators)',
  },
  indicator_published: {
    'zh-CN': '发布第 {number} 版（{items} 项指标），此后不可修改',
    'en-US': 'Published version {number} ({items} indicators); frozen from now on',
  },
  indicator_new_version: {
    'zh-CN': '以第 {from} 版为基础新建第 {number} 版草稿',
    'en-US': 'New draft version {number} from version {from}',
  },
};
