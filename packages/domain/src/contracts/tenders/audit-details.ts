import type { LocalizedText } from '../../i18n/language';

/** What the tenders module's audit events say beyond their action. */
export interface TenderAuditDetailParams {
  tender_published: { deadline: string };
  tender_bid_submitted: { organisation: string; price: string };
  tender_bid_withdrawn: { organisation: string; reason: string };
  tender_panel_set: { members: number };
  tender_scores_entered: { member: string; scores: number };
  tender_awarded: { organisation: string };
  tender_awarded_with_reason: { organisation: string; reason: string };
  tender_failed: { reason: string };
  tender_bids_read: { bids: number };
  tender_own_scores_read: { bids: number };
}

export const tenderAuditTemplates: Record<keyof TenderAuditDetailParams, LocalizedText> = {
  tender_published: {
    'zh-CN': '发布招标，投标截止 {deadline}',
    'en-US': 'Tender published, bids until {deadline}',
  },
  tender_bid_submitted: {
    'zh-CN': '{organisation} 投标，报价 {price} 元',
    'en-US': '{organisation} bid {price} yuan',
  },
  tender_bid_withdrawn: {
    'zh-CN': '{organisation}撤回投标，理由：{reason}',
    'en-US': '{organisation} withdrew its bid, reason: {reason}',
  },
  tender_panel_set: { 'zh-CN': '评审小组 {members} 人', 'en-US': 'Panel of {members}' },
  tender_scores_entered: {
    'zh-CN': '录入评审专家 {member} 的评分 {scores} 项',
    'en-US': '{scores} scores of panel member {member} entered',
  },
  tender_awarded: { 'zh-CN': '确定中标：{organisation}', 'en-US': 'Awarded to {organisation}' },
  tender_awarded_with_reason: {
    'zh-CN': '确定中标：{organisation}（非最高分，理由：{reason}）',
    'en-US': 'Awarded to {organisation} (not the top score; reason: {reason})',
  },
  tender_failed: { 'zh-CN': '流标，理由：{reason}', 'en-US': 'Tender failed, reason: {reason}' },
  tender_bids_read: {
    'zh-CN': '查看投标报价与评分（{bids} 份）',
    'en-US': 'Read bid prices and scores ({bids} bids)',
  },
  tender_own_scores_read: {
    'zh-CN': '查看本机构得分（{bids} 份投标）',
    'en-US': 'Read own scores ({bids} bids)',
  },
};
