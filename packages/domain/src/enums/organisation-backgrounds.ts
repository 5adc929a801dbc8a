import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Who founded an organisation (Guangzhou: university 22%, enterprise 58%, volunteer group 7%). */
export const organisationBackgrounds = [
  { code: 'university', 'zh-CN': '高校背景', 'en-US': 'University' },
  { code: 'enterprise', 'zh-CN': '企业背景', 'en-US': 'Enterprise' },
  { code: 'volunteer_group', 'zh-CN': '志愿组织转型', 'en-US': 'Former volunteer group' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];

export type OrganisationBackground = (typeof organisationBackgrounds)[number]['code'];

export const organisationBackgroundSchema = z.enum(codesOf(organisationBackgrounds));
