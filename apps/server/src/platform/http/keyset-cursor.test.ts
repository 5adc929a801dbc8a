import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerInput } from '../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

/** Issue #12, item 4: a cursor the server did not write is the client's mistake, not a 500. */

const base64url = (text: string) => Buffer.from(text).toString('base64url');
const malformed = [
  '0',
  '-1',
  '1e999',
  '%',
  "' or 1=1 --",
  base64url("'; drop table worker; --"),
  base64url('2026-13-45T00:00:00.000Z|0193'),
  base64url(`0|${'0'.repeat(8)}-0000-7000-8000-000000000000`),
];

let t: TestApp;
let nanming: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  auditor = await t.signIn('auditor');
  for (const n of [971, 972, 973]) await nanming.strict().post('/api/v1/workers', workerInput(n));
});
afterAll(() => t.close());

describe.each([
  ['GET /workers', () => nanming, '/api/v1/workers?limit=2'],
  ['GET /audit-events', () => auditor, '/api/v1/audit-events?limit=2'],
])('the cursor of %s', (_, client, url) => {
  it.each(malformed)('refuses %j with 400 naming query.cursor', async (cursor) => {
    const response = await client().get(`${url}&cursor=${encodeURIComponent(cursor)}`);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'query.cursor', message: '分页位置无效，请从第一页重新加载' }],
    });
  });

  it('still leads from one page to the next', async () => {
    const first = (await client().get(url)).json();
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await client().get(`${url}&cursor=${first.nextCursor}`);
    expect(second.statusCode, second.body).toBe(200);
    const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
    expect(ids(second.json())).not.toContain(ids(first)[0]);
  });
});
