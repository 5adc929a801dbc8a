import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { parentRegionCode } from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { dataFolder } from '../../paths';
import { divisions, referenceDataLoads } from './divisions.table';

export interface DivisionRow {
  code: string;
  name: string;
}

const divisionsFolder = join(dataFolder, 'divisions');
const upperLevelsDataset = 'divisions';
const batchSize = 2000;

/** Reads a bundled `code<TAB>name` file (gzipped), as written by scripts/build-division-data.mjs. */
export function readDivisionFile(path: string): { rows: DivisionRow[]; version: string } {
  const bytes = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const rows: DivisionRow[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [code, name] = line.split('\t');
    if (!code || !name) throw new Error(`Malformed division line in ${path}: ${line}`);
    rows.push({ code, name });
  }
  return { rows, version: createHash('sha256').update(bytes).digest('hex').slice(0, 16) };
}

export function bundledVillageFile(provinceCode: string): string | undefined {
  const path = join(divisionsFolder, `villages-${provinceCode}.tsv.gz`);
  return existsSync(path) ? path : undefined;
}

/** Loads province, city, county and township levels once per data version. */
export async function ensureUpperDivisions(db: Executor): Promise<{ loaded: number }> {
  const { rows, version } = readDivisionFile(join(divisionsFolder, 'divisions.tsv.gz'));
  return loadDataset(db, upperLevelsDataset, version, rows);
}

/** Loads (or refreshes) the villages of the given rows under a dataset name such as villages-52. */
export async function loadDataset(
  db: Executor,
  dataset: string,
  version: string,
  rows: DivisionRow[],
): Promise<{ loaded: number }> {
  const [current] = await db
    .select({ version: referenceDataLoads.version })
    .from(referenceDataLoads)
    .where(eq(referenceDataLoads.dataset, dataset));
  if (current?.version === version) return { loaded: 0 };

  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize).map((row) => ({
        code: row.code,
        name: row.name,
        parentCode: parentRegionCode(row.code) || null,
      }));
      await tx
        .insert(divisions)
        .values(batch)
        .onConflictDoUpdate({
          target: divisions.code,
          set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
        });
    }
    await tx
      .insert(referenceDataLoads)
      .values({ dataset, version, rows: rows.length })
      .onConflictDoUpdate({
        target: referenceDataLoads.dataset,
        set: { version, rows: rows.length, loadedAt: sql`now()` },
      });
  });
  // Fresh statistics for the planner: PGlite has no autovacuum, and without them the trigram
  // index on names is ignored (a 3-character search took 137 ms instead of 1 ms).
  await db.execute(sql`analyze division`);
  return { loaded: rows.length };
}
