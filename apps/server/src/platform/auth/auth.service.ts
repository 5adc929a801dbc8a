import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditNote, permissionsOf, type Role } from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { accounts, loginFailures } from './accounts.table';
import type { Actor, RequestOrigin } from '../access/actor';
import { withSystemScope } from '../access/region-scope';
import { recordAudit } from '../audit/audit';
import type { Clock } from '../clock';
import { AppError } from '../errors/app-error';
import {
  assertPasswordPolicy,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from './passwords';
import { deploymentScope } from './deployment-scope';
import {
  passwordChosenByHolder,
  passwordSetNote,
  readPasswordSetNotice,
} from './password-set-by-administrator';
import { readSecurityPolicy, type SecurityPolicy } from './security-policy';
import { sessions } from './session.table';
import { newToken, tokenHash } from './tokens';

type AccountRow = typeof accounts.$inferSelect;

export interface SessionGrant {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export type Authentication =
  | { status: 'valid'; actor: Actor; csrfToken: string; mustChangePassword: boolean }
  | { status: 'expired' }
  | { status: 'none' };

/** How often a session's last-seen time is written; reads in between do not write. */
const touchIntervalMs = 60_000;

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService({ database, clock }: { database: Database; clock: Clock }) {
  // Every request checks its session against the policy: read it at most every ten seconds.
  // A change by the security administrator takes effect within that time.
  let cachedPolicy: { value: SecurityPolicy; at: number } | null = null;
  async function policy(tx: Transaction): Promise<SecurityPolicy> {
    if (!cachedPolicy || Date.now() - cachedPolicy.at > 10_000) {
      cachedPolicy = { value: await readSecurityPolicy(tx), at: Date.now() };
    }
    return cachedPolicy.value;
  }

  function actorOf(account: AccountRow, sessionId: string | null, request: RequestOrigin): Actor {
    const roles = account.roles as Role[];
    return {
      accountId: account.id,
      username: account.username,
      realName: account.realName,
      roles,
      permissions: permissionsOf(roles),
      regionCode: account.regionCode,
      organisationId: account.organisationId,
      sessionId,
      request,
    };
  }

  async function openSession(
    tx: Transaction,
    account: AccountRow,
    origin: RequestOrigin,
    rules: SecurityPolicy,
  ) {
    const now = clock();
    const grant: SessionGrant = {
      token: newToken(),
      csrfToken: newToken(),
      expiresAt: new Date(now.getTime() + rules.absoluteTimeoutHours * 3600_000),
    };
    const id = newId();
    await tx.insert(sessions).values({
      id,
      tokenHash: tokenHash(grant.token),
      accountId: account.id,
      csrfToken: grant.csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: grant.expiresAt,
      ip: origin.ip,
      userAgent: origin.userAgent,
    });
    return { grant, sessionId: id };
  }

  /**
   * Checks a name and password. Failures are committed before the error is thrown, so that
   * lockout counts and the audit trail survive the failed request.
   */
  async function login(input: { username: string; password: string }, origin: RequestOrigin) {
    const username = input.username.trim().toLowerCase();
    const outcome = await withSystemScope(database, async (tx) => {
      const rules = await policy(tx);
      const now = clock();
      const [failure] = await tx
        .select()
        .from(loginFailures)
        .where(eq(loginFailures.username, username));
      const [account] = await tx.select().from(accounts).where(eq(accounts.username, username));
      const auditActor = account ? actorOf(account, null, origin) : null;
      const regionCode = account ? account.regionCode : await deploymentScope(tx);

      if (failure?.lockedUntil && failure.lockedUntil > now) {
        await recordAudit(
          tx,
          auditActor,
          {
            action: 'login_failed',
            regionCode,
            outcome: 'failure',
            detail: auditNote('login_locked', { username }),
          },
          origin,
        );
        const minutes = Math.ceil((failure.lockedUntil.getTime() - now.getTime()) / 60_000);
        return { error: new AppError('ACCOUNT_LOCKED', { minutes }) } as const;
      }

      const passwordOk = account
        ? await verifyPassword(account.passwordHash, input.password)
        : await verifyAgainstDummy(input.password);
      if (!account || !passwordOk) {
        const failures = (failure?.failures ?? 0) + 1;
        const lockedUntil =
          failures >= rules.maxFailedLogins
            ? new Date(now.getTime() + rules.lockoutMinutes * 60_000)
            : null;
        await tx
          .insert(loginFailures)
          .values({ username, failures, lockedUntil, lastFailureAt: now })
          .onConflictDoUpdate({
            target: loginFailures.username,
            set: { failures, lockedUntil, lastFailureAt: now },
          });
        await recordAudit(
          tx,
          auditActor,
          {
            action: 'login_failed',
            regionCode,
            outcome: 'failure',
            detail: auditNote('login_bad_credentials', { username }),
          },
          origin,
        );
        return { error: new AppError('BAD_CREDENTIALS') } as const;
      }
      if (account.status !== 'active') {
        await recordAudit(
          tx,
          auditActor,
          {
            action: 'login_failed',
            regionCode,
            outcome: 'failure',
            detail: auditNote('login_disabled'),
          },
          origin,
        );
        return { error: new AppError('ACCOUNT_DISABLED') } as const;
      }

      await tx.delete(loginFailures).where(eq(loginFailures.username, username));
      await tx.update(accounts).set({ lastLoginAt: now }).where(eq(accounts.id, account.id));
      const { grant, sessionId } = await openSession(tx, account, origin, rules);
      const actor = actorOf(account, sessionId, origin);
      await recordAudit(tx, actor, {
        action: 'login',
        entityType: 'account',
        entityId: account.id,
        regionCode,
        detail: passwordSetNote(account),
      });
      return { grant, actor, mustChangePassword: account.mustChangePassword } as const;
    });
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  /** Resolves a session cookie to its actor, enforcing idle and absolute timeouts. */
  async function authenticate(token: string, origin: RequestOrigin): Promise<Authentication> {
    return withSystemScope(database, async (tx) => {
      const [found] = await tx
        .select({ session: sessions, account: accounts })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(and(eq(sessions.tokenHash, tokenHash(token)), isNull(sessions.revokedAt)));
      if (!found || found.account.status !== 'active') return { status: 'none' } as const;
      const { session, account } = found;
      const rules = await policy(tx);
      const now = clock();
      const idleSince = now.getTime() - session.lastSeenAt.getTime();
      if (now >= session.expiresAt || idleSince > rules.idleTimeoutMinutes * 60_000) {
        await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, session.id));
        return { status: 'expired' } as const;
      }
      if (idleSince > touchIntervalMs) {
        await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
      }
      return {
        status: 'valid',
        actor: actorOf(account, session.id, origin),
        csrfToken: session.csrfToken,
        mustChangePassword: account.mustChangePassword,
      } as const;
    });
  }

  async function logout(actor: Actor): Promise<void> {
    await withSystemScope(database, async (tx) => {
      if (actor.sessionId) {
        await tx
          .update(sessions)
          .set({ revokedAt: clock() })
          .where(eq(sessions.id, actor.sessionId));
      }
      await recordAudit(tx, actor, {
        action: 'logout',
        entityType: 'account',
        entityId: actor.accountId,
        regionCode: actor.regionCode,
      });
    });
  }

  /** Changes the actor's own password; every session of the account ends and a new one starts. */
  async function changePassword(
    actor: Actor,
    input: { currentPassword: string; newPassword: string },
  ) {
    const outcome = await withSystemScope(database, async (tx) => {
      const rules = await policy(tx);
      const [account] = await tx.select().from(accounts).where(eq(accounts.id, actor.accountId));
      if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
        await recordAudit(tx, actor, {
          action: 'password_change',
          entityType: 'account',
          entityId: actor.accountId,
          regionCode: actor.regionCode,
          outcome: 'failure',
        });
        return { error: new AppError('BAD_CREDENTIALS') } as const;
      }
      assertPasswordPolicy(input.newPassword, rules);
      if (input.newPassword === input.currentPassword) {
        return {
          error: new AppError(
            'PASSWORD_POLICY',
            { minLength: rules.passwordMinLength, classes: rules.passwordMinClasses },
            [
              {
                path: 'body.newPassword',
                message: {
                  'zh-CN': '新密码不能与原密码相同',
                  'en-US': 'The new password must differ from the current one',
                },
              },
            ],
          ),
        } as const;
      }
      const now = clock();
      const [updated] = await tx
        .update(accounts)
        .set({
          passwordHash: await hashPassword(input.newPassword),
          mustChangePassword: false,
          ...passwordChosenByHolder,
          passwordChangedAt: now,
          updatedAt: now,
          version: sql`${accounts.version} + 1`,
        })
        .where(eq(accounts.id, account.id))
        .returning();
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.accountId, account.id), isNull(sessions.revokedAt)));
      const { grant, sessionId } = await openSession(tx, updated ?? account, actor.request, rules);
      await recordAudit(tx, actor, {
        action: 'password_change',
        entityType: 'account',
        entityId: account.id,
        regionCode: account.regionCode,
        detail: passwordSetNote(account),
      });
      return { grant, actor: actorOf(updated ?? account, sessionId, actor.request) } as const;
    });
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  /** Who set the account's password, while it must be changed (shown to its holder). */
  const passwordSetNotice = (accountId: string) => readPasswordSetNotice(database, accountId);

  return { login, authenticate, logout, changePassword, passwordSetNotice };
}
