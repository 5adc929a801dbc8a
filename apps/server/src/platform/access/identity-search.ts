import { and, count, eq, gt, sql } from 'drizzle-orm';
import {
  auditNote,
  type AuditDetail,
  maskPhone,
  maskResidentId,
  type LocalizedText,
  type Permission,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { afterUnit } from '../../db/unit-of-work';
import { recordAudit } from '../audit/audit';
import { auditEvents } from '../audit/audit.table';
import { readSecurityPolicy } from '../auth/security-policy';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor';
import { withScope } from './region-scope';

/** The audit events of searches by a whole ID or phone number, which the limit counts. */
export const identitySearchEntity = 'identity_search';

export type IdentityKind = 'idNumber' | 'phone';

const windowMs = 60 * 60 * 1000;

const masks: Record<IdentityKind, (value: string) => string> = {
  idNumber: maskResidentId,
  phone: maskPhone,
};

/**
 * Lets a search by a whole ID or phone number through, or refuses it. A match confirms the whole
 * number, so an ID search is a reveal and needs `revealPermission`; and each account gets
 * `identitySearchesPerHour` of them (security policy), after which searches are refused. Every
 * attempt is audited with the number masked — the refused ones as failures, which is how the
 * audit administrator learns that an account ran into the limit. A refusal's event is written
 * after the request's unit of work has rolled back (`afterUnit`), so that it stays.
 */
export async function admitIdentitySearch(
  database: Database,
  actor: Actor,
  search: { kind: IdentityKind; value: string; where: string; revealPermission: Permission },
): Promise<void> {
  const mayConfirm = search.kind === 'phone' || actor.permissions.has(search.revealPermission);
  const searched = {
    where: search.where,
    kind: search.kind,
    value: masks[search.kind](search.value),
  };
  const refusal = await withScope(database, actor, async (tx) => {
    // One account's searches are counted one at a time, so parallel requests cannot all pass.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${actor.accountId}))`);
    let reason: 'permission' | 'limit' | null = mayConfirm ? null : 'permission';
    if (!reason && (await allowanceLeft(tx, actor)) < 1) reason = 'limit';
    if (!reason)
      await recordAudit(tx, actor, {
        ...searchEvent(actor),
        detail: auditNote('identity_search', searched),
      });
    return reason;
  });
  if (refusal)
    await recordRefusal(
      database,
      actor,
      auditNote('identity_search_refused', { ...searched, reason: refusal }),
    );
  if (refusal === 'permission') throw refused('FORBIDDEN', needsReveal);
  if (refusal === 'limit') throw refused('RATE_LIMITED', limitReached);
}

/**
 * Numbers of a sheet (certificates, hours) that matched no worker in scope, for an account that
 * may not reveal ID numbers: each answer "not found" tells one candidate number from the right
 * one, so each is one search of the hourly allowance, audited masked. More than the allowance
 * refuses the whole upload (429) with a failure event, before any row is answered.
 */
export async function admitUnmatchedIdNumbers(
  database: Database,
  actor: Actor,
  unmatched: readonly string[],
  where: string,
): Promise<void> {
  if (unmatched.length === 0) return;
  const searched = (value: string) => ({
    where,
    kind: 'idNumber' as const,
    value: maskResidentId(value),
  });
  const withinLimit = await withScope(database, actor, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${actor.accountId}))`);
    const within = (await allowanceLeft(tx, actor)) >= unmatched.length;
    if (within)
      for (const value of unmatched)
        await recordAudit(tx, actor, {
          ...searchEvent(actor),
          detail: auditNote('identity_search', searched(value)),
        });
    return within;
  });
  if (!withinLimit) {
    await recordRefusal(
      database,
      actor,
      auditNote('identity_search_refused', { ...searched(unmatched[0]!), reason: 'limit' }),
    );
    throw new AppError('RATE_LIMITED', {}, [{ path: 'file', message: unmatchedLimitReached }]);
  }
}

const searchEvent = (actor: Actor) => ({
  action: 'read' as const,
  entityType: identitySearchEntity,
  regionCode: actor.regionCode,
});

/**
 * The failure event of a refused search, written once the request's unit of work has rolled back
 * (or at once outside a request), so that the refusal it records stays.
 */
function recordRefusal(database: Database, actor: Actor, detail: AuditDetail) {
  return afterUnit(database, () =>
    withScope(database, actor, (tx) =>
      recordAudit(tx, actor, { ...searchEvent(actor), outcome: 'failure', detail }),
    ),
  );
}

/** How many more searches by ID or phone number the account may make in this hour. */
async function allowanceLeft(tx: Transaction, actor: Actor): Promise<number> {
  const { identitySearchesPerHour } = await readSecurityPolicy(tx);
  const [made] = await tx
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorId, actor.accountId),
        gt(auditEvents.occurredAt, new Date(Date.now() - windowMs)),
        eq(auditEvents.entityType, identitySearchEntity),
        eq(auditEvents.outcome, 'success'),
      ),
    );
  return identitySearchesPerHour - (made?.n ?? 0);
}

const unmatchedLimitReached: LocalizedText = {
  'zh-CN':
    '表中未找到的身份证号超过每小时按身份证号检索的上限，整个文件未予校验；请核对身份证号后再上传',
  'en-US':
    'More ID numbers of the sheet match no worker than the hourly limit of searches by ID number allows; the file was not checked. Check the numbers and upload it again',
};

function refused(code: 'FORBIDDEN' | 'RATE_LIMITED', message: LocalizedText): AppError {
  return new AppError(code, {}, [{ path: 'query.q', message }]);
}

const needsReveal: LocalizedText = {
  'zh-CN': '按完整身份证号检索需要“查看完整身份证号与电话”权限；请按姓名检索',
  'en-US':
    'Searching by a whole ID number needs the permission to reveal ID numbers; search by name',
};

const limitReached: LocalizedText = {
  'zh-CN': '按身份证号或手机号检索已达每小时上限，请稍后再试或按姓名检索',
  'en-US':
    'The hourly limit of searches by ID or phone number is reached; try later or search by name',
};
