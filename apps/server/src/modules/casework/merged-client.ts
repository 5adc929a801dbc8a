import { eq } from 'drizzle-orm';
import type { MoveMergedClient } from '../clients';
import { cases } from './casework.table';

/** A merged duplicate's cases become the kept record's: a case has one client, nothing collides. */
export const moveCasesOfMergedClient: MoveMergedClient = async (tx, from, into) => {
  const moved = await tx
    .update(cases)
    .set({ clientId: into })
    .where(eq(cases.clientId, from))
    .returning({ id: cases.id });
  return { cases: moved.length };
};
