import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database';
import { queryRows, type Database } from '../../db/connection';
import { childDivisionSql } from './child-division-sql';

const places = pgTable('child_division_places', { code: text('code') });

describe('childDivisionSql', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.drizzle.execute(sql`create temporary table child_division_places (code text)`);
    await database.drizzle
      .insert(places)
      .values(
        ['520102016001', '520103001', '441900003001', '469001100', '460201', '469002'].map(
          (code) => ({ code }),
        ),
      );
  });
  afterAll(() => database.close());

  const childOf = async (region: string, children: string[]) =>
    Object.fromEntries(
      (
        await queryRows<{ code: string; child: string | null }>(
          database.drizzle,
          sql`select code, ${childDivisionSql(
            places.code,
            region,
            children.map((code) => ({ code })),
          )} as child
              from child_division_places order by code`,
        )
      ).map((r) => [r.code, r.child]),
    );

  it('takes the child one level down when the children are of one length', async () => {
    const found = await childOf('5201', ['520102', '520103']);
    expect(found['520102016001']).toBe('520102');
    expect(found['520103001']).toBe('520103');
  });

  it('matches a skipped level (a city’s townships, no county) and mixed children by their own codes', async () => {
    expect((await childOf('4419', ['441900003', '441900004']))['441900003001']).toBe('441900003');
    const mixed = await childOf('46', ['4602', '469001']);
    expect(mixed).toMatchObject({ '460201': '4602', '469001100': '469001', '469002': null });
  });

  it('answers the region itself when it has no children', async () => {
    expect((await childOf('520102016001', []))['520102016001']).toBe('520102016001');
  });
});
