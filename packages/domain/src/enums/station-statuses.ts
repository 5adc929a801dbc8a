import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Where a station is in its life. */
export const stationStatuses = [
  { code: 'planned', 'zh-CN': '筹建中', 'en-US': 'Planned' },
  { code: 'operating', 'zh-CN': '运营中', 'en-US': 'Operating' },
  { code: 'suspended', 'zh-CN': '暂停', 'en-US': 'Suspended' },
  { code: 'closed', 'zh-CN': '已关闭', 'en-US': 'Closed' },
] as const satisfies readonly EnumEntry[];

export type StationStatus = (typeof stationStatuses)[number]['code'];

export const stationStatusSchema = z.enum(codesOf(stationStatuses));
