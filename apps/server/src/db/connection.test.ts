import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from './connection';
import { createTestDatabase } from '../../test/test-database';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('database connection', () => {
  it('rolls a failed transaction back whole', async () => {
    await database.drizzle.execute(sql`create table t_rollback (n int primary key)`);
    await expect(
      database.drizzle.transaction(async (tx) => {
        await tx.execute(sql`insert into t_rollback values (1)`);
        await tx.execute(sql`insert into t_rollback values (1)`);
      }),
    ).rejects.toThrow();
    const rows = await queryRows(database.drizzle, sql`select count(*)::int as n from t_rollback`);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it.runIf(!process.env.TEST_DATABASE_URL)(
    'fails fast, instead of hanging, when PGlite is queried around an open transaction',
    async () => {
      const failure = await database.drizzle
        .transaction(async () => {
          await database.drizzle.execute(sql`select 1`);
        })
        .catch((error: Error) => error);
      expect(String((failure as Error).cause)).toMatch(/deadlocks/);
    },
  );
});
