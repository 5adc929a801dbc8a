import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { residentIdFor, workerInput } from '../../../test/fixtures';
import { rowsOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

// A whole ID number (17 digits and a check character) or mobile number, standing alone.
const wholeIdNumber = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const wholeMobile = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function unmaskedNumbersIn(text: string): string[] {
  return [...(text.match(wholeIdNumber) ?? []), ...(text.match(wholeMobile) ?? [])];
}

let t: TestApp;
let nanming: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

async function allAuditEvents(client: TestClient): Promise<unknown[]> {
  const events: unknown[] = [];
  let cursor: string | null = null;
  do {
    const page = (
      await client.get(`/api/v1/audit-events?limit=200${cursor ? `&cursor=${cursor}` : ''}`)
    ).json() as { items: unknown[]; nextCursor: string | null };
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return events;
}

describe('the audit trail keeps no whole ID or phone number', () => {
  it('masks search terms, filters, diffs and sign-in names, in the store, the list and the export', async () => {
    const idNumber = residentIdFor(611, '19910704');
    const phone = '13966106110';
    const worker = (
      await nanming.strict().post('/api/v1/workers', workerInput(611, { idNumber, phone }))
    ).json();

    // Searches and exports by the whole numbers, as a user types them.
    for (const q of [idNumber, phone, `${worker.name} ${phone}`]) {
      await nanming.get(`/api/v1/workers?q=${encodeURIComponent(q)}`);
      await nanming.get(`/api/v1/workers/export?q=${encodeURIComponent(q)}`);
      await nanming.get(`/api/v1/organisations/export?q=${encodeURIComponent(q)}`);
    }
    // A change of the phone number, and a sign-in attempt with a phone number as the user name.
    await nanming
      .strict()
      .patch(`/api/v1/workers/${worker.id}`, { version: worker.version, phone: '13766106111' });
    await t.anonymous.post('/api/v1/auth/login', { username: '15866106112', password: 'wrong-1A' });
    // The audit log's own export, filtered, is audited too.
    await auditor.get('/api/v1/audit-events/export?entityType=worker');

    const stored = await queryRows<{ event: string }>(
      t.database.drizzle,
      sql`select row_to_json(e)::text as event from audit_event e`,
    );
    const storedText = stored.map((row) => row.event).join('\n');
    expect(storedText).toContain('13966106110'.slice(0, 3) + '****' + '6110');
    expect(storedText).toContain(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    expect(storedText).toContain('158****6112');
    expect(unmaskedNumbersIn(storedText)).toEqual([]);

    const listed = JSON.stringify(await allAuditEvents(auditor));
    expect(listed).toContain('worker');
    expect(unmaskedNumbersIn(listed)).toEqual([]);

    const exported = await auditor.request({ method: 'GET', url: '/api/v1/audit-events/export' });
    expect(exported.statusCode).toBe(200);
    const sheet = JSON.stringify(await rowsOf(exported.rawPayload));
    expect(sheet).toContain('139****6110');
    expect(unmaskedNumbersIn(sheet)).toEqual([]);
  });

  it('masks events written before the writer did, on the way out', async () => {
    const idNumber = residentIdFor(612, '19880808');
    // An old event as the previous version wrote it: the export's query as free text, unmasked.
    await t.database.drizzle.execute(sql`
      insert into audit_event (id, action, entity_type, region_code, outcome, detail, changes)
      values (gen_random_uuid(), 'export', 'worker', '520102', 'success',
        ${JSON.stringify({ q: idNumber })},
        ${JSON.stringify({ phone: ['13966106120', '13966106121'] })}::jsonb)`);
    const [event] = (await auditor.get('/api/v1/audit-events?action=export&limit=200'))
      .json()
      .items.filter((e: { detail: { params: { text?: string } } | null }) =>
        e.detail?.params.text?.includes(idNumber.slice(0, 6)),
      );
    expect(event.detail).toEqual({
      code: 'text',
      params: { text: `{"q":"${idNumber.slice(0, 6)}********${idNumber.slice(-4)}"}` },
    });
    expect(event.changes).toEqual({ phone: ['139****6120', '139****6121'] });
  });
});
