import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import type { TestApp, TestClient } from '../../../test/test-app';
import {
  clientOf,
  detailsOf,
  groupInput,
  paths,
  startGroupwork,
  type GroupworkWorld,
} from '../../../test/groupwork-world';

let t: TestApp;
let w: GroupworkWorld;
let worker: TestClient;
beforeAll(async () => void ({ t, w, worker } = await startGroupwork()));
afterAll(() => t.close());

describe('a group and its stages (MZ/T 095-2017)', () => {
  it('starts in 筹备期 led by the worker, moves forward one stage at a time, each move on the timeline', async () => {
    const created = await worker.post('/api/v1/groups', groupInput(w, '长者互助小组'));
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({
      stage: 'preparation',
      leaders: [{ name: '林晓（社工）' }],
      identified: true,
      stages: [{ stage: 'preparation', byName: '林晓（社工）' }],
    });

    const skipped = await worker.post(paths.stage(group.id), {
      stage: 'transition',
      version: group.version,
    });
    expect(skipped.statusCode).toBe(400);
    expect(detailsOf(skipped)[0]).toEqual({
      path: 'body.stage',
      message: '须逐阶段推进：当前为筹备期，下一阶段为形成期',
    });

    let current = group;
    for (const stage of ['formation', 'transition', 'maturity']) {
      const moved = await worker.post(paths.stage(group.id), { stage, version: current.version });
      expect(moved.statusCode, moved.body).toBe(200);
      current = moved.json();
    }
    const stale = await worker.post(paths.stage(group.id), {
      stage: 'termination',
      summary: '组员建立了互助关系，按计划结束。',
      version: group.version,
    });
    expect(stale.statusCode).toBe(409);

    const noSummary = await worker.post(paths.stage(group.id), {
      stage: 'termination',
      version: current.version,
    });
    expect(detailsOf(noSummary)[0]!.path).toBe('body.summary');
    const ended = await worker.post(paths.stage(group.id), {
      stage: 'termination',
      summary: '组员建立了互助关系，按计划结束。',
      version: current.version,
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({
      stage: 'termination',
      summary: '组员建立了互助关系，按计划结束。',
    });
    expect(ended.json().stages.map((s: { stage: string }) => s.stage)).toEqual([
      'preparation',
      'formation',
      'transition',
      'maturity',
      'termination',
    ]);
    const after = await worker.post(paths.stage(group.id), {
      stage: 'termination',
      version: ended.json().version,
    });
    expect(detailsOf(after)[0]!.message).toBe('小组已进入结束期，不能再推进');

    const [events] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${group.id}
          and detail_code = 'group_stage_moved'`,
    );
    expect(events!.n).toBe(4);
  });

  it('refuses a leader whose scope does not reach the station, and a station outside the scope', async () => {
    const far = await t.accountWith({
      username: 'groupwork.far',
      roles: ['social_worker'],
      regionCode: '520102003',
    });
    const farId = (await far.get('/api/v1/auth/session')).json().account.id;
    const refused = await worker.post('/api/v1/groups', {
      ...groupInput(w, '远处的组'),
      leaderIds: [farId],
    });
    expect(detailsOf(refused)[0]).toMatchObject({ path: 'body.leaderIds' });
    const options = (await worker.get('/api/v1/groupwork/leaders')).json();
    expect(options.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['林晓（社工）', '周敏（督导）', 'groupwork.far']),
    );
    const elsewhere = await w.yunyanWorker.post('/api/v1/groups', groupInput(w, '越界小组'));
    expect(detailsOf(elsewhere)[0]).toMatchObject({ path: 'body.stationId' });
  });
});

describe('members', () => {
  it('takes in clients the organisation serves, on days not to come; leaving and joining again keep their dates', async () => {
    const group = (await worker.strict().post('/api/v1/groups', groupInput(w, '亲子小组'))).json();
    const client = await clientOf(w, 101);
    const joined = await worker.post(paths.members(group.id), {
      clientId: client,
      joinedOn: '2026-11-02',
    });
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json().memberList).toMatchObject([
      { clientId: client, name: '组员101', joinedOn: '2026-11-02', active: true },
    ]);
    expect(
      (await worker.post(paths.members(group.id), { clientId: client, joinedOn: '2026-11-03' }))
        .statusCode,
    ).toBe(409);
    const future = await worker.post(paths.members(group.id), {
      clientId: await clientOf(w, 103),
      joinedOn: '2026-12-01',
    });
    expect(detailsOf(future)[0]).toMatchObject({ path: 'body.joinedOn' });
    const notServed = await worker.post(paths.members(group.id), {
      clientId: await clientOf(w, 105, w.otherWorker),
      joinedOn: '2026-11-02',
    });
    expect(detailsOf(notServed)[0]).toMatchObject({
      path: 'body.clientId',
      message: '服务对象不存在或本机构未为其服务',
    });

    const memberId = joined.json().memberList[0].id;
    const left = await worker.post(paths.leave(group.id, memberId), {
      leftOn: '2026-11-10',
      reason: '搬家',
    });
    expect(left.json().memberList[0]).toMatchObject({ leftOn: '2026-11-10', active: false });
    const tooSoon = await worker.post(paths.members(group.id), {
      clientId: client,
      joinedOn: '2026-11-10',
    });
    expect(detailsOf(tooSoon)[0]).toMatchObject({ path: 'body.joinedOn' });
    const back = await worker.post(paths.members(group.id), {
      clientId: client,
      joinedOn: '2026-11-12',
    });
    expect(back.json().memberList).toHaveLength(2);
  });
});

describe('sessions and attendance', () => {
  it('records a sheet in one request; refuses a future session and a non-member, naming the row', async () => {
    const group = (
      await worker.strict().post('/api/v1/groups', groupInput(w, '青少年成长小组'))
    ).json();
    const [a, b, late] = [await clientOf(w, 111), await clientOf(w, 113), await clientOf(w, 115)];
    for (const [clientId, joinedOn] of [
      [a, '2026-11-01'],
      [b, '2026-11-01'],
      [late, '2026-11-15'],
    ])
      await worker.strict().post(paths.members(group.id), { clientId, joinedOn });

    const first = await worker.post(paths.groupSessions(group.id), {
      heldOn: '2026-11-08',
      durationMinutes: 90,
      topic: '相识',
      summary: '破冰游戏，订立小组契约',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ number: 1, personTimes: 0, future: false });
    const planned = (
      await worker.strict().post(paths.groupSessions(group.id), {
        heldOn: '2026-12-06',
        durationMinutes: 90,
        topic: '展望',
      })
    ).json();
    expect(planned).toMatchObject({ number: 2, future: true });

    const tooEarly = await worker.put(paths.attendance(planned.id), {
      entries: [{ clientId: a, status: 'present' }],
    });
    expect(detailsOf(tooEarly)[0]).toEqual({
      path: 'body.entries',
      message: '该场次日期（2026-12-06）晚于今天，不能登记签到',
    });

    const sheet = (await worker.get(paths.attendance(first.json().id))).json();
    expect(sheet.entries.map((e: { clientId: string }) => e.clientId).sort()).toEqual(
      [a, b].sort(),
    );
    const notMember = await worker.put(paths.attendance(first.json().id), {
      entries: [
        { clientId: a, status: 'present' },
        { clientId: late, status: 'present' },
      ],
    });
    expect(notMember.statusCode).toBe(400);
    expect(detailsOf(notMember)).toEqual([
      { path: 'body.entries.1.clientId', message: '第 2 行：2026-11-08 不是该小组的组员' },
    ]);

    const saved = await worker.put(paths.attendance(first.json().id), {
      entries: [
        { clientId: a, status: 'present' },
        { clientId: b, status: 'absent' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().session).toMatchObject({ personTimes: 1, marked: 2 });
    const again = await worker.put(paths.attendance(first.json().id), {
      entries: [{ clientId: b, status: 'present' }],
    });
    expect(again.json().session.personTimes).toBe(2);
    const excused = await worker.put(paths.attendance(first.json().id), {
      entries: [{ clientId: b, status: 'excused' }],
    });
    expect(excused.json().session.personTimes).toBe(1);

    const detail = (await worker.get(`/api/v1/groups/${group.id}`)).json();
    expect(detail).toMatchObject({ personTimes: 1, sessionsHeld: 1, sessionsTotal: 2, members: 3 });
    const memberA = detail.memberList.find((m: { clientId: string }) => m.clientId === a);
    expect(memberA.attended).toBe(1);
    const leaveEarly = await worker.post(paths.leave(group.id, memberA.id), {
      leftOn: '2026-11-05',
    });
    expect(detailsOf(leaveEarly)[0]!.message).toBe(
      '该组员 2026-11-08 仍有签到记录，退组日期不能早于该日',
    );
    const moved = await worker.patch(`/api/v1/service-sessions/${first.json().id}`, {
      heldOn: '2026-12-01',
      version: first.json().version,
    });
    expect(detailsOf(moved)[0]!.path).toBe('body.heldOn');
  });

  it('keeps another organisation, a sibling county and officers away from names and sheets', async () => {
    const group = (await worker.strict().post('/api/v1/groups', groupInput(w, '保密小组'))).json();
    const client = await clientOf(w, 121);
    await worker
      .strict()
      .post(paths.members(group.id), { clientId: client, joinedOn: '2026-11-01' });
    const session = (
      await worker.strict().post(paths.groupSessions(group.id), {
        heldOn: '2026-11-09',
        durationMinutes: 60,
        topic: '分享',
        summary: '某组员谈到家庭困难',
      })
    ).json();
    await worker.strict().put(paths.attendance(session.id), {
      entries: [{ clientId: client, status: 'present' }],
    });

    expect((await w.otherWorker.get(`/api/v1/groups/${group.id}`)).statusCode).toBe(404);
    expect((await w.otherWorker.get(paths.attendance(session.id))).statusCode).toBe(404);
    const otherList = (await w.otherWorker.get('/api/v1/groups')).json();
    expect(otherList.items.map((g: { id: string }) => g.id)).not.toContain(group.id);
    expect((await w.yunyan.get(`/api/v1/groups/${group.id}`)).statusCode).toBe(404);

    const seen = await w.nanming.get(`/api/v1/groups/${group.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ identified: false, memberList: [], personTimes: 1 });
    expect(seen.json().sessions[0]).toMatchObject({ summary: null, personTimes: 1 });
    expect((await w.nanming.get(paths.attendance(session.id))).statusCode).toBe(403);
    const [reads] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${group.id} and action = 'read'`,
    );
    expect(reads!.n).toBe(0);
    await worker.get(`/api/v1/groups/${group.id}`);
    const [after] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${group.id} and action = 'read'`,
    );
    expect(after!.n).toBe(1);
    const [trail] = await queryRows<{ changes: string }>(
      t.database.drizzle,
      sql`select coalesce(changes::text, '') as changes from audit_event
          where entity_id = ${session.id} order by occurred_at desc limit 1`,
    );
    expect(trail!.changes).not.toContain('家庭困难');
  });
});
