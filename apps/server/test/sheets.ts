import ExcelJS from '../src/platform/export/exceljs';

/** Writes rows (first row = headers) to an in-memory .xlsx; cells typed as given. */
export async function xlsxOf(
  rows: unknown[][],
  options: { textColumns?: number[] } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  for (const column of options.textColumns ?? []) sheet.getColumn(column).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads the first sheet of an .xlsx back as arrays of plain values. */
export async function rowsOf(file: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

export function uploadForm(file: Buffer, fileName = 'upload.xlsx'): FormData {
  const form = new FormData();
  form.append('file', new Blob([file]), fileName);
  return form;
}
