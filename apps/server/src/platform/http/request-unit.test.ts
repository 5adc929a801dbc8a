import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsOf } from '../../../test/statements';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { finishUnit, openUnit, runInUnit } from '../../db/unit-of-work';
import { queryRows } from '../../db/connection';
import { insertAccount } from '../auth/account-records';
import { withScope, withSystemScope } from '../access/region-scope';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

describe('one unit of work per request', () => {
  it('keeps every piece of work of a request on one transaction, with the scope set once', async () => {
    const unit = await openUnit(t.database);
    const seen = await runInUnit(unit, async () => {
      const first = await withScope(t.database, { regionCode: '520102' }, (tx) =>
        queryRows<{ id: string }>(tx, sql`select txid_current()::text as id`),
      );
      const second = await withScope(t.database, { regionCode: '520102' }, (tx) =>
        queryRows<{ id: string; scope: string }>(
          tx,
          sql`select txid_current()::text as id, current_setting('shegong.scope') as scope`,
        ),
      );
      return { first: first[0]!.id, second: second[0]! };
    });
    await finishUnit(unit, 'commit');
    expect(seen.second.id).toBe(seen.first);
    expect(seen.second.scope).toBe('scope:520102');
  });

  it('rolls back everything of a unit that ends in an error, and runs nothing under another piece’s scope', async () => {
    const unit = await openUnit(t.database);
    const scopes = await runInUnit(unit, async () => {
      // Side by side: the nationwide piece waits for the scoped one, so neither sees the other's scope.
      const [scoped, system] = await Promise.all([
        withScope(t.database, { regionCode: '520102' }, async (tx) => {
          await tx.execute(sql`select pg_sleep(0.05)`);
          return queryRows<{ scope: string; role: string }>(
            tx,
            sql`select current_setting('shegong.scope') as scope, current_user as role`,
          );
        }),
        withSystemScope(t.database, async (tx) => {
          await insertAccount(tx, {
            username: 'unit.probe',
            realName: 'unit probe',
            password: 'Probe#2026pass',
            roles: [],
            regionCode: '520102',
            mustChangePassword: false,
          });
          return queryRows<{ scope: string; role: string }>(
            tx,
            sql`select current_setting('shegong.scope') as scope, current_user as role`,
          );
        }),
      ]);
      return { scoped: scoped[0]!, system: system[0]! };
    });
    expect(scopes.scoped).toEqual({ scope: 'scope:520102', role: 'shegong_app' });
    expect(scopes.system.scope).toBe('scope:');
    expect(scopes.system.role).not.toBe('shegong_app');
    await finishUnit(unit, 'rollback');
    const left = await withSystemScope(t.database, (tx) =>
      queryRows(tx, sql`select 1 from account where username = 'unit.probe'`),
    );
    expect(left).toHaveLength(0);
  });
});

const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

onPostgres('statements a request sends to PostgreSQL', () => {
  it('reads a page of organisations in one transaction of at most 8 statements', async () => {
    await nanming.get('/api/v1/organisations'); // the division index is loaded once per process
    const sent = await statementsOf(async () => {
      expect((await nanming.get('/api/v1/organisations?pageSize=20')).statusCode).toBe(200);
    });
    expect(sent.filter((s) => /^begin/i.test(s))).toHaveLength(1);
    expect(sent.length).toBeLessThanOrEqual(8);
  });

  it('reads a worker’s whole file and a station list in one transaction each', async () => {
    const { items } = (await nanming.get('/api/v1/workers?pageSize=1')).json();
    // The worker's file is one read per part of the record (scores, certificates, hours, jobs…).
    const limits = { [`/api/v1/workers/${items[0].id}`]: 22, '/api/v1/stations?pageSize=20': 10 };
    for (const [url, limit] of Object.entries(limits)) {
      const sent = await statementsOf(async () => {
        expect((await nanming.get(url)).statusCode).toBe(200);
      });
      expect(
        sent.filter((s) => /^begin/i.test(s)),
        url,
      ).toHaveLength(1);
      expect(sent.length, `${url}: ${sent.join(' | ')}`).toBeLessThanOrEqual(limit);
    }
  });
});
