import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Role } from '@shegong/domain';
import type { Database, Executor } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../access/actor';
import { withSystemScope } from '../access/region-scope';
import { hashPassword } from './passwords';
import { accounts } from './accounts.table';

export interface NewAccount {
  username: string;
  realName: string;
  phone?: string | null;
  regionCode: string;
  roles: Role[];
  /** For a 机构管理员: the organisation it manages. */
  organisationId?: string | null;
  /** For a 评估人员 or 社工: the talent-registry worker the account is. */
  workerId?: string | null;
  password: string;
  mustChangePassword: boolean;
}

/** Inserts an account row (no permission checks: the caller decides who may). */
export async function insertAccount(db: Executor, input: NewAccount) {
  const [row] = await db
    .insert(accounts)
    .values({
      id: newId(),
      username: input.username.trim().toLowerCase(),
      realName: input.realName,
      phone: input.phone ?? null,
      regionCode: input.regionCode,
      roles: input.roles,
      organisationId: input.organisationId ?? null,
      workerId: input.workerId ?? null,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword,
    })
    .returning();
  return row!;
}

export async function findAccountByUsername(db: Executor, username: string) {
  const [row] = await db
    .select()
    .from(accounts)
    .where(eq(accounts.username, username.trim().toLowerCase()));
  return row;
}

/** The active social workers of an organisation (of `ids` only): names and scopes. */
function socialWorkersOf(db: Executor, organisationId: string, ids?: readonly string[]) {
  return db
    .select({ id: accounts.id, name: accounts.realName, regionCode: accounts.regionCode })
    .from(accounts)
    .where(
      and(
        eq(accounts.organisationId, organisationId),
        eq(accounts.status, 'active'),
        sql`'social_worker' = any(${accounts.roles})`,
        ids ? isAnyOf(accounts.id, ids) : undefined,
      ),
    )
    .orderBy(asc(accounts.realName), asc(accounts.id))
    .limit(500);
}

/**
 * The active social workers of the actor's own organisation (of `ids` only, when given): who may
 * lead its groups, carry or supervise its cases. Read nationwide (a township worker's colleague
 * may sit at the county) but never beyond the organisation.
 */
export function colleaguesOf(database: Database, actor: Actor, ids?: readonly string[]) {
  const organisationId = organisationOf(actor);
  return withSystemScope(database, (tx) => socialWorkersOf(tx, organisationId, ids));
}

/**
 * The active evaluators (评估人员) whose scope covers a region, with their agency: those an
 * organiser may assign to a round there. Read nationwide — an evaluator of the city sits above
 * the county's office — and only names, never contacts; the worker they are, for their careers.
 */
export function evaluatorsCovering(db: Executor, regionCode: string, ids?: readonly string[]) {
  return db
    .select({
      id: accounts.id,
      name: accounts.realName,
      regionCode: accounts.regionCode,
      organisationId: accounts.organisationId,
      workerId: accounts.workerId,
    })
    .from(accounts)
    .where(
      and(
        eq(accounts.status, 'active'),
        sql`'evaluator' = any(${accounts.roles})`,
        sql`${regionCode} like ${accounts.regionCode} || '%'`,
        ids ? isAnyOf(accounts.id, ids) : undefined,
      ),
    )
    .orderBy(asc(accounts.realName), asc(accounts.id))
    .limit(500);
}

/**
 * The roles of `roles` in which another account (than `except`) already is the worker: one worker
 * has one account of each role that names one. Asked nationwide (the unique index is), answered
 * with the roles alone — nothing of the other account.
 */
export async function rolesTakenByWorker(
  db: Executor,
  workerId: string,
  roles: readonly Role[],
  except?: string,
): Promise<Role[]> {
  const rows = await db
    .select({ roles: accounts.roles })
    .from(accounts)
    .where(and(eq(accounts.workerId, workerId), except ? ne(accounts.id, except) : undefined));
  return roles.filter((role) => rows.some((r) => r.roles.includes(role)));
}
