import { z } from 'zod';
import type { CreditCodeCategory } from '../identifiers/credit-code';
import { codesOf, type EnumEntry } from './enum-entry';

/** Kinds of social organisation registered by civil affairs, with their credit-code category. */
export const organisationTypes = [
  { code: 'social_group', creditCodeCategory: '51', 'zh-CN': '社会团体', 'en-US': 'Social group' },
  {
    code: 'social_service_org',
    creditCodeCategory: '52',
    // Called 民办非企业单位 before the 2016 Charity Law; older certificates still say so.
    'zh-CN': '社会服务机构',
    'en-US': 'Social service organisation',
  },
  { code: 'foundation', creditCodeCategory: '53', 'zh-CN': '基金会', 'en-US': 'Foundation' },
] as const satisfies readonly (EnumEntry & { creditCodeCategory: CreditCodeCategory })[];

export type OrganisationType = (typeof organisationTypes)[number]['code'];

export const organisationTypeSchema = z.enum(codesOf(organisationTypes));
