import ExcelJS from '../export/exceljs';
import type { Language } from '@shegong/domain';
import type { ImportKind } from './import-kind';

const maxTemplateRows = 5000;

/** A sheet the template adds after the data sheet, for reference: the region codes of the scope. */
export interface ReferenceSheet {
  name: string;
  columns: { header: string; width?: number }[];
  rows: (string | number)[][];
}

/**
 * The template users fill in: the data sheet with its headers (required ones marked *), text
 * format on code columns and drop-down lists on enum columns, the kind's reference sheets (the
 * region codes of the reader's scope), and a sheet of instructions.
 */
export async function buildTemplate(
  kind: ImportKind<unknown>,
  language: Language,
  references: readonly ReferenceSheet[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(kind.title[language]);
  for (const reference of references) {
    const sheet = workbook.addWorksheet(reference.name);
    sheet.columns = reference.columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.getColumn(1).numFmt = '@';
    sheet.addRows(reference.rows);
  }
  const lists = workbook.addWorksheet(language === 'zh-CN' ? '选项' : 'Options');
  const help = workbook.addWorksheet(language === 'zh-CN' ? '填写说明' : 'Instructions');

  data.columns = kind.columns.map((c) => ({
    header: `${c.required ? '*' : ''}${c.header[language]}`,
    key: c.key,
    width: Math.max(14, c.header[language].length * 2 + 6),
  }));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];

  kind.columns.forEach((column, index) => {
    const letter = data.getColumn(index + 1).letter;
    if (column.kind === 'code') data.getColumn(index + 1).numFmt = '@';
    if (column.kind === 'yuan') data.getColumn(index + 1).numFmt = '0.00';
    if (column.options) {
      lists.getColumn(index + 1).values = [
        column.header[language],
        ...column.options.map((o) => o[language]),
      ];
      if (column.kind === 'enum') {
        const source = `'${lists.name}'!$${letter}$2:$${letter}$${column.options.length + 1}`;
        for (let row = 2; row <= maxTemplateRows; row++) {
          data.getCell(`${letter}${row}`).dataValidation = {
            type: 'list',
            allowBlank: !column.required,
            formulae: [source],
            showErrorMessage: true,
          };
        }
      }
    }
  });

  const zh = language === 'zh-CN';
  help.columns = [
    { header: zh ? '列' : 'Column', width: 24 },
    { header: zh ? '必填' : 'Required', width: 8 },
    { header: zh ? '示例' : 'Example', width: 24 },
    { header: zh ? '说明' : 'Notes', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of kind.columns) {
    const options = column.options
      ? `${zh ? '可选：' : 'Options: '}${column.options.map((o) => o[language]).join(zh ? '、' : ', ')}`
      : '';
    help.addRow([
      column.header[language],
      column.required ? '✓' : '',
      column.example ?? '',
      [column.note?.[language], options].filter(Boolean).join(zh ? '；' : '; '),
    ]);
  }
  help.addRow([]);
  if (kind.note) help.addRow([zh ? '说明' : 'About', '', '', kind.note[language]]);
  help.addRow([
    zh ? '注意' : 'Note',
    '',
    '',
    zh
      ? '数据从第 2 行开始填写，带 * 的列必填。编码类列请保持“文本”格式。每行校验通过后才会导入；同一文件重复导入不会产生重复记录（按自然键更新）。'
      : 'Fill data from row 2; columns marked * are required. Keep code columns as text. Rows import only once they pass every check; importing the same file again updates records by their natural key instead of duplicating them.',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
