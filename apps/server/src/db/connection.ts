import { AsyncLocalStorage } from 'node:async_hooks';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';
import type { Config } from '../config';
import { schema, type Schema } from './schema';
import { insideOpenUnit } from './unit-of-work';

export type Drizzle = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<
  PgQueryResultHKT,
  Schema,
  ExtractTablesWithRelations<Schema>
>;
/** Anything a query can run on: the database itself or an open transaction. */
export type Executor = Drizzle | Transaction;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly drizzle: Drizzle;
  /** The PGlite instance, for bulk paths that need it (COPY from a blob). */
  readonly pglite?: PGlite;
  /** The pg pool, for bulk paths that need a raw client (COPY streams). */
  readonly pool?: pg.Pool;
  close(): Promise<void>;
}

export class StartupError extends Error {}

export async function openDatabase(database: Config['database']): Promise<Database> {
  return database.kind === 'pglite'
    ? openPglite({ dataDir: join(database.dataDir, 'pglite') })
    : openPostgres(database.url);
}

/** An embedded database; no dataDir keeps it in memory (tests). */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}) {
  if (options.dataDir) ensureWritableDirectory(options.dataDir);
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { pg_trgm },
  });
  guardAgainstSelfDeadlock(client);
  const db = drizzlePglite({ client, schema });
  return {
    kind: 'pglite',
    drizzle: db as unknown as Drizzle,
    pglite: client,
    close: () => client.close(),
  } satisfies Database;
}

/**
 * PGlite has a single connection: a query sent outside an open transaction (through the database
 * rather than the transaction) waits for that transaction, which waits for the query — forever.
 * A request's unit of work (db/unit-of-work.ts) is such a transaction for everything the request
 * calls.
 * Make that mistake fail at once, with a message that says what to do.
 */
function guardAgainstSelfDeadlock(client: PGlite) {
  const insideTransaction = new AsyncLocalStorage<true>();
  const transaction = client.transaction.bind(client);
  client.transaction = (work) => transaction((tx) => insideTransaction.run(true, () => work(tx)));
  for (const method of ['query', 'exec', 'transaction'] as const) {
    const original = client[method].bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      if (insideTransaction.getStore() || insideOpenUnit()) {
        throw new Error(
          'A query went to the database while a transaction is open; on PGlite this deadlocks. Run it on the transaction, or after it.',
        );
      }
      return original(...args);
    };
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection that drops (server restart, failover) must not take the process down;
  // the pool replaces it on the next query.
  pool.on('error', (error) =>
    console.error(`shegong: idle database connection lost: ${error.message}`),
  );
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new StartupError(`Cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  const db = drizzlePostgres({ client: pool, schema });
  return {
    kind: 'postgres',
    drizzle: db as unknown as Drizzle,
    pool,
    close: () => pool.end(),
  };
}

function ensureWritableDirectory(dir: string) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new StartupError(`Data directory ${dir} is not writable: ${(error as Error).message}`);
  }
}

/** Runs raw SQL and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<T = Record<string, unknown>>(
  db: Executor,
  query: SQL,
): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
