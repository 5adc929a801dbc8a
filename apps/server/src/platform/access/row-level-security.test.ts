import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../auth/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { serviceScopeFilter, withScope } from './region-scope';
import { queryRows } from '../../db/connection';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => {
  serviceScopeFilter.enabled = true;
});

describe('row-level security, the second wall', () => {
  it('keeps a 520102 administrator out of 520103 rows with the service-layer filter switched off', async () => {
    const nanmingAdmin = await t.accountWith({
      username: 'rls.nanming',
      roles: ['system_admin'],
      regionCode: '520102',
    });
    serviceScopeFilter.enabled = false;
    const { items, total } = (await nanmingAdmin.get('/api/v1/accounts?pageSize=200')).json();
    expect(total).toBeGreaterThan(0);
    expect(
      items
        .map((a: { regionCode: string }) => a.regionCode)
        .every((c: string) => c.startsWith('520102')),
    ).toBe(true);
    const yunyan = (await (await t.signIn('admin')).get('/api/v1/accounts?q=yunyan')).json()
      .items[0];
    expect((await nanmingAdmin.get(`/api/v1/accounts/${yunyan.id}`)).statusCode).toBe(404);
  });

  it('filters a raw query of a scoped transaction and refuses to write outside the scope', async () => {
    const rows = await withScope(t.database, { regionCode: '520102' }, (tx) =>
      tx.select({ region: accounts.regionCode }).from(accounts),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.region.startsWith('520102'))).toBe(true);
    await expect(
      withScope(t.database, { regionCode: '520102' }, (tx) =>
        queryRows(
          tx,
          sql`update account set real_name = 'x' where region_code = '520103' returning id`,
        ),
      ).then((updated) => updated.length),
    ).resolves.toBe(0);
    await expect(
      withScope(t.database, { regionCode: '520102' }, (tx) =>
        tx.execute(
          sql`insert into account (id, username, real_name, region_code, password_hash) values (gen_random_uuid(), 'sneaky', 'x', '520103', 'x')`,
        ),
      ),
    ).rejects.toThrow();
  });

  it('shows nothing to the app role when no scope is set at all', async () => {
    const count = await t.database.drizzle.transaction(async (tx) => {
      await tx.execute(sql`set local role shegong_app`);
      const [row] = await queryRows(tx, sql`select count(*)::int as n from account`);
      return row;
    });
    expect(count).toEqual({ n: 0 });
  });

  it('protects every table that has a region_code column', async () => {
    const rows = await queryRows(
      t.database.drizzle,
      sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where a.attname = 'region_code' and c.relkind = 'r' and n.nspname = 'public' and not a.attisdropped`,
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows)
      expect(row, String(row.table)).toMatchObject({ enabled: true, forced: true });
  });
});

describe('the audit trail is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, even to the owner', async () => {
    const [event] = await t.database.drizzle
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .limit(1);
    expect(event).toBeDefined();
    await expect(
      t.database.drizzle.execute(sql`update audit_event set detail = 'x' where id = ${event!.id}`),
    ).rejects.toThrow();
    await expect(
      t.database.drizzle.execute(sql`delete from audit_event where id = ${event!.id}`),
    ).rejects.toThrow();
    await expect(t.database.drizzle.execute(sql`truncate audit_event`)).rejects.toThrow();
  });
});
