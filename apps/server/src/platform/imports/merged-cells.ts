import unzipper from 'unzipper';

/**
 * The merged ranges of the first worksheet. The streaming reader ignores merges, and a merged
 * cell would silently import as blanks under its first row, so imports refuse such sheets.
 */
export async function mergedRanges(file: Buffer): Promise<string[]> {
  const archive = await unzipper.Open.buffer(file);
  const sheet = archive.files.find((f) => f.path === 'xl/worksheets/sheet1.xml');
  if (!sheet) return [];
  const xml = (await sheet.buffer()).toString('utf8');
  const merges = xml.slice(xml.lastIndexOf('</sheetData>'));
  return [...merges.matchAll(/<mergeCell ref="([A-Z]+\d+:[A-Z]+\d+)"/g)].map((m) => m[1]!);
}
