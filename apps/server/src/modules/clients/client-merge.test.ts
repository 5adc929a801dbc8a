import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import type { TestApp, TestClient } from '../../../test/test-app';
import {
  clientOf,
  groupInput,
  paths,
  startGroupwork,
  type GroupworkWorld,
} from '../../../test/groupwork-world';

let t: TestApp;
let w: GroupworkWorld;
let worker: TestClient;
let ids: { shegong: string; dudao: string; specialist: string };

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(t.database.drizzle, query);
  return row!;
}

beforeAll(async () => {
  ({ t, w, worker } = await startGroupwork());
  const idOf = (username: string) =>
    one<{ id: string }>(sql`select id from account where username = ${username}`);
  ids = {
    shegong: (await idOf('shegong')).id,
    dudao: (await idOf('dudao')).id,
    specialist: (
      await one<{ id: string }>(
        sql`select organisation_id as id from account where username = 'zhuanke'`,
      )
    ).id,
  };
});
afterAll(() => t.close());

/** The same person registered twice by the demo organisation (no ID number on either). */
async function twins(n: number) {
  return { kept: await clientOf(w, n), duplicate: await clientOf(w, n + 1) };
}

async function shareAndRefer(clientId: string) {
  await worker.strict().post(`/api/v1/clients/${clientId}/consents`, {
    kind: 'sharing',
    sharedWithOrganisationId: ids.specialist,
    givenBy: 'self',
    givenOn: '2026-11-10',
  });
  return (
    await worker.strict().post('/api/v1/referrals', {
      clientId,
      receiverKind: 'organisation',
      receiverOrganisationId: ids.specialist,
      serviceField: 'mental_health',
      reason: '情绪低落，需要专业心理评估',
      sharedSummary: '独居老人，近三个月情绪低落、睡眠差，已做初步支持，需精神卫生专业评估。',
    })
  ).json() as { id: string };
}

const merge = (kept: string, duplicate: string) =>
  worker.post(`/api/v1/clients/${kept}/merge`, {
    duplicateId: duplicate,
    reason: '同一人重复登记',
  });

describe('merging a duplicate moves its service records to the record kept', () => {
  it('moves cases, group memberships, attendance and referrals; the same person is counted once', async () => {
    const { kept, duplicate } = await twins(301);
    const group = (await worker.strict().post('/api/v1/groups', groupInput(w, '合并小组'))).json();
    for (const clientId of [kept, duplicate])
      await worker.strict().post(paths.members(group.id), { clientId, joinedOn: '2026-11-01' });
    const session = (
      await worker.strict().post(paths.groupSessions(group.id), {
        heldOn: '2026-11-08',
        durationMinutes: 90,
        topic: '相识',
      })
    ).json();
    await worker.strict().put(paths.attendance(session.id), {
      entries: [
        { clientId: kept, status: 'absent' },
        { clientId: duplicate, status: 'present' },
      ],
    });
    const opened = await worker.post('/api/v1/cases', {
      clientId: duplicate,
      stationId: w.station.id,
      workerIds: [ids.shegong],
      supervisorId: ids.dudao,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const referral = await shareAndRefer(duplicate);

    const merged = await merge(kept, duplicate);
    expect(merged.statusCode, merged.body).toBe(200);

    const owners = await one<{ cases: string[]; referrals: string[]; attendance: string[] }>(sql`
      select
        (select array_agg(client_id::text) from case_work where id = ${opened.json().id}) as cases,
        (select array_agg(client_id::text) from referral where id = ${referral.id}) as referrals,
        (select array_agg(client_id::text || ':' || status) from session_attendance
          where session_id = ${session.id}) as attendance`);
    expect(owners.cases).toEqual([kept]);
    expect(owners.referrals).toEqual([kept]);
    // Present at the session under either record: present once.
    expect(owners.attendance).toEqual([`${kept}:present`]);

    const detail = (await worker.strict().get(`/api/v1/groups/${group.id}`)).json();
    expect(detail.personTimes).toBe(1);
    const active = detail.memberList.filter((m: { active: boolean }) => m.active);
    expect(active.map((m: { clientId: string }) => m.clientId)).toEqual([kept]);

    const audit = await one<{ params: Record<string, unknown> }>(sql`
      select detail_params as params from audit_event
      where entity_id = ${duplicate} and detail_code = 'client_merged'`);
    expect(audit.params).toMatchObject({ cases: 1, memberships: 1, attendances: 1, referrals: 1 });
  });

  it('refuses while both records have an open referral to the same receiver, and changes nothing', async () => {
    const { kept, duplicate } = await twins(311);
    await shareAndRefer(kept);
    const pending = await shareAndRefer(duplicate);

    const refused = await merge(kept, duplicate);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('转介');
    const after = await one<{ merged: string | null; owner: string; consents: number }>(sql`
      select (select merged_into::text from client where id = ${duplicate}) as merged,
             (select client_id::text from referral where id = ${pending.id}) as owner,
             (select count(*)::int from client_consent where client_id = ${duplicate}) as consents`);
    expect(after).toEqual({ merged: null, owner: duplicate, consents: 2 });
  });
});
