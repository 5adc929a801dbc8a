import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import ExcelJS from '../export/exceljs';
import { xlsxOf } from '../../../test/sheets';
import type { ImportColumn, ImportKind } from './import-kind';
import { parseRow } from './parse-row';
import { readSheet, type Cell, type SheetRow } from './read-sheet';
import { entryChunks, zipEntries, type ZipEntry } from './xlsx-zip';

const column = (key: string, zh: string, en: string, required = true): ImportColumn => ({
  key,
  header: { 'zh-CN': zh, 'en-US': en },
  kind: 'text',
  required,
});
const abc = [column('a', '甲', 'A'), column('b', '乙', 'B'), column('c', '丙', 'C', false)];

async function readAll(file: Buffer, columns: readonly ImportColumn[] = abc) {
  const rows: SheetRow[] = [];
  for await (const row of readSheet(file, columns)) rows.push(row);
  return rows;
}
const plainRows = async (
  file: Buffer,
  columns: readonly ImportColumn[] = abc,
): Promise<Record<string, unknown>[]> =>
  (await readAll(file, columns)).map((r) => ({
    row: r.rowNumber,
    ...Object.fromEntries(r.cells),
  }));

/** The localized messages readSheet failed with. */
async function failureOf(file: Buffer, columns: readonly ImportColumn[] = abc) {
  try {
    await readAll(file, columns);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const details = (error as AppError).details as { path: string; message: unknown }[];
    expect(details[0]!.path).toBe('file');
    return details[0]!.message as Record<string, string>;
  }
  throw new Error('expected readSheet to fail');
}
const unreadable = '无法读取文件，请上传 .xlsx 格式的 Excel 文件';

/** How many inflated chunks of the entry end inside a character. */
async function splitCharacters(file: Buffer, entry: ZipEntry): Promise<number> {
  let split = 0;
  for await (const chunk of entryChunks(file, entry))
    if (chunk.toString().endsWith('\uFFFD')) split++;
  return split;
}

// ---------------------------------------------------------------------------------------------
// A zip writer, so that entry order, compression and headers are the test's choice.

interface ZipFile {
  name: string;
  content: string | Buffer;
  stored?: boolean;
  /** Bytes added to the local header's extra field only (the central one stays empty). */
  localExtra?: number;
}

