import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../src/db/connection';
import { adminUrl } from './postgres-databases';

/**
 * A private, migrated and demo-seeded database for one test file: PGlite by default, PostgreSQL
 * when TEST_DATABASE_URL is set. `close()` drops it again.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    return openPglite({ loadDataDir: new Blob([readFileSync(inject('pgliteSnapshot'))]) });
  }
  const name = `shegong_test_${randomBytes(6).toString('hex')}`;
  const admin = await openPostgres(adminUrl(url, 'postgres'), { max: 1 });
  await admin.pool!.query(`create database ${name} template ${inject('postgresTemplate')}`);
  const database = await openPostgres(adminUrl(url, name), { max: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await admin.pool!.query(`drop database if exists ${name} with (force)`);
      await admin.close();
    },
  };
}
