import { sql } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database';
import { queryRows, type Database } from './connection';
import { startsWith } from './text-prefix';

const words = pgTable('prefix_words', { word: text('word') });
const stored = [
  '5201',
  '520102',
  '52010201',
  '5202',
  '52',
  '王',
  '王小明',
  '王𠀀',
  '汪',
  '%a',
  '_b',
  'ab',
];

describe('startsWith', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.drizzle.execute(sql`create temporary table prefix_words (word text)`);
    await database.drizzle
      .insert(words)
      .values([...stored.map((word) => ({ word })), { word: null }]);
  });
  afterAll(() => database.close());

  const matching = async (prefix: string) =>
    (
      await queryRows<{ word: string }>(
        database.drizzle,
        sql`select word from prefix_words where ${startsWith(words.word, prefix)}`,
      )
    )
      .map((r) => r.word)
      .sort(byBytes);

  it('selects exactly the strings that start with the prefix, as a range the index can serve', async () => {
    for (const prefix of ['5201', '52', '520102', '王', '王小', '%', '_', 'a', '9', '']) {
      const expected = stored.filter((w) => w.startsWith(prefix)).sort(byBytes);
      expect(await matching(prefix), `prefix ${JSON.stringify(prefix)}`).toEqual(expected);
    }
  });
});

function byBytes(a: string, b: string) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