function zipOf(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = Buffer.from(file.content);
    const data = file.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(file.name);
    const extra = Buffer.alloc(file.localExtra ?? 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(file.stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(file.stored ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, data);
    centrals.push(central, name);
    offset += local.length + name.length + extra.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const rNs = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const sheetXml = (rows: string, after = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns} ${rNs}><dimension ref="A1:C3"/><sheetData>${rows}</sheetData>${after}</worksheet>`;

interface Book {
  /** Sheet XML by file name under xl/worksheets/, in workbook order. */
  sheets?: [string, string][];
  sharedStrings?: string;
  styles?: string;
  workbookPr?: string;
  /** Which parts come first in the zip; the rest follow in the usual order. */
  first?: string[];
  stored?: boolean;
  localExtra?: number;
  /** The target of the first sheet as written in the relationships. */
  target?: (name: string) => string;
}

/** An .xlsx built by hand; `sheet` is the first (and only) sheet unless `sheets` is given. */
function bookOf(sheet: string, book: Book = {}): Buffer {
  const sheets = book.sheets ?? [['sheet1.xml', sheet]];
  const target = book.target ?? ((name: string) => `worksheets/${name}`);
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relType}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns} ${rNs}>${book.workbookPr ?? ''}<sheets>${sheets
      .map(([, _], i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        ([name], i) =>
          `<Relationship Id="rId${i + 10}" Type="${relType}/worksheet" Target="${target(name)}"/>`,
      )
      .join(
        '',
      )}${book.sharedStrings ? `<Relationship Id="rId1" Type="${relType}/sharedStrings" Target="sharedStrings.xml"/>` : ''}${book.styles ? `<Relationship Id="rId2" Type="${relType}/styles" Target="styles.xml"/>` : ''}</Relationships>`,
  };
  for (const [name, xml] of sheets) parts[`xl/worksheets/${name}`] = xml;
  if (book.sharedStrings) parts['xl/sharedStrings.xml'] = book.sharedStrings;
  if (book.styles) parts['xl/styles.xml'] = book.styles;
  const names = [
    ...(book.first ?? []),
    ...Object.keys(parts).filter((n) => !(book.first ?? []).includes(n)),
  ];
  return zipOf(
    names.map((name) => ({
      name,
      content: parts[name]!,
      stored: book.stored,
      localExtra: book.localExtra,
    })),
  );
}

const sharedStringsOf = (items: string[]) =>
  `<?xml version="1.0"?><sst ${ns} count="${items.length}" uniqueCount="${items.length}">${items
    .map((item) => (item.startsWith('<') ? `<si>${item}</si>` : `<si><t>${item}</t></si>`))
    .join('')}</sst>`;

/** A header row 甲 乙 丙 as shared strings 0–2, then the given rows. */
const withHeader = (rows: string) =>
  `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>${rows}`;

// ---------------------------------------------------------------------------------------------

describe('readSheet on files ExcelJS writes', () => {
  it('reads strings, numbers, booleans and dates under their headers, in any column order', async () => {
    const file = await xlsxOf([
      ['乙', ' 甲 ', 'other'],
      ['x', 1.5, 'ignored'],
      [true, new Date(Date.UTC(2020, 0, 5)), null],
    ]);
    expect(await plainRows(file)).toEqual([
      { row: 2, a: 1.5, b: 'x' },
      { row: 3, a: new Date(Date.UTC(2020, 0, 5)), b: true },
    ]);
  });

  it('skips empty rows and keeps the sheet’s row numbers; trims cells and reads blanks as null', async () => {
    const file = await xlsxOf([[], ['甲', '乙'], [], ['  a  ', '   '], [null, null], ['b', 'c']]);
    expect(await plainRows(file)).toEqual([
      { row: 4, a: 'a', b: null },
      { row: 6, a: 'b', b: 'c' },
    ]);
  });

  it('matches headers without spaces, asterisks or full-width brackets, in either language', async () => {
    const columns = [column('a', '身份证号（18位）', 'ID number'), column('b', '姓名', 'Name')];
    const file = await xlsxOf([
      ['* 身份证号(18位)', 'NAME'],
      ['x', 'y'],
    ]);
    expect(await plainRows(file, columns)).toEqual([{ row: 2, a: 'x', b: 'y' }]);
  });

  it('refuses a sheet missing a required header, naming it', async () => {
    const message = await failureOf(
      await xlsxOf([
        ['甲', '丙'],
        ['1', '2'],
      ]),
    );
    expect(message).toEqual({
      'zh-CN': '表头不符合模板：缺少“乙”列，请使用下载的模板',
      'en-US': 'The headers do not match the template: missing B',
    });
  });

  it('refuses a sheet without any row', async () => {
    expect(await failureOf(await xlsxOf([]))).toEqual({
      'zh-CN': '文件中没有数据',
      'en-US': 'The file holds no data',
    });
  });

  it('reads a long ID number typed as a number as a number (refused), and as text as text', async () => {
    const kind = {
      columns: [{ ...column('id', '身份证号', 'ID number'), kind: 'code' }],
      schema: z.object({ id: z.string() }),
    } as unknown as ImportKind<{ id: string }>;
    const asNumber = await readAll(
      await xlsxOf([['身份证号'], [Number('110101199003071234')]]),
      kind.columns,
    );
    expect(typeof asNumber[0]!.cells.get('id')).toBe('number');
    expect(parseRow(kind, asNumber[0]!.cells).problems[0]!.message['zh-CN']).toBe(
      '须为文本格式（数字格式会被 Excel 改写）',
    );
    const asText = await readAll(
      await xlsxOf([['身份证号'], ['110101199003071234']], { textColumns: [1] }),
      kind.columns,
    );
    expect(asText[0]!.cells.get('id')).toBe('110101199003071234');
    expect(parseRow(kind, asText[0]!.cells)).toEqual({
      input: { id: '110101199003071234' },
      problems: [],
    });
  });

  it('refuses merged cells after the rows, with the first five ranges', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRows([['甲', '乙'], ...Array.from({ length: 8 }, (_, i) => [`a${i}`, `b${i}`])]);
    for (let row = 2; row <= 8; row += 1) sheet.mergeCells(`A${row}:B${row}`);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const yielded: number[] = [];
    let failure: unknown;
    try {
      for await (const row of readSheet(file, abc)) yielded.push(row.rowNumber);
    } catch (error) {
      failure = error;
    }
    expect(yielded).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    const details = (failure as AppError).details as { message: Record<string, string> }[];
    expect(details[0]!.message).toEqual({
      'zh-CN': '表格含合并单元格（A2:B2、A3:B3、A4:B4、A5:B5、A6:B6），请取消合并后再导入',
      'en-US': 'The sheet has merged cells (A2:B2, A3:B3, A4:B4, A5:B5, A6:B6); unmerge them first',
    });
  });

  it('reads 300 tiny files in a row (ExcelJS’s reader failed on some entry orders)', async () => {
    for (let i = 0; i < 300; i++) {
      const file = await xlsxOf([
        ['甲', '乙'],
        [`x${i}`, i],
      ]);
      expect(await plainRows(file)).toEqual([{ row: 2, a: `x${i}`, b: i }]);
    }
  });

  it('keeps every Chinese character whole across inflate chunks', async () => {
    const names = Array.from(
      { length: 10_000 },
      (_, i) => `南明区第${i}号社会工作服务中心（新华路街道纪念塔社区）`,
    );
    const file = await xlsxOf([['甲', '乙'], ...names.map((name, i) => [name, `${i}`])]);
    // The test means something only if a chunk of the shared strings ends inside a character.
    const entry = zipEntries(file).get('xl/sharedStrings.xml')!;
    expect(await splitCharacters(file, entry)).toBeGreaterThan(0);
    const read = (await readAll(file)).map((row) => row.cells.get('a'));
    expect(read.filter((name) => String(name).includes('\uFFFD'))).toEqual([]);
    expect(read).toEqual(names);
  });
});

