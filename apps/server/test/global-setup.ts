import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../src/db/bootstrap';
import { openPglite, openPostgres } from '../src/db/connection';
import { seedDemo } from '../src/demo/seed-demo';
import { adminUrl, newTemplateName } from './postgres-databases';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates and seeds one database for the whole run; every test file then starts from a copy of
 * it (a PGlite data-dir dump, or a PostgreSQL template database) in well under a second.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const templateDatabase = newTemplateName();
    const admin = await openPostgres(adminUrl(url, 'postgres'), { max: 1 });
    await admin.pool!.query(`drop database if exists ${templateDatabase} with (force)`);
    await admin.pool!.query(`create database ${templateDatabase}`);
    await admin.close();
    const template = await openPostgres(adminUrl(url, templateDatabase), { max: 1 });
    await prepareDatabase(template);
    await seedDemo(template);
    await template.close();
    project.provide('pgliteSnapshot', '');
    project.provide('postgresTemplate', templateDatabase);
    return async () => {
      const cleanup = await openPostgres(adminUrl(url, 'postgres'), { max: 1 });
      await cleanup.pool!.query(`drop database if exists ${templateDatabase} with (force)`);
      await cleanup.close();
    };
  }
  const database = await openPglite();
  await prepareDatabase(database);
  await seedDemo(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = join(mkdtempSync(join(tmpdir(), 'shegong-test-')), 'snapshot.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteSnapshot', file);
  project.provide('postgresTemplate', '');
}
