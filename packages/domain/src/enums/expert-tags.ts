import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Expert pools a worker belongs to (专家库). */
export const expertTags = [
  { code: 'trainer', 'zh-CN': '培训师资', 'en-US': 'Trainer' },
  { code: 'supervisor', 'zh-CN': '督导', 'en-US': 'Supervisor' },
  { code: 'reviewer', 'zh-CN': '评审专家', 'en-US': 'Review expert' },
] as const satisfies readonly EnumEntry[];

export type ExpertTag = (typeof expertTags)[number]['code'];

export const expertTagSchema = z.enum(codesOf(expertTags));
