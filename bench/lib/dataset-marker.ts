import type { ScaleName } from './options';

/**
 * What the generator put into a database, stored as the database's comment so that it needs no
 * table of its own and is written in the same transaction as the data (a half-written database
 * has no marker and is generated again).
 */
export interface DatasetMarker {
  generator: number;
  scale: ScaleName;
  seed: number;
  asOf: string;
  generatedAt: string;
  seconds: number;
  method: 'copy' | 'insert';
  rows: Record<string, number>;
}

/** Bumped whenever the generator's output changes, so that older data is generated again. */
export const generatorVersion = 8;

type Query = (text: string) => Promise<Record<string, unknown>[]>;

export async function readMarker(query: Query): Promise<DatasetMarker | null> {
  const [row] = await query(
    `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`,
  );
  const comment = row?.comment;
  if (typeof comment !== 'string') return null;
  try {
    const marker = JSON.parse(comment) as DatasetMarker;
    return marker.generator === generatorVersion ? marker : null;
  } catch {
    return null;
  }
}

export async function writeMarker(query: Query, marker: DatasetMarker): Promise<void> {
  const [row] = await query('select current_database() as name');
  const name = String(row?.name).replace(/"/g, '""');
  const text = JSON.stringify(marker).replace(/'/g, "''");
  await query(`comment on database "${name}" is '${text}'`);
}
