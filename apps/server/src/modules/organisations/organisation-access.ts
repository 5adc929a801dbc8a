import { and, eq, type SQL } from 'drizzle-orm';
import { regionContains } from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { visibleFromScope } from '../../platform/access/region-scope';
import { AppError, notFound } from '../../platform/errors/app-error';
import { organisations } from './organisations.table';

export const organisationEntity = { 'zh-CN': '社会组织', 'en-US': 'Organisation' } as const;

/**
 * Which organisations an actor sees: officers those of their scope and of the governments above
 * it; an organisation's own administrator only that one.
 */
export function organisationVisibility(actor: Actor): SQL {
  if (actor.permissions.has('organisations:read'))
    return visibleFromScope(organisations.regionCode, actor);
  return and(
    visibleFromScope(organisations.regionCode, actor),
    eq(organisations.id, actor.organisationId ?? '00000000-0000-0000-0000-000000000000'),
  )!;
}

/** Changes need the permission and the organisation inside the actor's own scope. */
export function mayChange(
  actor: Actor,
  regionCode: string,
  permission: 'organisations:write' | 'organisations:assess',
): boolean {
  return actor.permissions.has(permission) && regionContains(actor.regionCode, regionCode);
}

/**
 * Subsidies and awards (资助奖励) are support records: those who manage support read them, and an
 * organisation's own administrator reads those given to it as part of its file. Officers who only
 * read the registry (ratings, inspections, conduct) do not.
 */
export function mayReadGrants(actor: Actor, organisationId: string): boolean {
  if (actor.permissions.has('organisations:support')) return true;
  return actor.permissions.has('organisations:read_own') && actor.organisationId === organisationId;
}

export type OrganisationRow = typeof organisations.$inferSelect;

/** The organisation if the actor sees it (404 otherwise, as if it did not exist). */
export async function loadVisibleOrganisation(
  tx: Transaction,
  actor: Actor,
  id: string,
): Promise<OrganisationRow> {
  const [row] = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), organisationVisibility(actor)));
  if (!row) throw notFound(organisationEntity);
  return row;
}

/** The organisation if the actor may change it: 404 when unseen, 403 when seen but not theirs. */
export async function loadChangeableOrganisation(
  tx: Transaction,
  actor: Actor,
  id: string,
  permission: 'organisations:write' | 'organisations:assess',
): Promise<OrganisationRow> {
  const row = await loadVisibleOrganisation(tx, actor, id);
  if (!mayChange(actor, row.regionCode, permission)) throw new AppError('FORBIDDEN');
  return row;
}
