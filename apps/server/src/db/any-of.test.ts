import { sql } from 'drizzle-orm';
import { date, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-database';
import { queryRows, type Database } from './connection';
import { isAnyOf } from './any-of';

const words = pgTable('any_of_words', { word: text('word'), id: uuid('id'), day: date('day') });
const anId = '0192a0b4-4b7e-7c1d-8a2b-3c4d5e6f7a8b';
const stored = ['520102', '5201', '王小明', 'a,b', '{x}', 'say "hi"', 'back\\slash', 'NULL', ''];

describe('isAnyOf', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.drizzle.execute(
      sql`create temporary table any_of_words (word text, id uuid, day date)`,
    );
    await database.drizzle.insert(words).values(stored.map((word) => ({ word })));
    await database.drizzle.insert(words).values({ word: 'typed', id: anId, day: '2026-11-20' });
  });
  afterAll(() => database.close());

  const matching = async (values: string[]) =>
    (
      await queryRows<{ word: string }>(
        database.drizzle,
        sql`select word from any_of_words where ${isAnyOf(words.word, values)} order by word`,
      )
    ).map((r) => r.word);

  it('matches exactly the given values, however they are punctuated', async () => {
    expect(await matching(['520102', '王小明', 'absent'])).toEqual(['520102', '王小明'].sort());
    expect(await matching(['a,b', '{x}', 'say "hi"', 'back\\slash', 'NULL', ''])).toEqual(
      ['a,b', '{x}', 'say "hi"', 'back\\slash', 'NULL', ''].sort(),
    );
    expect(await matching([])).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => `k${i}`);
    expect(await matching([...many, '5201'])).toEqual(['5201']);
  });

  it('takes the type of the column: uuid and date keys compare as such', async () => {
    const typed = (condition: ReturnType<typeof isAnyOf>) =>
      queryRows<{ word: string }>(
        database.drizzle,
        sql`select word from any_of_words where ${condition}`,
      );
    expect(await typed(isAnyOf(words.id, [anId.toUpperCase()]))).toEqual([{ word: 'typed' }]);
    expect(await typed(isAnyOf(words.day, ['2026-11-20', '2026-11-21']))).toEqual([
      { word: 'typed' },
    ]);
  });
});
