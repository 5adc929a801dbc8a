import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Social worker certificate levels, lowest first; `rank` orders them. */
export const certificateLevels = [
  {
    code: 'social_work_assistant_local',
    rank: 0,
    // 社会工作员 is granted by some regions (Chongqing, Guangdong), not by the national exam.
    national: false,
    'zh-CN': '社会工作员',
    'en-US': 'Social work assistant (local)',
  },
  {
    code: 'assistant_social_worker',
    rank: 1,
    national: true,
    'zh-CN': '助理社会工作师',
    'en-US': 'Assistant social worker',
  },
  {
    code: 'social_worker',
    rank: 2,
    national: true,
    'zh-CN': '社会工作师',
    'en-US': 'Social worker',
  },
  {
    code: 'senior_social_worker',
    rank: 3,
    national: true,
    'zh-CN': '高级社会工作师',
    'en-US': 'Senior social worker',
  },
] as const satisfies readonly (EnumEntry & { rank: number; national: boolean })[];

export type CertificateLevel = (typeof certificateLevels)[number]['code'];

export const certificateLevelSchema = z.enum(codesOf(certificateLevels));
