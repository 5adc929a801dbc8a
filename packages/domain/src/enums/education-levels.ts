import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Highest education completed (学历). */
export const educationLevels = [
  { code: 'secondary', 'zh-CN': '高中及以下', 'en-US': 'Secondary or below' },
  { code: 'associate', 'zh-CN': '大专', 'en-US': 'Associate degree' },
  { code: 'bachelor', 'zh-CN': '本科', 'en-US': 'Bachelor' },
  { code: 'master', 'zh-CN': '硕士', 'en-US': 'Master' },
  { code: 'doctorate', 'zh-CN': '博士', 'en-US': 'Doctorate' },
] as const satisfies readonly EnumEntry[];

export type EducationLevel = (typeof educationLevels)[number]['code'];

export const educationLevelSchema = z.enum(codesOf(educationLevels));
