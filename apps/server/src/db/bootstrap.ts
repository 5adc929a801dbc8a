import { ensureUpperDivisions } from '../modules/divisions';
import type { Database } from './connection';
import { migrate } from './migrate';

/** Brings a database to the current schema with its bundled reference data. Idempotent. */
export async function prepareDatabase(database: Database, log: (line: string) => void = () => {}) {
  await migrate(database);
  const { loaded } = await ensureUpperDivisions(database.drizzle);
  if (loaded > 0) log(`loaded ${loaded} administrative divisions (province to township)`);
}
