import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** How a social worker is assigned to a station. */
export const staffingRoles = [
  { code: 'full_time', 'zh-CN': '专职', 'en-US': 'Full-time' },
  { code: 'part_time', 'zh-CN': '兼职', 'en-US': 'Part-time' },
  { code: 'resident', 'zh-CN': '驻站', 'en-US': 'Stationed' },
] as const satisfies readonly EnumEntry[];

export type StaffingRole = (typeof staffingRoles)[number]['code'];

export const staffingRoleSchema = z.enum(codesOf(staffingRoles));
