import { dateStyles } from './xlsx-styles';
import { detached, runText, Tag, tagsOf, trimmed } from './xlsx-xml';
import {
  entryString,
  entryText,
  findEntry,
  zipEntries,
  UnreadableFile,
  type ZipEntry,
} from './xlsx-zip';

/** What reading the first sheet needs from the rest of the workbook. */
export interface Workbook {
  file: Buffer;
  sheet: ZipEntry;
  /** As cells show them: trimmed, null when blank. */
  sharedStrings: (string | null)[];
  /** By cell style index (the `s` attribute): whether numbers in that style are dates. */
  dateStyles: boolean[];
  date1904: boolean;
}

/** Most a small part (workbook, relationships, styles) may inflate to. */
const maxPartBytes = 64 << 20;
/**
 * Most text one string item or row may span before the scan gives up on the file: a row is
 * carried from chunk to chunk until it ends, and one that never ends must not fill the memory.
 */
export const maxPendingChars = 8 << 20;

/** Opens the zip and reads the parts around the first sheet (in workbook order, not file order). */
export async function openWorkbook(file: Buffer): Promise<Workbook> {
  const entries = zipEntries(file);
  const part = async (name: string) => {
    const entry = findEntry(entries, name);
    return entry ? entryString(file, entry, maxPartBytes) : undefined;
  };
  const rootRels = relationships((await part('_rels/.rels')) ?? '', '');
  const bookPath =
    rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const bookXml = await part(bookPath);
  if (bookXml === undefined) throw new UnreadableFile('no workbook');
  const dir = bookPath.slice(0, bookPath.lastIndexOf('/') + 1);
  const rels = relationships(
    (await part(`${dir}_rels/${bookPath.slice(dir.length)}.rels`)) ?? '',
    dir,
  );
  let date1904 = false;
  let sheetId: string | undefined;
  for (const tag of tagsOf(bookXml)) {
    if (tag.closing) continue;
    if (tag.is('workbookPr')) {
      const value = tag.attr('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (tag.is('sheet')) {
      // The relationship id's prefix is whatever the file declared (usually `r:`).
      for (const [name, value] of tag.attrs()) if (name.endsWith(':id')) sheetId = value;
      break;
    }
  }
  const byType = (type: string) => rels.find((r) => r.type.endsWith(type))?.target;
  const sheetPath = rels.find((r) => r.id === sheetId)?.target ?? `${dir}worksheets/sheet1.xml`;
  const sheet = findEntry(entries, sheetPath);
  if (!sheet) throw new UnreadableFile('no worksheet');
  const stringsEntry = findEntry(entries, byType('/sharedStrings') ?? `${dir}sharedStrings.xml`);
  const stylesXml = await part(byType('/styles') ?? `${dir}styles.xml`);
  return {
    file,
    sheet,
    sharedStrings: stringsEntry ? await sharedStrings(file, stringsEntry) : [],
    dateStyles: stylesXml ? dateStyles(stylesXml) : [],
    date1904,
  };
}

interface Relationship {
  id: string;
  type: string;
  /** The target's part name, resolved against the source's folder. */
  target: string;
}

function relationships(xml: string, dir: string): Relationship[] {
  const found: Relationship[] = [];
  for (const tag of tagsOf(xml)) {
    if (tag.closing || !tag.is('Relationship') || tag.attr('TargetMode') === 'External') continue;
    const target = tag.attr('Target');
    if (target)
      found.push({
        id: tag.attr('Id') ?? '',
        type: tag.attr('Type') ?? '',
        target: resolve(dir, target),
      });
  }
  return found;
}

/** `worksheets/sheet1.xml` from `xl/` is `xl/worksheets/sheet1.xml`; `/xl/…` is absolute. */
function resolve(dir: string, target: string): string {
  const parts: string[] = [];
  for (const part of (target.startsWith('/') ? target : dir + target).split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** xl/sharedStrings.xml, streamed: one `<si>` at a time, each the text of its runs. */
async function sharedStrings(file: Buffer, entry: ZipEntry): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  const tag = new Tag();
  const inner = new Tag();
  let xml = '';
  let at = 0;
  for await (const chunk of entryText(file, entry)) {
    xml = xml.slice(at) + chunk;
    at = 0;
    for (;;) {
      if (!tag.readNext(xml, at)) {
        at = tag.resumeAt;
        break;
      }
      const lt = tag.start;
      if (tag.closing || !tag.is('si')) {
        at = tag.end;
        continue;
      }
      if (tag.selfClosing) {
        strings.push(null);
        at = tag.end;
        continue;
      }
      const closeTag = tag.nameEnd - tag.nameStart === 2 ? '</si>' : `</${tag.name}>`;
      const close = xml.indexOf(closeTag, tag.end);
      if (close < 0) {
        at = lt;
        break;
      }
      strings.push(trimmed(detached(runText(xml, tag.end, close, inner))));
      at = close + closeTag.length;
    }
    if (xml.length - at > maxPendingChars) throw new UnreadableFile('string item too long');
  }
  if (xml.indexOf('<', at) >= 0) throw new UnreadableFile('the shared strings end unfinished');
  return strings;
}
