import { refuseOutsideScope } from '../../../platform/access/region-in-scope';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  certificateLevels,
  chinaToday,
  coversDate,
  defaultRewardAmountsFen,
  regionAncestors,
  type CertificateLevel,
  type RewardGrant,
  type RewardRule,
} from '@shegong/domain';
import type { Database, Executor } from '../../../db/connection';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { startsWith } from '../../../db/text-prefix';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import type { Clock } from '../../../platform/clock';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error';
import { certificates } from '../certification/certification.table';
import { rewardGrants, rewardRules } from './rewards.table';
import type { WorkerService } from '../registry/workers.service';
import { employments } from '../careers/careers.table';
import { workers } from '../registry/workers.table';

/** The amounts in force for a region: its own rule, else the nearest enclosing one, else the defaults. */
async function rulesFor(db: Executor, regionCode: string): Promise<RewardRule[]> {
  const chain = ['', ...regionAncestors(regionCode), regionCode];
  const rows = await db.select().from(rewardRules).where(inArray(rewardRules.regionCode, chain));
  return certificateLevels.map((level) => {
    const own = chain
      .slice()
      .reverse()
      .map((code) => rows.find((r) => r.regionCode === code && r.level === level.code))
      .find(Boolean);
    return own
      ? { level: level.code, amountFen: own.amountFen, setBy: own.regionCode }
      : { level: level.code, amountFen: defaultRewardAmountsFen[level.code] ?? 0, setBy: null };
  });
}

const entity = { 'zh-CN': '奖励申请', 'en-US': 'Reward' } as const;

