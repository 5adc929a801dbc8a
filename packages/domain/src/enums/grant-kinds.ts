import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Money given to an organisation. */
export const grantKinds = [
  { code: 'subsidy', 'zh-CN': '补贴', 'en-US': 'Subsidy' },
  { code: 'award', 'zh-CN': '奖励', 'en-US': 'Award' },
] as const satisfies readonly EnumEntry[];

export type GrantKind = (typeof grantKinds)[number]['code'];

export const grantKindSchema = z.enum(codesOf(grantKinds));
