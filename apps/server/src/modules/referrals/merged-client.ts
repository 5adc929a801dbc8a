import { and, eq, inArray, sql } from 'drizzle-orm';
import type { MoveMergedClient } from '../clients';
import { conflict } from '../../platform/errors/app-error';
import { referrals } from './referrals.table';

const open = ['pending', 'accepted'];

/**
 * A merged duplicate's referrals become the kept record's. Two open referrals of the person to
 * the same receiver would be one referral sent twice: the merge waits until one is settled.
 */
export const moveReferralsOfMergedClient: MoveMergedClient = async (tx, from, into) => {
  const [twice] = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(
      and(
        eq(referrals.clientId, from),
        inArray(referrals.status, open),
        sql`exists (select 1 from ${referrals} k where k.client_id = ${into}
          and k.receiver_key = ${referrals.receiverKey} and k.status in ('pending', 'accepted'))`,
      ),
    )
    .limit(1);
  if (twice)
    throw conflict(
      {
        'zh-CN': '两份档案都有转介给同一接收方且尚未办结的转介：请先撤回或办结其中一份，再合并',
        'en-US':
          'Both records have an open referral to the same receiver: revoke or settle one, then merge',
      },
      [
        {
          path: 'body.duplicateId',
          message: { 'zh-CN': '有重复的转介', 'en-US': 'Referral twice' },
        },
      ],
    );
  const moved = await tx
    .update(referrals)
    .set({ clientId: into })
    .where(eq(referrals.clientId, from))
    .returning({ id: referrals.id });
  return { referrals: moved.length };
};
