import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrationsFolder } from '../paths';
import type { Database } from './connection';

/** Applies the committed drizzle-kit migrations; drizzle-kit's own runner fails on PGlite. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.drizzle as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePostgres(database.drizzle as unknown as NodePgDatabase, { migrationsFolder });
  }
}
