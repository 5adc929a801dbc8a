import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Who employs a social worker (用人单位类型). */
export const employerKinds = [
  { code: 'organisation', 'zh-CN': '社会组织', 'en-US': 'Social organisation' },
  { code: 'station', 'zh-CN': '社会工作站点', 'en-US': 'Station' },
  { code: 'public_institution', 'zh-CN': '事业单位', 'en-US': 'Public institution' },
  { code: 'government', 'zh-CN': '机关', 'en-US': 'Government body' },
  { code: 'community', 'zh-CN': '村（居）委会', 'en-US': 'Village or residents committee' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];

export type EmployerKind = (typeof employerKinds)[number]['code'];

export const employerKindSchema = z.enum(codesOf(employerKinds));