describe('readSheet on files built by hand', () => {
  const strings = sharedStringsOf(['甲', '乙', '丙', 'x', 'y']);
  const rows = withHeader(
    '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c></row>',
  );

  it('finds parts by name, whatever their order in the zip', async () => {
    for (const first of [
      ['xl/worksheets/sheet1.xml'],
      ['xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml'],
      ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'],
    ]) {
      const file = bookOf(sheetXml(rows), { sharedStrings: strings, first });
      expect(await plainRows(file)).toEqual([{ row: 2, a: 'x', b: 'y', c: null }]);
    }
  });

  it('reads stored entries, and local headers whose extra field differs from the central one', async () => {
    const file = bookOf(sheetXml(rows), { sharedStrings: strings, stored: true, localExtra: 7 });
    expect(await plainRows(file)).toEqual([{ row: 2, a: 'x', b: 'y', c: null }]);
  });

  it('reads inline strings and the rows and cells that leave out their references', async () => {
    const inline = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    const file = bookOf(
      sheetXml(
        `<row>${inline('甲')}${inline('乙')}${inline('丙')}</row>` +
          `<row r="3"/>` +
          `<row r="4"><c r="B4" t="inlineStr"><is><t xml:space="preserve"> b4 </t></is></c>${inline('c4')}</row>` +
          `<row><c r="A5" s="0"/>${inline('b5')}<c><v>7</v></c></row>`,
      ),
    );
    expect(await plainRows(file)).toEqual([
      { row: 4, a: null, b: 'b4', c: 'c4' },
      { row: 5, a: null, b: 'b5', c: 7 },
    ]);
  });

  it('joins rich-text runs without phonetic ones, and decodes entities and Excel escapes', async () => {
    const file = bookOf(
      sheetXml(
        withHeader(
          '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><r><t>in</t></r><r><rPr><b/></rPr><t>line</t></r><rPh sb="0" eb="1"><t>x</t></rPh></is></c>' +
            '<c r="B3" t="str"><f>A3&amp;"!"</f><v>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;</v></c><c r="C3" t="inlineStr"><is><t/></is></c></row>',
        ),
      ),
      {
        sharedStrings: sharedStringsOf([
          '甲',
          '乙',
          '丙',
          '<r><t>东</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">城 </t></r><rPh sb="0" eb="2"><t>とう</t></rPh><phoneticPr fontId="1"/>',
          'line1_x000D_&#10;line2 &#x1F600;&#26472;',
          '_x005F_x000D_ &amp;lt;',
        ]),
      },
    );
    expect(await plainRows(file)).toEqual([
      { row: 2, a: '东城', b: 'line1\r\nline2 😀杨', c: '_x000D_ &lt;' },
      { row: 3, a: 'inline', b: `a <b> & "c" 'd'`, c: null },
    ]);
  });

  const styles = `<?xml version="1.0"?><styleSheet ${ns}>
    <numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
    <numFmt numFmtId="177" formatCode="[Red]0.00;\\-0.00"/><numFmt numFmtId='178' formatCode='"day "0'/></numFmts>
    <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="176"/>
    <xf numFmtId="177"/><xf numFmtId="178"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
  const dated = sheetXml(
    withHeader(
      '<row r="2"><c r="A2" s="1"><v>43835</v></c><c r="B2" s="2"><v>43836.5</v></c><c r="C2" s="5"><v>1</v></c></row>' +
        '<row r="3"><c r="A3"><v>43835</v></c><c r="B3" s="3"><v>-2.5</v></c><c r="C3" s="4"><v>3</v></c></row>' +
        '<row r="4"><c r="A4" s="1"><f>TODAY()</f><v>59</v></c><c r="B4" s="1" t="d"><v>2021-03-04T05:06:07</v></c><c r="C4" t="d"><v>2021-03-04</v></c></row>',
    ),
  );

  it('reads numbers in date formats (built-in, Chinese custom, 1904) as UTC dates', async () => {
    const utc = (...parts: [number, number, number, number?]) => new Date(Date.UTC(...parts));
    expect(await plainRows(bookOf(dated, { sharedStrings: strings, styles }))).toEqual([
      { row: 2, a: utc(2020, 0, 5), b: utc(2020, 0, 6, 12), c: utc(1900, 0, 1) },
      { row: 3, a: 43835, b: -2.5, c: 3 },
      { row: 4, a: utc(1900, 1, 28), b: new Date('2021-03-04T05:06:07Z'), c: utc(2021, 2, 4) },
    ]);
    const in1904 = await plainRows(
      bookOf(dated, { sharedStrings: strings, styles, workbookPr: '<workbookPr date1904="1"/>' }),
    );
    expect(in1904[0]).toEqual({
      row: 2,
      a: utc(2024, 0, 6),
      b: utc(2024, 0, 7, 12),
      c: utc(1904, 0, 2),
    });
    const alsoTrue = await plainRows(
      bookOf(dated, {
        sharedStrings: strings,
        styles,
        workbookPr: "<workbookPr date1904='true'/>",
      }),
    );
    expect(alsoTrue[0]!.a).toEqual(utc(2024, 0, 6));
  });

  it('reads booleans, and error cells and formulas without a result as blanks', async () => {
    const file = bookOf(
      sheetXml(
        withHeader(
          '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#DIV/0!</v></c></row>' +
            '<row r="3"><c r="A3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B3"><f>A1</f></c><c r="C3" t="b"><f>TRUE()</f><v>1</v></c></row>' +
            '<row r="4"><c r="A4"><v></v></c><c r="B4" t="n"><v> </v></c><c r="C4" t="n"><v>1e3</v></c></row>',
        ),
      ),
      { sharedStrings: strings },
    );
    expect(await plainRows(file)).toEqual([
      { row: 2, a: true, b: false, c: null },
      { row: 3, a: null, b: null, c: true },
      { row: 4, a: null, b: null, c: 1000 },
    ]);
  });

  it('reads the first sheet of the workbook, not sheet1.xml, with absolute targets', async () => {
    const first = sheetXml(withHeader('<row r="2"><c r="A2" t="s"><v>3</v></c></row>'));
    const second = sheetXml(withHeader('<row r="2"><c r="A2" t="s"><v>4</v></c></row>'));
    const file = bookOf('', {
      sheets: [
        ['sheet2.xml', first],
        ['sheet1.xml', second],
      ],
      sharedStrings: strings,
      target: (name) => `/xl/worksheets/${name}`,
    });
    expect(await plainRows(file)).toEqual([{ row: 2, a: 'x', b: null, c: null }]);
  });

  it('reads prefixed elements, single quotes and spaces around attributes', async () => {
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
      <x:row r='1'><x:c r = 'A1' t = 'inlineStr'><x:is><x:t>甲</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>乙</x:t></x:is></x:c></x:row>
      <x:row r='2'><x:c r='A2'><x:v>1</x:v></x:c><x:c r='B2' t='s'><x:v>3</x:v></x:c></x:row>
      </x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A5:B5"/></x:mergeCells></x:worksheet>`;
    const file = bookOf(xml, { sharedStrings: strings });
    const yielded: SheetRow[] = [];
    await expect(
      (async () => {
        for await (const row of readSheet(file, abc)) yielded.push(row);
      })(),
    ).rejects.toThrow(AppError);
    expect(yielded.map((r) => [r.rowNumber, Object.fromEntries(r.cells)])).toEqual([
      [2, { a: 1, b: 'x' }],
    ]);
  });

  it('refuses a sheet without rows as holding no data', async () => {
    expect((await failureOf(bookOf(sheetXml(''))))['zh-CN']).toBe('文件中没有数据');
    const noSheetData = `<worksheet ${ns}><sheetData/></worksheet>`;
    expect((await failureOf(bookOf(noSheetData)))['zh-CN']).toBe('文件中没有数据');
  });

  it('keeps every Chinese character of inline strings whole across inflate chunks', async () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `贵州省贵阳市观山湖区第${i}号社工站`);
    const file = bookOf(
      sheetXml(
        withHeader(
          names.map((name) => `<row><c t="inlineStr"><is><t>${name}</t></is></c></row>`).join(''),
        ),
      ),
      { sharedStrings: strings },
    );
    const entry = zipEntries(file).get('xl/worksheets/sheet1.xml')!;
    expect(await splitCharacters(file, entry)).toBeGreaterThan(0);
    expect((await readAll(file)).map((row) => row.cells.get('a'))).toEqual(names);
  });

  it('stops reading when the caller stops', async () => {
    const many = Array.from(
      { length: 20_000 },
      (_, i) => `<row><c t="inlineStr"><is><t>行${i}</t></is></c><c><v>${i}</v></c></row>`,
    );
    const file = bookOf(sheetXml(withHeader(many.join(''))), { sharedStrings: strings });
    let seen: Cell | undefined;
    for await (const row of readSheet(file, abc)) {
      seen = row.cells.get('b');
      if (row.rowNumber === 10) break;
    }
    expect(seen).toBe(8);
  });
});

