import { eq, sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../../db/connection';
import type { MoveMergedClient } from '../clients';
import { serviceParticipants, sessionAttendance } from './groupwork.table';

/** The better of two marks of one person at one session: present, then excused, then absent. */
const rank = (column: 'twin.status' | 'a.status') =>
  sql.raw(`case ${column} when 'present' then 3 when 'excused' then 2 else 1 end`);

/**
 * A merged duplicate's memberships, registrations and attendance become the kept record's. Where
 * both records sit on one list, the person keeps one place (the earlier joining date); where
 * both were marked at one session, one mark (the better) — and the session's person-times are
 * recounted, since the person was counted twice.
 */
export function moveServiceRecordsOfMergedClient(
  recount: (tx: Transaction, sessionIds: readonly string[]) => Promise<void>,
): MoveMergedClient {
  return async (tx, from, into) => {
    const joined = await queryRows<{ id: string }>(
      tx,
      sql`
      with twin as (
        select d.id as duplicate, k.id as kept, least(d.joined_on, k.joined_on) as joined_on
        from ${serviceParticipants} d join ${serviceParticipants} k
          on k.client_id = ${into}
          and ((d.group_id = k.group_id and d.left_on is null and k.left_on is null)
            or d.activity_id = k.activity_id)
        where d.client_id = ${from}
      ), widened as (
        update ${serviceParticipants} p set joined_on = twin.joined_on
        from twin where p.id = twin.kept
      )
      delete from ${serviceParticipants} p using twin where p.id = twin.duplicate
      returning p.id`,
    );
    const movedPlaces = await tx
      .update(serviceParticipants)
      .set({ clientId: into })
      .where(eq(serviceParticipants.clientId, from))
      .returning({ id: serviceParticipants.id });

    const marked = await queryRows<{ session_id: string }>(
      tx,
      sql`
      with twin as (
        select d.session_id, d.status
        from ${sessionAttendance} d join ${sessionAttendance} k
          on k.session_id = d.session_id and k.client_id = ${into}
        where d.client_id = ${from}
      ), better as (
        update ${sessionAttendance} a set status = twin.status
        from twin where a.session_id = twin.session_id and a.client_id = ${into}
          and ${rank('twin.status')} > ${rank('a.status')}
      )
      delete from ${sessionAttendance} a using twin
      where a.session_id = twin.session_id and a.client_id = ${from}
      returning a.session_id`,
    );
    const movedMarks = await tx
      .update(sessionAttendance)
      .set({ clientId: into })
      .where(eq(sessionAttendance.clientId, from))
      .returning({ id: sessionAttendance.sessionId });
    const twiceCounted = marked.map((r) => r.session_id);
    await recount(tx, twiceCounted);
    return {
      memberships: joined.length + movedPlaces.length,
      attendances: twiceCounted.length + movedMarks.length,
    };
  };
}
