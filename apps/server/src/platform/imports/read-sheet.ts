import type { LocalizedText } from '@shegong/domain';
import { AppError } from '../errors/app-error';
import type { ImportColumn } from './import-kind';
import { excelDate } from './xlsx-styles';
import { maxPendingChars, openWorkbook, type Workbook } from './xlsx-workbook';
import { decodeText, detached, runText, Tag, trimmed } from './xlsx-xml';
import { entryText, UnreadableFile } from './xlsx-zip';

export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  rowNumber: number;
  cells: Map<string, Cell>;
}

const fileProblem = (message: LocalizedText) =>
  new AppError('VALIDATION_FAILED', { fields: 'file' }, [{ path: 'file', message }]);

/**
 * Reads the first sheet of an .xlsx (the first in the workbook's order), streaming it: neither
 * the inflated sheet nor its rows are ever held whole. The first non-empty row must hold the
 * template's headers, in any order; empty rows are skipped.
 *
 * A sheet with merged cells is refused, since a merged cell would import as blanks under its
 * first row. The merges are listed after the rows, so this throws only once every row has been
 * yielded: a caller that stored rows must discard them when it throws.
 */
export async function* readSheet(
  file: Buffer,
  columns: readonly ImportColumn[],
): AsyncGenerator<SheetRow> {
  let headerAt: Map<number, string> | null = null;
  let merged: string[];
  try {
    const book = await openWorkbook(file);
    const sheet = new SheetScanner(book);
    for await (const chunk of entryText(file, book.sheet)) {
      for (const { rowNumber, values } of sheet.rows(chunk)) {
        if (!headerAt) {
          headerAt = matchHeaders(values, columns);
          continue;
        }
        const cells = new Map<string, Cell>();
        for (const [index, key] of headerAt) cells.set(key, values[index] ?? null);
        yield { rowNumber, cells };
      }
    }
    merged = sheet.end();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fileProblem({
      'zh-CN': '无法读取文件，请上传 .xlsx 格式的 Excel 文件',
      'en-US': 'Cannot read the file: upload an .xlsx workbook',
    });
  }
  if (merged.length > 0)
    throw fileProblem({
      'zh-CN': `表格含合并单元格（${merged.slice(0, 5).join('、')}），请取消合并后再导入`,
      'en-US': `The sheet has merged cells (${merged.slice(0, 5).join(', ')}); unmerge them first`,
    });
  if (!headerAt)
    throw fileProblem({ 'zh-CN': '文件中没有数据', 'en-US': 'The file holds no data' });
}

/** A non-empty row: its cells by column number (A = 1), holes where a cell is empty. */
interface RawRow {
  rowNumber: number;
  values: Cell[];
}

/**
 * The worksheet's XML, scanned chunk by chunk: its non-empty rows, then the merged cells listed
 * after them. A sync generator per chunk: an async step per row would cost more than the row.
 */
class SheetScanner {
  private readonly tag = new Tag();
  private readonly cells: CellReader;
  private readonly merged: string[] = [];
  private inRows = false;
  private rowNumber = 0;
  /** The unread tail of the last chunk (an unfinished row, say), read with the next one. */
  private tail = '';

  constructor(book: Workbook) {
    this.cells = new CellReader(book);
  }

  *rows(chunk: string): Generator<RawRow> {
    const tag = this.tag;
    const xml = this.tail + chunk;
    let at = 0;
    for (;;) {
      if (!tag.readNext(xml, at)) {
        at = tag.resumeAt;
        break;
      }
      const lt = tag.start;
      if (this.inRows && !tag.closing && tag.is('row')) {
        const numbered = tag.find('r') ? Number(xml.slice(tag.valueStart, tag.valueEnd)) : NaN;
        this.rowNumber = Number.isInteger(numbered) && numbered > 0 ? numbered : this.rowNumber + 1;
        if (tag.selfClosing) {
          at = tag.end;
          continue;
        }
        const closeTag = tag.nameEnd === tag.nameStart + 3 ? '</row>' : `</${tag.name}>`;
        const close = xml.indexOf(closeTag, tag.end);
        if (close < 0) {
          at = lt;
          break;
        }
        const values = this.cells.read(xml, tag.end, close);
        at = close + closeTag.length;
        if (values) yield { rowNumber: this.rowNumber, values };
        continue;
      }
      at = tag.end;
      if (tag.is('sheetData')) this.inRows = !tag.closing && !tag.selfClosing;
      else if (!this.inRows && !tag.closing && tag.is('mergeCell')) {
        const ref = tag.attr('ref');
        if (ref) this.merged.push(ref);
      }
    }
    if (xml.length - at > maxPendingChars) throw new UnreadableFile('row too long');
    this.tail = xml.slice(at);
  }

