import { and, eq, type AnyColumn, type SQL } from 'drizzle-orm';
import { regionContains, type LeaderOption } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope, withSystemScope } from '../../platform/access/region-scope';
import { colleaguesOf } from '../../platform/auth/account-records';
import { accounts } from '../../platform/auth/accounts.table';
import { invalidField } from '../../platform/errors/app-error';

/**
 * Groups, activities and sessions the actor may see: in their region, and for those who do the
 * work, their own organisation's only. Officers (groupwork:read) see every organisation's.
 */
export function visibleTo(
  actor: Actor,
  columns: { regionCode: AnyColumn; organisationId: AnyColumn },
): SQL {
  const own = actor.permissions.has('groupwork:read')
    ? undefined
    : eq(columns.organisationId, organisationOf(actor));
  return and(inRegionScope(columns.regionCode, actor), own)!;
}

/**
 * Whether the actor works for the organisation of a record: then members are named and notes
 * shown (and the read audited); officers see the counts.
 */
export function identifies(actor: Actor, organisationId: string): boolean {
  return actor.permissions.has('groupwork:work') && actor.organisationId === organisationId;
}

/** The active social workers of the actor's organisation, who may lead its groups. */
export function leaderOptions(
  database: Database,
  actor: Actor,
  ids?: readonly string[],
): Promise<LeaderOption[]> {
  return colleaguesOf(database, actor, ids);
}

/**
 * The leaders of a group at `regionCode`: social workers of the actor's organisation whose scope
 * reaches the station (else they could not open the group they lead). None given: the actor.
 */
export async function checkedLeaders(
  database: Database,
  actor: Actor,
  leaderIds: readonly string[],
  regionCode: string,
): Promise<string[]> {
  const wanted = [...new Set(leaderIds.length ? leaderIds : [actor.accountId])];
  const found = new Map((await leaderOptions(database, actor, wanted)).map((l) => [l.id, l]));
  for (const id of wanted) {
    const leader = found.get(id);
    if (!leader)
      throw invalidField(
        'body.leaderIds',
        leaderIds.length
          ? {
              'zh-CN': '带领社工须为本机构在岗的社工',
              'en-US': 'The leaders must be active social workers of your organisation',
            }
          : {
              'zh-CN': '请选择带领小组的社工',
              'en-US': 'Choose the social workers who lead the group',
            },
      );
    if (!regionContains(leader.regionCode, regionCode))
      throw invalidField('body.leaderIds', {
        'zh-CN': `${leader.name}的工作范围不含该站点`,
        'en-US': `The station lies outside ${leader.name}’s scope`,
      });
  }
  return wanted;
}

/** Names of the leaders, for lists (accounts may sit outside the reader's scope). */
export async function leaderNames(
  database: Database,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await withSystemScope(database, (tx) =>
    tx
      .select({ id: accounts.id, name: accounts.realName })
      .from(accounts)
      .where(isAnyOf(accounts.id, [...new Set(ids)])),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
