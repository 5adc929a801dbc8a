import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Kinds of post a social worker holds (岗位类型). */
export const postTypes = [
  { code: 'community_post', 'zh-CN': '社区社工岗', 'en-US': 'Community social work post' },
  { code: 'organisation', 'zh-CN': '机构社工', 'en-US': 'Organisation social worker' },
  {
    code: 'civil_affairs_unit',
    'zh-CN': '民政事业单位',
    'en-US': 'Civil-affairs public institution',
  },
  { code: 'other_system', 'zh-CN': '其他系统', 'en-US': 'Other sector' },
] as const satisfies readonly EnumEntry[];

export type PostType = (typeof postTypes)[number]['code'];

export const postTypeSchema = z.enum(codesOf(postTypes));
