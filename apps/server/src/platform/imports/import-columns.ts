import type { LocalizedText } from '@shegong/domain';
import type { ImportColumn, ImportColumnKind } from './import-kind';

/** A column of an import sheet: required unless `more` says otherwise. */
export function column(
  key: string,
  header: LocalizedText,
  kind: ImportColumnKind,
  more: Partial<Omit<ImportColumn, 'key' | 'header' | 'kind'>> = {},
): ImportColumn {
  return { key, header, kind, required: true, ...more };
}

/** 开始日期 and 结束日期 of a term (`termStart`, `termEnd`), both required. */
export const termColumns = (start: string, end: string): ImportColumn[] => [
  column('termStart', { 'zh-CN': '开始日期', 'en-US': 'Term start' }, 'date', { example: start }),
  column('termEnd', { 'zh-CN': '结束日期', 'en-US': 'Term end' }, 'date', { example: end }),
];