/** One-off rewards on certification (奖励): rules per region, and grants 申请 → 审核 → 发放. */
export function createRewardService(deps: {
  database: Database;
  workers: WorkerService;
  clock: Clock;
}) {
  const { database, workers: registry, clock } = deps;
  const today = () => chinaToday(clock());

  const columns = { grant: rewardGrants, workerName: workers.name };
  const present = ({
    grant,
    workerName,
  }: {
    grant: typeof rewardGrants.$inferSelect;
    workerName: string;
  }): RewardGrant => ({
    ...grant,
    level: grant.level as CertificateLevel,
    status: grant.status as RewardGrant['status'],
    workerName,
  });

  async function rules(actor: Actor, regionCode: string) {
    return withScope(database, actor, (tx) => rulesFor(tx, regionCode));
  }

  async function setRules(
    actor: Actor,
    regionCode: string,
    amounts: { level: CertificateLevel; amountFen: number }[],
  ) {
    refuseOutsideScope(actor, regionCode, 'query.region');
    return withScope(database, actor, async (tx) => {
      const before = await rulesFor(tx, regionCode);
      for (const { level, amountFen } of amounts) {
        await tx
          .insert(rewardRules)
          .values({ regionCode, level, amountFen })
          .onConflictDoUpdate({
            target: [rewardRules.regionCode, rewardRules.level],
            set: { amountFen, updatedAt: clock() },
          });
      }
      const after = await rulesFor(tx, regionCode);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'reward_rule',
        entityId: regionCode,
        regionCode,
        changes: changedFields({ rules: before }, { rules: after }),
      });
      return after;
    });
  }

  /** Applies for the reward of a level: the worker must hold it, be in post, and not have had it. */
  async function apply(
    actor: Actor,
    workerId: string,
    level: CertificateLevel,
  ): Promise<RewardGrant> {
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const [held] = await tx
        .select()
        .from(certificates)
        .where(and(eq(certificates.workerId, workerId), eq(certificates.level, level)));
      const problem = (zh: string, en: string) =>
        new AppError('VALIDATION_FAILED', { fields: 'body.level' }, [
          { path: 'body.level', message: { 'zh-CN': zh, 'en-US': en } },
        ]);
      if (!held) throw problem('未持有该级别证书', 'The worker does not hold that level');
      const jobs = await tx.select().from(employments).where(eq(employments.workerId, workerId));
      if (!jobs.some((j) => coversDate(j, today())))
        throw problem('奖励只发给在岗社工', 'Rewards go to workers in post');
      const amount = (await rulesFor(tx, worker.regionCode)).find(
        (r) => r.level === level,
      )!.amountFen;
      if (amount <= 0)
        throw problem('本地区未设该级别奖励', 'This region has no reward for that level');
      const [existing] = await tx
        .select({ id: rewardGrants.id })
        .from(rewardGrants)
        .where(and(eq(rewardGrants.workerId, workerId), eq(rewardGrants.level, level)));
      if (existing)
        throw conflict(
          { 'zh-CN': '该级别奖励已申请过', 'en-US': 'Already applied for this level' },
          [
            {
              path: 'body.level',
              message: { 'zh-CN': '该级别奖励已申请过', 'en-US': 'Already applied for this level' },
            },
          ],
        );
      const [row] = await tx
        .insert(rewardGrants)
        .values({
          id: newId(),
          workerId,
          regionCode: worker.regionCode,
          level,
          amountFen: amount,
          status: 'applied',
          appliedOn: today(),
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'reward_grant',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      return present({ grant: row!, workerName: worker.name });
    });
  }

  async function transition(
    actor: Actor,
    id: string,
    version: number,
    from: string,
    changes: Partial<typeof rewardGrants.$inferInsert>,
  ) {
    return withScope(database, actor, async (tx) => {
      const [found] = await tx
        .select(columns)
        .from(rewardGrants)
        .innerJoin(workers, eq(workers.id, rewardGrants.workerId))
        .where(and(eq(rewardGrants.id, id), inRegionScope(rewardGrants.regionCode, actor)));
      if (!found) throw notFound(entity);
      if (found.grant.version !== version) throw new AppError('VERSION_CONFLICT');
      if (found.grant.status !== from)
        throw conflict({
          'zh-CN': '当前状态不能执行此操作',
          'en-US': 'Not possible in the current status',
        });
      const [after] = await tx
        .update(rewardGrants)
        .set({ ...changes, version: sql`${rewardGrants.version} + 1` })
        .where(and(eq(rewardGrants.id, id), eq(rewardGrants.version, version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'reward_grant',
        entityId: id,
        regionCode: after.regionCode,
        changes: changedFields(found.grant, after),
      });
      return present({ grant: after, workerName: found.workerName });
    });
  }

  const decide = (
    actor: Actor,
    id: string,
    input: { version: number; approve: boolean; note?: string | null },
  ) =>
    transition(actor, id, input.version, 'applied', {
      status: input.approve ? 'approved' : 'rejected',
      decidedBy: actor.accountId,
      decidedOn: today(),
      note: input.note ?? null,
    });

  const pay = (actor: Actor, id: string, input: { version: number; paidOn: string }) => {
    if (input.paidOn > today())
      throw new AppError('VALIDATION_FAILED', { fields: 'body.paidOn' }, [
        {
          path: 'body.paidOn',
          message: { 'zh-CN': '发放日期不能晚于今天', 'en-US': 'The date is in the future' },
        },
      ]);
    return transition(actor, id, input.version, 'approved', {
      status: 'paid',
      paidOn: input.paidOn,
    });
  };

  async function list(
    actor: Actor,
    query: {
      page: number;
      pageSize: number;
      region?: string | undefined;
      status?: string | undefined;
      workerId?: string;
    },
  ) {
    return withScope(database, actor, async (tx) => {
      const where = and(
        inRegionScope(rewardGrants.regionCode, actor),
        query.region ? startsWith(rewardGrants.regionCode, query.region) : undefined,
        query.status ? eq(rewardGrants.status, query.status) : undefined,
        query.workerId ? eq(rewardGrants.workerId, query.workerId) : undefined,
      );
      const [counted] = await tx.select({ n: count() }).from(rewardGrants).where(where);
      const rows = await tx
        .select(columns)
        .from(rewardGrants)
        .innerJoin(workers, eq(workers.id, rewardGrants.workerId))
        .where(where)
        .orderBy(desc(rewardGrants.appliedOn), asc(rewardGrants.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { items: rows.map(present), total: counted?.n ?? 0 };
    });
  }

  return { rules, setRules, apply, decide, pay, list };
}

export type RewardService = ReturnType<typeof createRewardService>;