describe('readSheet on files that are not workbooks', () => {
  it('refuses what is not a zip, a truncated zip, a corrupt entry or a zip without a workbook', async () => {
    const good = await xlsxOf([
      ['甲', '乙'],
      ['x', 'y'],
    ]);
    expect((await failureOf(Buffer.from('甲,乙\nx,y\n')))['zh-CN']).toBe(unreadable);
    expect((await failureOf(Buffer.alloc(0)))['zh-CN']).toBe(unreadable);
    expect((await failureOf(good.subarray(0, good.length - 30)))['zh-CN']).toBe(unreadable);
    expect((await failureOf(good.subarray(0, Math.floor(good.length / 2))))['zh-CN']).toBe(
      unreadable,
    );
    const sheet = bookOf(sheetXml(withHeader('<row r="2"><c><v>1</v></c></row>')));
    const entry = zipEntries(sheet).get('xl/worksheets/sheet1.xml')!;
    const corrupt = Buffer.from(sheet);
    corrupt.fill(0xff, entry.localHeaderOffset + 60, entry.localHeaderOffset + 70);
    expect((await failureOf(corrupt))['zh-CN']).toBe(unreadable);
    const noBook = zipOf([{ name: 'xl/worksheets/sheet1.xml', content: sheetXml('') }]);
    expect((await failureOf(noBook))['zh-CN']).toBe(unreadable);
    const unfinished = `<worksheet ${ns}><sheetData>${withHeader('<row r="2"><c r="A2"><v>1</v>')}`;
    const header = { sharedStrings: sharedStringsOf(['甲', '乙', '丙']) };
    expect((await failureOf(bookOf(unfinished, header)))['zh-CN']).toBe(unreadable);
    const cut = `<worksheet ${ns}><sheetData>${withHeader('<row r="2"><c r="A2"><v>1</v></c></row>')}`;
    expect((await failureOf(bookOf(cut, header)))['zh-CN']).toBe(unreadable);
    const cutStrings = bookOf(sheetXml(withHeader('')), {
      sharedStrings: sharedStringsOf(['甲', '乙', '丙']).slice(0, -20),
    });
    expect((await failureOf(cutStrings))['zh-CN']).toBe(unreadable);
  });

  it('refuses a row too long to hold in memory', async () => {
    const huge = `<row><c t="inlineStr"><is><t>${'x'.repeat(9 << 20)}</t></is></c></row>`;
    const file = bookOf(sheetXml(withHeader(huge)), {
      sharedStrings: sharedStringsOf(['甲', '乙', '丙']),
    });
    expect((await failureOf(file))['zh-CN']).toBe(unreadable);
  });

  it('refuses zip64 archives', async () => {
    const file = bookOf(sheetXml(withHeader('')));
    file.writeUInt16LE(0xffff, file.length - 22 + 10);
    expect((await failureOf(file))['zh-CN']).toBe(unreadable);
  });

  it('stops inflating an entry past its limit', async () => {
    const file = zipOf([{ name: 'big', content: Buffer.alloc(10 << 20) }]);
    expect(file.length).toBeLessThan(100_000);
    const inflate = async (limit: number) => {
      let total = 0;
      for await (const chunk of entryChunks(file, zipEntries(file).get('big')!, limit))
        total += chunk.length;
      return total;
    };
    expect(await inflate(20 << 20)).toBe(10 << 20);
    await expect(inflate(1 << 20)).rejects.toThrow('entry too large');
  });
});
