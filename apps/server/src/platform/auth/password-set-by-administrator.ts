import { aliasedTable, and, desc, eq } from 'drizzle-orm';
import type { PasswordSetNotice } from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { accounts } from './accounts.table';
import type { Actor } from '../access/actor';
import { withSystemScope } from '../access/region-scope';
import { auditEvents } from '../audit/audit.table';

/**
 * Records that `actor` has just set the password of account `accountId` (a reset, or the initial
 * one of a new account), after the audit event of that write: the account keeps who, when and
 * which event, until its holder chooses a password of their own.
 */
export async function markPasswordSetByAdministrator(
  tx: Transaction,
  actor: Actor,
  accountId: string,
  at: Date,
): Promise<void> {
  const requestId = actor.request.requestId;
  const [event] = requestId
    ? await tx
        .select({ id: auditEvents.id })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.entityType, 'account'),
            eq(auditEvents.entityId, accountId),
            eq(auditEvents.requestId, requestId),
          ),
        )
        .orderBy(desc(auditEvents.id))
        .limit(1)
    : [];
  await tx
    .update(accounts)
    .set({
      passwordSetBy: actor.accountId,
      passwordSetAt: at,
      passwordSetEventId: event?.id ?? null,
    })
    .where(eq(accounts.id, accountId));
}

/** The columns that forget it again, once the holder has chosen a password. */
export const passwordChosenByHolder = {
  passwordSetBy: null,
  passwordSetAt: null,
  passwordSetEventId: null,
} as const;

/**
 * The note on the audit events of a sign-in and a password change made with a password an
 * administrator set: it names that administrator's event, so the auditor reads them together.
 */
export function passwordSetNote(
  account: Pick<typeof accounts.$inferSelect, 'mustChangePassword' | 'passwordSetEventId'>,
): string | undefined {
  return account.mustChangePassword && account.passwordSetEventId
    ? `password set by an administrator: event ${account.passwordSetEventId}`
    : undefined;
}

const setter = aliasedTable(accounts, 'setter');

/** Who set the account's current password and when, while its holder has not replaced it. */
export async function readPasswordSetNotice(
  database: Database,
  accountId: string,
): Promise<PasswordSetNotice | null> {
  const [found] = await withSystemScope(database, (tx) =>
    tx
      .select({ realName: setter.realName, username: setter.username, at: accounts.passwordSetAt })
      .from(accounts)
      .innerJoin(setter, eq(setter.id, accounts.passwordSetBy))
      .where(and(eq(accounts.id, accountId), eq(accounts.mustChangePassword, true))),
  );
  return found?.at
    ? { realName: found.realName, username: found.username, at: found.at.toISOString() }
    : null;
}
