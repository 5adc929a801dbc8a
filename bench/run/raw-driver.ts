import type { Database } from '../../apps/server/src/db/connection';
import { openTarget, type Target } from '../lib/targets';

export type Row = Record<string, unknown>;
export type Query = (text: string, params?: unknown[]) => Promise<Row[]>;

/** The database driver alone (pg or PGlite): no HTTP, no ORM, no session, no scope. */
export interface RawDriver {
  readonly database: Database;
  query: Query;
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opens the target the way the server does (PGlite in process; pg with a pool of 10). */
export async function openRawDriver(target: Target): Promise<RawDriver> {
  const database = await openTarget(target, { max: 10 });
  const { pglite, pool } = database;
  if (pglite) {
    return {
      database,
      query: async (text, params = []) => (await pglite.query<Row>(text, params)).rows,
      transaction: (work) =>
        pglite.transaction((tx) =>
          work(async (text, params = []) => (await tx.query<Row>(text, params)).rows),
        ),
      close: () => database.close(),
    };
  }
  return {
    database,
    query: async (text, params = []) => (await pool!.query<Row>(text, params)).rows,
    async transaction(work) {
      const client = await pool!.connect();
      try {
        await client.query('begin');
        const result = await work(
          async (text, params = []) => (await client.query<Row>(text, params)).rows,
        );
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => database.close(),
  };
}
