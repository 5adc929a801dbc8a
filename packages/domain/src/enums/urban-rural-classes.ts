import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Urban–rural class of a village-level division (城乡分类代码): 1xx urban, 2xx rural. */
export const urbanRuralClasses = [
  { code: '111', urban: true, 'zh-CN': '主城区', 'en-US': 'Main urban area' },
  { code: '112', urban: true, 'zh-CN': '城乡结合区', 'en-US': 'Urban–rural fringe' },
  { code: '121', urban: true, 'zh-CN': '镇中心区', 'en-US': 'Town centre' },
  { code: '122', urban: true, 'zh-CN': '镇乡结合区', 'en-US': 'Town–rural fringe' },
  { code: '123', urban: true, 'zh-CN': '特殊区域', 'en-US': 'Special area' },
  { code: '210', urban: false, 'zh-CN': '乡中心区', 'en-US': 'Township centre' },
  { code: '220', urban: false, 'zh-CN': '村庄', 'en-US': 'Village' },
] as const satisfies readonly (EnumEntry & { urban: boolean })[];

export type UrbanRuralClass = (typeof urbanRuralClasses)[number]['code'];

export const urbanRuralClassSchema = z.enum(codesOf(urbanRuralClasses));
