import { and, asc, count, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  regionContains,
  roleAssignmentProblems,
  maskPhone,
  type Account,
  type AccountListQuery,
  type AssignAccess,
  type CreateAccount,
  type LocalizedText,
  type Role,
  type UpdateAccount,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import {
  escapeLike,
  inRegionScope,
  withScope,
  withSystemScope,
} from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { assertPasswordPolicy, hashPassword } from '../../platform/auth/passwords';
import { markPasswordSetByAdministrator } from '../../platform/auth/password-set-by-administrator';
import { readSecurityPolicy } from '../../platform/auth/security-policy';
import { sessions } from '../../platform/auth/session.table';
import type { Clock } from '../../platform/clock';
import {
  AppError,
  conflict,
  forbidden,
  notFound,
  type ErrorDetail,
} from '../../platform/errors/app-error';
import type { DivisionService } from '../divisions';
import type { OrganisationDirectory } from '../organisations';
import type { TalentServices } from '../talent';
import { insertAccount, rolesTakenByWorker } from '../../platform/auth/account-records';
import { accounts, loginFailures } from '../../platform/auth/accounts.table';

const entity = { 'zh-CN': '账号', 'en-US': 'Account' } as const;
const entityType = 'account';

type AccountRow = typeof accounts.$inferSelect;
type Row = AccountRow & { lockedUntil: Date | null };

/** The account with the end of its lockout, if it is locked at `now`. */
const selection = (now: Date) => ({
  account: accounts,
  lockedUntil:
    sql<Date | null>`case when ${loginFailures.lockedUntil} > ${now} then ${loginFailures.lockedUntil} end`.mapWith(
      loginFailures.lockedUntil,
    ),
});

/** The audited view of an account: what changed, never the password hash. */
function auditedFields(row: AccountRow) {
  const { passwordHash: _hash, ...rest } = row;
  return rest as Record<string, unknown>;
}

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/**
 * Accounts, managed inside the administrator's own scope. Roles and scope are a separate power
 * (roles:assign) from the rest (accounts:manage), and nobody changes their own.
 */
export function createAccountService(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'describeRegions' | 'namesOf'>;
  /** Organisations a 机构管理员 may be bound to, from the organisations module. */
  organisations: Pick<OrganisationDirectory, 'namesInScope' | 'regionInScope' | 'activeOptions'>;
  /** Workers of the talent registry an evaluator's or social worker's account is linked to. */
  talent: Pick<TalentServices, 'accountWorkerOptions' | 'accountWorkersOf'>;
  clock: Clock;
}) {
  const { database, divisions, clock } = deps;

  async function present(rows: Row[], actor: Actor): Promise<Account[]> {
    const regionNames = await divisions.describeRegions(
      rows.map((r) => r.regionCode),
      actor.request.language,
    );
    const bound = [...new Set(rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])))];
    const linked = [...new Set(rows.flatMap((r) => (r.workerId ? [r.workerId] : [])))];
    const [organisationNamed, workersLinked] = await Promise.all([
      deps.organisations.namesInScope(actor, bound),
      deps.talent.accountWorkersOf(actor, linked),
    ]);
    return rows.map((r) => ({
      id: r.id,
      username: r.username,
      realName: r.realName,
      phone: r.phone ? maskPhone(r.phone) : null,
      regionCode: r.regionCode,
      regionName: regionNames.get(r.regionCode) ?? r.regionCode,
      roles: r.roles as Role[],
      organisationId: r.organisationId,
      organisationName: r.organisationId ? (organisationNamed.get(r.organisationId) ?? null) : null,
      workerId: r.workerId,
      worker: r.workerId ? (workersLinked.get(r.workerId) ?? null) : null,
      status: r.status as Account['status'],
      lockedUntil: r.lockedUntil?.toISOString() ?? null,
      mustChangePassword: r.mustChangePassword,
      lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      version: r.version,
    }));
  }

  async function load(tx: Transaction, actor: Actor, id: string): Promise<Row> {
    const [found] = await tx
      .select(selection(clock()))
      .from(accounts)
      .leftJoin(loginFailures, eq(loginFailures.username, accounts.username))
      .where(and(eq(accounts.id, id), inRegionScope(accounts.regionCode, actor)));
    if (!found) throw notFound(entity);
    return { ...found.account, lockedUntil: found.lockedUntil };
  }

  async function assertScopeAssignable(actor: Actor, regionCode: string, path: string) {
    if (!regionContains(actor.regionCode, regionCode)) {
      throw invalid(path, {
        'zh-CN': '管辖范围超出您本人的管辖范围',
        'en-US': 'The scope lies outside your own scope',
      });
    }
    if (regionCode !== '' && !(await divisions.namesOf([regionCode])).has(regionCode)) {
      throw invalid(path, { 'zh-CN': '行政区划不存在', 'en-US': 'No such division' });
    }
  }

  function assertRolesAssignable(roles: Role[], regionCode: string, path: string) {
    const problems = roleAssignmentProblems(roles, regionCode);
    if (problems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        { fields: path },
        problems.map((message): ErrorDetail => ({ path, message })),
      );
    }
  }

  /**
   * A 机构管理员 account names the organisation it manages, a 社工 account the organisation that
   * employs them: one the administrator can see. The organisation a 机构管理员 manages lies inside
   * the account's scope; a social worker's may also be registered above it (a city organisation
   * runs a township's station). No other account names one.
   */
  async function assertOrganisationAssignable(
    actor: Actor,
    {
      roles,
      regionCode,
      organisationId,
    }: Pick<AssignAccess, 'roles' | 'regionCode' | 'organisationId'>,
  ) {
    const path = 'body.organisationId';
    const manages = roles.includes('org_admin');
    const worksFor = roles.includes('social_worker');
    const evaluates = roles.includes('evaluator');
    if (!manages && !worksFor && !evaluates) {
      if (organisationId)
        throw invalid(path, {
          'zh-CN': '只有机构管理员、社工和评估人员账号关联机构',
          'en-US':
            'Only organisation administrator, social worker and evaluator accounts name an organisation',
        });
      return;
    }
    if (!organisationId)
      throw invalid(
        path,
        manages
          ? {
              'zh-CN': '机构管理员须指定所管理的机构',
              'en-US': 'Choose the organisation this administrator manages',
            }
          : worksFor
            ? {
                'zh-CN': '社工账号须指定所在机构',
                'en-US': 'Choose the organisation this social worker works for',
              }
            : {
                'zh-CN': '评估人员账号须指定所属评估机构',
                'en-US': 'Choose the evaluation agency this evaluator belongs to',
              },
      );
    const organisationRegion = await deps.organisations.regionInScope(actor, organisationId);
    if (organisationRegion === null)
      throw invalid(path, {
        'zh-CN': '机构不存在或不在您的管辖范围内',
        'en-US': 'No such organisation in your scope',
      });
    const inside = regionContains(regionCode, organisationRegion);
    const above = regionContains(organisationRegion, regionCode);
    if (!inside && !((worksFor || evaluates) && !manages && above))
      throw invalid(path, {
        'zh-CN': '该机构不在账号的管辖范围内',
        'en-US': "The organisation lies outside the account's scope",
      });
  }

  /**
   * An evaluator's or a social worker's account names the talent-registry worker it is (its
   * careers are what the conflict-of-interest check reads): a worker in the administrator's scope,
   * not already another account of the same role. No other account names one.
   */
  async function assertWorkerAssignable(
    actor: Actor,
    { roles, workerId }: Pick<AssignAccess, 'roles' | 'workerId'>,
    accountId?: string,
  ) {
    if (!workerId) return;
    const path = 'body.workerId';
    const linking = roles.filter((r) => r === 'evaluator' || r === 'social_worker');
    if (linking.length === 0)
      throw invalid(path, {
        'zh-CN': '只有评估人员和社工账号关联人才库中的社工',
        'en-US': 'Only evaluator and social worker accounts name a worker of the talent registry',
      });
    if (!(await deps.talent.accountWorkersOf(actor, [workerId])).has(workerId))
      throw invalid(path, {
        'zh-CN': '人才库中没有该社工，或不在您的管辖范围内',
        'en-US': 'No such worker of the talent registry in your scope',
      });
    const taken = await withSystemScope(database, (tx) =>
      rolesTakenByWorker(tx, workerId, linking, accountId),
    );
    if (taken.length > 0) {
      const message = {
        'zh-CN': '该社工已关联另一个同角色的账号',
        'en-US': 'Another account of the same role is linked to this worker',
      };
      throw conflict(message, [{ path, message }]);
    }
  }

  /** Workers of the administrator's scope to link an account to, for the picker. */
  function workerOptions(actor: Actor, query: { q?: string }) {
    return deps.talent.accountWorkerOptions(actor, query.q);
  }

  /**
   * Active organisations in the administrator's scope (and the account's, when given), by name or
   * credit code, for the picker.
   */
  function organisationOptions(actor: Actor, query: { q?: string; region?: string }) {
    return deps.organisations.activeOptions(actor, query);
  }

  function assertNotSelf(actor: Actor, id: string) {
    if (actor.accountId === id) throw forbidden();
  }

  /** Runs an update guarded by the version the client read; a stale version is a 409. */
  async function updateVersioned(
    tx: Transaction,
    actor: Actor,
    id: string,
    version: number,
    changes: Partial<AccountRow>,
  ) {
    const before = await load(tx, actor, id);
    if (before.version !== version) throw new AppError('VERSION_CONFLICT');
    const [after] = await tx
      .update(accounts)
      .set({ ...changes, version: sql`${accounts.version} + 1`, updatedAt: clock() })
      .where(and(eq(accounts.id, id), eq(accounts.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    return { before, after: { ...after, lockedUntil: before.lockedUntil } };
  }

  async function list(actor: Actor, query: AccountListQuery) {
    // Presented after the transaction: PGlite has one connection, so a query outside the open
    // transaction (the division names) would wait for it forever.
    const { rows, total } = await withScope(database, actor, async (tx) => {
      const conditions: SQL[] = [inRegionScope(accounts.regionCode, actor)];
      if (query.region) conditions.push(startsWith(accounts.regionCode, query.region));
      if (query.role) conditions.push(sql`${query.role} = any(${accounts.roles})`);
      if (query.status) conditions.push(eq(accounts.status, query.status));
      if (query.q) {
        const pattern = `%${escapeLike(query.q)}%`;
        conditions.push(or(ilike(accounts.username, pattern), ilike(accounts.realName, pattern))!);
      }
      const where = and(...conditions);
      const [totalRow] = await tx.select({ n: count() }).from(accounts).where(where);
      const rows = await tx
        .select(selection(clock()))
        .from(accounts)
        .leftJoin(loginFailures, eq(loginFailures.username, accounts.username))
        .where(where)
        .orderBy(asc(accounts.username))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return {
        rows: rows.map((r) => ({ ...r.account, lockedUntil: r.lockedUntil })),
        total: totalRow?.n ?? 0,
      };
    });
    return { items: await present(rows, actor), total };
  }

  async function get(actor: Actor, id: string): Promise<Account> {
    const row = await withScope(database, actor, (tx) => load(tx, actor, id));
    return (await present([row], actor))[0]!;
  }

  async function create(actor: Actor, input: CreateAccount): Promise<Account> {
    await assertScopeAssignable(actor, input.regionCode, 'body.regionCode');
    if (input.roles.length > 0) {
      if (!actor.permissions.has('roles:assign')) {
        throw invalid('body.roles', {
          'zh-CN': '您无权分配角色',
          'en-US': 'You may not assign roles',
        });
      }
      assertRolesAssignable(input.roles, input.regionCode, 'body.roles');
    }
    await assertOrganisationAssignable(actor, input);
    await assertWorkerAssignable(actor, input);
    const row = await withScope(database, actor, async (tx) => {
      assertPasswordPolicy(input.password, await readSecurityPolicy(tx), 'body.password');
      const [taken] = await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.username, input.username.toLowerCase()));
      if (taken) {
        throw conflict({ 'zh-CN': '账号名已被使用', 'en-US': 'The account name is taken' }, [
          {
            path: 'body.username',
            message: { 'zh-CN': '账号名已被使用', 'en-US': 'The account name is taken' },
          },
        ]);
      }
      const created = await insertAccount(tx, { ...input, mustChangePassword: true });
      await recordAudit(tx, actor, {
        action: 'create',
        entityType,
        entityId: created.id,
        regionCode: created.regionCode,
        changes: changedFields(null, auditedFields(created)),
      });
      await markPasswordSetByAdministrator(tx, actor, created.id, clock());
      return { ...created, lockedUntil: null };
    });
    return (await present([row], actor))[0]!;
  }

  async function update(actor: Actor, id: string, input: UpdateAccount): Promise<Account> {
    if (input.status === 'disabled') assertNotSelf(actor, id);
    const row = await withScope(database, actor, async (tx) => {
      const { version, ...fields } = input;
      const { before, after } = await updateVersioned(tx, actor, id, version, fields);
      if (after.status === 'disabled' && before.status !== 'disabled') {
        await tx
          .update(sessions)
          .set({ revokedAt: clock() })
          .where(and(eq(sessions.accountId, id), isNull(sessions.revokedAt)));
      }
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: id,
        regionCode: after.regionCode,
        changes: changedFields(auditedFields(before), auditedFields(after)),
      });
      return after;
    });
    return (await present([row], actor))[0]!;
  }

  async function assignAccess(actor: Actor, id: string, input: AssignAccess): Promise<Account> {
    assertNotSelf(actor, id);
    await assertScopeAssignable(actor, input.regionCode, 'body.regionCode');
    assertRolesAssignable(input.roles, input.regionCode, 'body.roles');
    await assertOrganisationAssignable(actor, input);
    await assertWorkerAssignable(actor, input, id);
    const row = await withScope(database, actor, async (tx) => {
      const { before, after } = await updateVersioned(tx, actor, id, input.version, {
        roles: [...new Set(input.roles)],
        regionCode: input.regionCode,
        organisationId: input.organisationId,
        workerId: input.workerId,
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: id,
        regionCode: after.regionCode,
        changes: changedFields(auditedFields(before), auditedFields(after)),
        detail: auditNote('access_assigned'),
      });
      return after;
    });
    return (await present([row], actor))[0]!;
  }

  /** Sets a new initial password: the account must change it, and its sessions end. */
  async function resetPassword(actor: Actor, id: string, password: string): Promise<Account> {
    assertNotSelf(actor, id);
    const row = await withScope(database, actor, async (tx) => {
      assertPasswordPolicy(password, await readSecurityPolicy(tx), 'body.password');
      const current = await load(tx, actor, id);
      const after = (
        await updateVersioned(tx, actor, id, current.version, {
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
        })
      ).after;
      await tx
        .update(sessions)
        .set({ revokedAt: clock() })
        .where(and(eq(sessions.accountId, id), isNull(sessions.revokedAt)));
      await tx.delete(loginFailures).where(eq(loginFailures.username, current.username));
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: id,
        regionCode: current.regionCode,
        detail: auditNote('password_reset'),
      });
      await markPasswordSetByAdministrator(tx, actor, id, clock());
      return { ...after, lockedUntil: null };
    });
    return (await present([row], actor))[0]!;
  }

  async function unlock(actor: Actor, id: string): Promise<Account> {
    const row = await withScope(database, actor, async (tx) => {
      const current = await load(tx, actor, id);
      await tx.delete(loginFailures).where(eq(loginFailures.username, current.username));
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: id,
        regionCode: current.regionCode,
        detail: auditNote('account_unlocked'),
      });
      return { ...current, lockedUntil: null };
    });
    return (await present([row], actor))[0]!;
  }

  return {
    list,
    get,
    create,
    update,
    assignAccess,
    organisationOptions,
    workerOptions,
    resetPassword,
    unlock,
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
