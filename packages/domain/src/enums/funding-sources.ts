import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Where public money for social work comes from (domain.md §6). */
export const fundingSources = [
  { code: 'public_budget', 'zh-CN': '本级财政预算', 'en-US': 'Public budget' },
  { code: 'lottery_welfare_fund', 'zh-CN': '福彩公益金', 'en-US': 'Welfare lottery fund' },
  { code: 'social_assistance_fund', 'zh-CN': '社会救助资金', 'en-US': 'Social assistance funds' },
  {
    code: 'central_three_regions',
    'zh-CN': '中央财政“三区”计划资金',
    'en-US': 'Central “three regions” plan funds',
  },
  {
    code: 'community_foundation',
    'zh-CN': '社区基金会/慈善',
    'en-US': 'Community foundation or charity',
  },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];

export type FundingSource = (typeof fundingSources)[number]['code'];

export const fundingSourceSchema = z.enum(codesOf(fundingSources));