  /** The merged ranges, once the sheet has ended (whole: a cut sheet is not a readable file). */
  end(): string[] {
    if (this.inRows || this.tail.includes('<'))
      throw new UnreadableFile('the sheet ends unfinished');
    return this.merged;
  }
}

/** The `t` attribute of a cell, as a number to compare cheaply. */
const CellType = {
  Number: 0,
  Shared: 1,
  Inline: 2,
  Text: 3,
  Boolean: 4,
  Error: 5,
  Date: 6,
} as const;
type CellType = (typeof CellType)[keyof typeof CellType];

/** Reads the cells of one row as the user sees them: strings trimmed, formulas by their result. */
class CellReader {
  private readonly tag = new Tag();
  private readonly inner = new Tag();
  constructor(private readonly book: Workbook) {}

  /** The row's values between `from` and `to`, or null when every cell is empty. */
  read(xml: string, from: number, to: number): Cell[] | null {
    const tag = this.tag;
    let values: Cell[] | null = null;
    let column = 0;
    let at = from;
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt < 0 || lt >= to || !tag.read(xml, lt)) return values;
      at = tag.end;
      if (tag.closing || !tag.is('c')) continue;
      column = (tag.find('r') && columnOf(xml, tag.valueStart, tag.valueEnd)) || column + 1;
      if (tag.selfClosing) continue;
      const style = tag.find('s') ? integerOf(xml, tag.valueStart, tag.valueEnd) : 0;
      const type = tag.find('t') ? typeOf(xml, tag.valueStart, tag.valueEnd) : CellType.Number;
      const closeTag = tag.nameEnd === tag.nameStart + 1 ? '</c>' : `</${tag.name}>`;
      const close = xml.indexOf(closeTag, at);
      if (close < 0 || close > to) return values;
      const value = this.value(xml, at, close, type, style);
      at = close + closeTag.length;
      if (value !== null) (values ??= [])[column] = value;
    }
  }

  private value(xml: string, from: number, to: number, type: CellType, style: number): Cell {
    if (type === CellType.Error) return null;
    if (type === CellType.Inline) return trimmed(detached(runText(xml, from, to, this.inner)));
    // The cached result of a formula is in <v> like any other value; the <f> is passed over.
    const tag = this.inner;
    let at = from;
    let start = -1;
    let end = -1;
    for (;;) {
      const lt = xml.indexOf('<', at);
      if (lt < 0 || lt >= to) break;
      if (xml.startsWith('<v>', lt)) {
        start = lt + 3; // the common case, without a tag to read
        end = xml.indexOf('<', start);
        break;
      }
      if (!tag.read(xml, lt)) break;
      at = tag.end;
      if (!tag.closing && tag.is('v')) {
        start = at;
        end = tag.selfClosing ? at : xml.indexOf('<', at);
        break;
      }
    }
    if (start < 0 || end < 0) return null;
    switch (type) {
      case CellType.Shared:
        return this.book.sharedStrings[integerOf(xml, start, end)] ?? null;
      case CellType.Text:
        return trimmed(detached(decodeText(xml.slice(start, end))));
      case CellType.Boolean: {
        const text = xml.slice(start, end).trim();
        return text === '' ? null : text !== '0' && text.toLowerCase() !== 'false';
      }
      case CellType.Date: {
        const text = decodeText(xml.slice(start, end)).trim();
        // ISO 8601 without an offset is the wall-clock date and time, as UTC like serial dates.
        const date = new Date(/T[^Z+-]*$/.test(text) ? `${text}Z` : text);
        return Number.isNaN(date.getTime()) ? trimmed(text) : date;
      }
      default: {
        const number = parseFloat(xml.slice(start, end));
        if (Number.isNaN(number)) return null;
        return this.book.dateStyles[style] ? excelDate(number, this.book.date1904) : number;
      }
    }
  }
}

/** The column of a cell reference: `B7` is 2, `XFD1` 16384; 0 when it holds no letters. */
function columnOf(xml: string, from: number, to: number): number {
  let column = 0;
  for (let at = from; at < to; at++) {
    const c = xml.charCodeAt(at) | 32; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + c - 96;
  }
  return column;
}

function integerOf(xml: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = xml.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return at === from ? -1 : value;
    value = value * 10 + digit;
  }
  return value;
}

function typeOf(xml: string, from: number, to: number): CellType {
  switch (to - from) {
    case 1:
      switch (xml.charCodeAt(from)) {
        case 115 /* s */:
          return CellType.Shared;
        case 98 /* b */:
          return CellType.Boolean;
        case 101 /* e */:
          return CellType.Error;
        case 100 /* d */:
          return CellType.Date;
        default:
          return CellType.Number;
      }
    case 3:
      return xml.startsWith('str', from) ? CellType.Text : CellType.Number;
    case 9:
      return xml.startsWith('inlineStr', from) ? CellType.Inline : CellType.Number;
    default:
      return CellType.Number;
  }
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
