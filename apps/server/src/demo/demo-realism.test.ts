import { socialWorkMajorMismatch } from '@shegong/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/connection';
import { withSystemScope } from '../platform/access/region-scope';
import { createTestApp, type TestApp } from '../../test/test-app';
import { sexOfGivenName } from './random';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rowsOf = <Row>(query: ReturnType<typeof sql>) =>
  withSystemScope(t.database, async (tx) => queryRows<Row>(tx, query));

describe('the demo data', () => {
  it('names organisations without number suffixes', async () => {
    const names = await rowsOf<{ name: string }>(sql`select name from organisation`);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((o) => /\d/.test(o.name))).toEqual([]);
  });

  it('gives workers names that fit the sex their ID number records', async () => {
    const workers = await rowsOf<{ name: string; sex: string }>(sql`select name, sex from worker`);
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.filter((w) => sexOfGivenName(w.name.slice(1)) !== w.sex)).toEqual([]);
  });

  it('marks social-work majors as the major says', async () => {
    const workers = await rowsOf<{ major: string | null; social_work_major: boolean }>(
      sql`select major, social_work_major from worker`,
    );
    expect(
      workers.filter((w) => socialWorkMajorMismatch(w.major, w.social_work_major) !== null),
    ).toEqual([]);
  });
});
