import {
  hasControlCharacter,
  identifierErrorMessages,
  validationMessage,
  type LocalizedText,
} from '@shegong/domain';
import { locales, type $ZodIssue } from 'zod/v4/core';
import type { ImportColumn, ImportKind, RowProblem } from './import-kind';
import type { Cell } from './read-sheet';

const zodLocales = { 'zh-CN': locales.zhCN(), 'en-US': locales.en() } as const;

function zodMessage(issue: $ZodIssue): LocalizedText {
  const text = (language: 'zh-CN' | 'en-US') => {
    const catalogued = validationMessage(issue.message, language);
    if (catalogued) return catalogued;
    const localized = zodLocales[language].localeError(issue as never);
    return typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
  };
  return { 'zh-CN': text('zh-CN'), 'en-US': text('en-US') };
}

const excelEpochDays = 25569;

/** A date cell or text `2020-1-5` / `2020/01/05` / `2020年1月5日` as `YYYY-MM-DD`. */
function asDate(cell: Cell): string | undefined {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number')
    return new Date((cell - excelEpochDays) * 86_400_000).toISOString().slice(0, 10);
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell);
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : cell;
}

const yuanProblem: LocalizedText = {
  'zh-CN': '金额以元为单位，不能为负数，最多保留两位小数',
  'en-US': 'An amount in yuan, not negative, with at most two decimals',
};

/** A yuan amount (`12,000.5`, `12000.50元`) as integer fen, or null if it is not one. */
function asFen(cell: Cell): number | null {
  if (typeof cell === 'number') {
    const fen = Math.round(cell * 100);
    // A number cell is binary (0.1 + 0.2 is not three tenths): within a millionth of a fen will do.
    return Number.isFinite(cell) && cell >= 0 && Math.abs(cell * 100 - fen) < 1e-6 ? fen : null;
  }
  const text = String(cell).replace(/[,，\s元]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
}

function optionCode(column: ImportColumn, text: string): string | undefined {
  return column.options?.find((o) => o.code === text || o['zh-CN'] === text || o['en-US'] === text)
    ?.code;
}

/** Turns one sheet row into the kind's input, or the problems of each of its cells. */
export function parseRow<Input>(
  kind: ImportKind<Input>,
  cells: Map<string, Cell>,
): { input?: Input; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const column of kind.columns) {
    const cell = cells.get(column.key) ?? null;
    const problem = (message: LocalizedText) =>
      problems.push({ column: column.header['zh-CN'], message });
    if (cell === null) {
      if (column.required) problem({ 'zh-CN': '必填', 'en-US': 'Required' });
      continue;
    }
    // Refused before anything quotes the cell: the report itself is stored in the database.
    if (typeof cell === 'string' && hasControlCharacter(cell)) {
      problem(identifierErrorMessages.text.controlCharacter);
      continue;
    }
    switch (column.kind) {
      case 'code':
        // A long number typed into a general cell is stored rounded (1.10101E+17): refuse it.
        if (typeof cell === 'number')
          problem({
            'zh-CN': '须为文本格式（数字格式会被 Excel 改写）',
            'en-US': 'Must be a text cell (Excel rewrites long numbers)',
          });
        else raw[column.key] = String(cell);
        break;
      case 'date':
        raw[column.key] = asDate(cell);
        break;
      case 'integer':
        raw[column.key] = typeof cell === 'number' ? cell : Number(String(cell).replace(/,/g, ''));
        break;
      case 'yuan': {
        const fen = asFen(cell);
        if (fen === null) problem(yuanProblem);
        else raw[column.key] = fen;
        break;
      }
      case 'boolean': {
        const text = String(cell).trim().toLowerCase();
        if (['是', 'y', 'yes', 'true', '1'].includes(text)) raw[column.key] = true;
        else if (['否', 'n', 'no', 'false', '0'].includes(text)) raw[column.key] = false;
        else problem({ 'zh-CN': '请填“是”或“否”', 'en-US': 'Use yes or no' });
        break;
      }
      case 'enum': {
        const code = optionCode(column, String(cell));
        if (code) raw[column.key] = code;
        else
          problem({
            'zh-CN': `“${String(cell)}”不是可选值`,
            'en-US': `"${String(cell)}" is not one of the options`,
          });
        break;
      }
      case 'enum-list': {
        const parts = String(cell)
          .split(/[、,，;；\s]+/)
          .filter(Boolean);
        const codes = parts.map((part) => optionCode(column, part));
        const unknown = parts.filter((_, i) => !codes[i]);
        if (unknown.length)
          problem({
            'zh-CN': `“${unknown.join('、')}”不是可选值`,
            'en-US': `Not options: ${unknown.join(', ')}`,
          });
        else raw[column.key] = codes;
        break;
      }
      default:
        raw[column.key] =
          typeof cell === 'string'
            ? cell
            : cell instanceof Date
              ? cell.toISOString().slice(0, 10)
              : String(cell);
    }
  }
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) {
    const headerOf = new Map(kind.columns.map((c) => [c.key, c.header['zh-CN']]));
    for (const issue of parsed.error.issues) {
      const column = headerOf.get(String(issue.path[0] ?? '')) ?? String(issue.path[0] ?? '');
      // A cell already reported (say, not an option) is not reported twice.
      if (!problems.some((p) => p.column === column))
        problems.push({ column, message: zodMessage(issue as $ZodIssue) });
    }
  }
  return problems.length || !parsed.success ? { problems } : { input: parsed.data, problems };
}
