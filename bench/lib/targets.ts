import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../apps/server/src/db/connection';
import { UsageError, type DatabaseKind, type ScaleName } from './options';
import { benchDataRoot } from './paths';

/** Where the synthetic data of one scale lives: its own PGlite folder or PostgreSQL database. */
export type Target =
  | { kind: 'pglite'; scale: ScaleName; dataDir: string }
  | { kind: 'postgres'; scale: ScaleName; url: string; adminUrl: string; name: string };

const defaultAdminUrl = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export function benchTarget(kind: DatabaseKind, scale: ScaleName): Target {
  if (kind === 'pglite') return { kind, scale, dataDir: join(benchDataRoot, scale) };
  const adminUrl = process.env.BENCH_DATABASE_URL ?? defaultAdminUrl;
  const name = `shegong_bench_${scale}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { kind, scale, url: url.toString(), adminUrl, name };
}

export function describeTarget(target: Target): string {
  if (target.kind === 'pglite') return `PGlite ${relative(process.cwd(), target.dataDir) || '.'}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.host}/${target.name}`;
}

/** The environment that points the server and its CLI at the target. */
export function serverEnvironment(target: Target): Record<string, string> {
  return target.kind === 'pglite' ? { DATA_DIR: target.dataDir } : { DATABASE_URL: target.url };
}

async function withAdmin<T>(
  target: Target & { kind: 'postgres' },
  work: (c: pg.Client) => Promise<T>,
) {
  const client = new pg.Client({ connectionString: target.adminUrl });
  try {
    await client.connect();
  } catch (error) {
    const url = new URL(target.adminUrl);
    throw new UsageError(
      `cannot connect to PostgreSQL at ${url.host} as ${url.username}: ${(error as Error).message} (set BENCH_DATABASE_URL)`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function targetExists(target: Target): Promise<boolean> {
  if (target.kind === 'pglite') return existsSync(join(target.dataDir, 'pglite', 'PG_VERSION'));
  return withAdmin(target, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [target.name]);
    return found.rowCount === 1;
  });
}

/** Empties the target: only ever the bench's own folder or its shegong_bench_* database. */
export async function resetTarget(target: Target): Promise<void> {
  if (target.kind === 'pglite') {
    if (!target.dataDir.startsWith(benchDataRoot))
      throw new Error(`refusing to delete ${target.dataDir}`);
    rmSync(target.dataDir, { recursive: true, force: true });
    return;
  }
  if (!/^shegong_bench_[a-z]+$/.test(target.name))
    throw new Error(`refusing to drop ${target.name}`);
  await withAdmin(target, async (client) => {
    await client.query(`drop database if exists "${target.name}" with (force)`);
    await client.query(`create database "${target.name}"`);
  });
}

export async function openTarget(
  target: Target,
  options: { max?: number } = {},
): Promise<Database> {
  return target.kind === 'pglite'
    ? openPglite({ dataDir: join(target.dataDir, 'pglite') })
    : openPostgres(target.url, options);
}
