import type { Readable } from 'node:stream';
import ExcelJS from '../export/exceljs';
import type { CellValue } from 'exceljs';
import type { LocalizedText } from '@shegong/domain';
import { AppError } from '../errors/app-error';
import type { ImportColumn } from './import-kind';

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  rowNumber: number;
  cells: Map<string, Cell>;
}

/** A cell's value as the user sees it: rich text joined, formulas by their result. */
function plain(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value)
    return (
      value.richText
        .map((part) => part.text)
        .join('')
        .trim() || null
    );
  if ('result' in value) return plain(value.result as CellValue);
  if ('text' in value) return String(value.text).trim() || null;
  if ('error' in value) return null;
  return String(value);
}

const fileProblem = (message: LocalizedText) =>
  new AppError('VALIDATION_FAILED', { fields: 'file' }, [{ path: 'file', message }]);

/**
 * Reads the first sheet of an .xlsx as a stream (the in-memory workbook needs gigabytes for big
 * sheets). The first non-empty row must hold the template's headers, in any order; empty rows
 * are skipped.
 */
export async function* readSheet(
  input: Readable,
  columns: readonly ImportColumn[],
): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  let headerAt: Map<number, string> | null = null;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as CellValue[]).map(plain);
        if (values.every((v) => v === null)) continue;
        if (!headerAt) {
          headerAt = matchHeaders(values, columns);
          continue;
        }
        const cells = new Map<string, Cell>();
        for (const [index, key] of headerAt) cells.set(key, values[index] ?? null);
        yield { rowNumber: row.number, cells };
      }
      break; // the first sheet only: the template's instructions live on the second
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileProblem({
      'zh-CN': '无法读取文件，请上传 .xlsx 格式的 Excel 文件',
      'en-US': 'Cannot read the file: upload an .xlsx workbook',
    });
  }
  if (!headerAt)
    throw fileProblem({ 'zh-CN': '文件中没有数据', 'en-US': 'The file holds no data' });
}

function matchHeaders(values: Cell[], columns: readonly ImportColumn[]): Map<number, string> {
  const byHeader = new Map<string, string>();
  for (const column of columns) {
    byHeader.set(normalizeHeader(column.header['zh-CN']), column.key);
    byHeader.set(normalizeHeader(column.header['en-US']), column.key);
  }
  const found = new Map<number, string>();
  values.forEach((value, index) => {
    const key = typeof value === 'string' ? byHeader.get(normalizeHeader(value)) : undefined;
    if (key) found.set(index, key);
  });
  const missing = columns.filter((c) => c.required && ![...found.values()].includes(c.key));
  if (missing.length > 0) {
    throw fileProblem({
      'zh-CN': `表头不符合模板：缺少“${missing.map((c) => c.header['zh-CN']).join('”“')}”列，请使用下载的模板`,
      'en-US': `The headers do not match the template: missing ${missing.map((c) => c.header['en-US']).join(', ')}`,
    });
  }
  return found;
}

/** Headers match without spaces, asterisks (required marks) or full-width brackets. */
function normalizeHeader(text: string): string {
  return text
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}
