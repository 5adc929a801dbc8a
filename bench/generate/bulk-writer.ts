import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction as PgliteTransaction } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../../apps/server/src/db/connection';
import { scopeSetting } from '../../apps/server/src/platform/access/region-scope';
import { copyField, jsonField } from './copy-format';

export type BulkMethod = 'copy' | 'insert';
export type Row = Record<string, unknown>;

/**
 * Writes generated rows inside one transaction that runs with the whole country as its scope.
 * COPY is the fast path; row-level security refuses COPY FROM to roles it applies to (FORCE ROW
 * LEVEL SECURITY includes the table owner), so for them rows go in as multi-row INSERTs
 * (`json_populate_recordset`), which the region policy checks against the scope.
 */
export interface BulkWriter {
  readonly method: BulkMethod;
  /** Writes rows that all have the same keys (into another table of the same shape with `into`). */
  write<T extends PgTable>(
    table: T,
    rows: Iterable<T['$inferInsert']>,
    options?: { into?: string },
  ): Promise<number>;
  query(text: string, params?: unknown[]): Promise<Row[]>;
}

const chunkRows = 20_000;

interface Columns {
  table: string;
  keys: string[];
  columns: PgColumn[];
  names: string;
}

function columnsOf(table: PgTable, first: Row, into?: string): Columns {
  const all = getTableColumns(table) as Record<string, PgColumn>;
  const keys = Object.keys(first).filter((key) => first[key] !== undefined);
  const columns = keys.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${getTableName(table)} has no column for ${key}`);
    return column;
  });
  return {
    table: `"${into ?? getTableName(table)}"`,
    keys,
    columns,
    names: columns.map((c) => `"${c.name}"`).join(', '),
  };
}

/** Rows in chunks, with the column layout taken from the first row. */
function* chunks(
  table: PgTable,
  rows: Iterable<Row>,
  into?: string,
): Generator<{ layout: Columns; rows: Row[] }> {
  let layout: Columns | undefined;
  let batch: Row[] = [];
  for (const row of rows) {
    layout ??= columnsOf(table, row, into);
    batch.push(row);
    if (batch.length === chunkRows) {
      yield { layout, rows: batch };
      batch = [];
    }
  }
  if (layout && batch.length) yield { layout, rows: batch };
}

const copyLines = (layout: Columns, rows: Row[]) =>
  rows
    .map((row) => layout.keys.map((key, i) => copyField(layout.columns[i]!, row[key])).join('\t'))
    .join('\n') + '\n';

const jsonRows = (layout: Columns, rows: Row[]) =>
  JSON.stringify(
    rows.map((row) =>
      Object.fromEntries(
        layout.keys.map((key, i) => [layout.columns[i]!.name, jsonField(row[key])]),
      ),
    ),
  );

const insertSql = (layout: Columns) =>
  `insert into ${layout.table} (${layout.names}) select ${layout.names} from json_populate_recordset(null::${layout.table}, $1::json)`;

const bypassSql = `select (rolsuper or rolbypassrls) as bypass from pg_roles where rolname = current_user`;
const scopeSql = `select set_config('shegong.scope', '${scopeSetting('')}', true)`;

async function chooseMethod(requested: BulkMethod | 'auto', query: BulkWriter['query']) {
  if (requested !== 'auto') return requested;
  const [row] = await query(bypassSql);
  return row?.bypass === true ? 'copy' : 'insert';
}

function pgliteWriter(tx: PgliteTransaction, method: BulkMethod): BulkWriter {
  const query = async (text: string, params: unknown[] = []) =>
    (await tx.query<Row>(text, params)).rows;
  return {
    method,
    query,
    async write(table, rows, options) {
      let written = 0;
      for (const chunk of chunks(table, rows as Iterable<Row>, options?.into)) {
        if (method === 'copy') {
          const blob = new Blob([copyLines(chunk.layout, chunk.rows)]);
          await tx.query(
            `copy ${chunk.layout.table} (${chunk.layout.names}) from '/dev/blob'`,
            [],
            {
              blob,
            },
          );
        } else {
          await tx.query(insertSql(chunk.layout), [jsonRows(chunk.layout, chunk.rows)]);
        }
        written += chunk.rows.length;
      }
      return written;
    },
  };
}

function postgresWriter(client: pg.PoolClient, method: BulkMethod): BulkWriter {
  const query = async (text: string, params: unknown[] = []) =>
    (await client.query<Row>(text, params)).rows;
  return {
    method,
    query,
    async write(table, rows, options) {
      let written = 0;
      for (const chunk of chunks(table, rows as Iterable<Row>, options?.into)) {
        if (method === 'copy') {
          const stream = client.query(
            copyFrom(`copy ${chunk.layout.table} (${chunk.layout.names}) from stdin`),
          );
          await pipeline(Readable.from([copyLines(chunk.layout, chunk.rows)]), stream);
        } else {
          await client.query(insertSql(chunk.layout), [jsonRows(chunk.layout, chunk.rows)]);
        }
        written += chunk.rows.length;
      }
      return written;
    },
  };
}

/** Runs `work` in one transaction with a writer; nothing is kept if it throws. */
export async function inBulkTransaction<T>(
  database: Database,
  requested: BulkMethod | 'auto',
  work: (writer: BulkWriter) => Promise<T>,
): Promise<T> {
  if (database.pglite) {
    return database.pglite.transaction(async (tx) => {
      await tx.query(scopeSql);
      const probe = async (text: string) => (await tx.query<Row>(text)).rows;
      return work(pgliteWriter(tx, await chooseMethod(requested, probe)));
    });
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    await client.query(scopeSql);
    const probe = async (text: string) => (await client.query<Row>(text)).rows;
    const result = await work(postgresWriter(client, await chooseMethod(requested, probe)));
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
