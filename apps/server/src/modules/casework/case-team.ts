import { regionContains, type CaseTeam, type Colleague } from '@shegong/domain';
import type { Database } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { colleaguesOf as socialWorkersOf } from '../../platform/auth/account-records';
import { invalidField } from '../../platform/errors/app-error';

export interface TeamMember {
  id: string;
  name: string;
}

export interface Team {
  workers: TeamMember[];
  supervisor: TeamMember;
}

/** Who may carry or supervise the actor's organisation's cases, the actor marked. */
export async function colleaguesOf(
  database: Database,
  actor: Actor,
  ids?: readonly string[],
): Promise<Colleague[]> {
  const rows = await socialWorkersOf(database, actor, ids);
  return rows.map((row) => ({ ...row, isMe: row.id === actor.accountId }));
}

/**
 * The team of a case at `regionCode`: workers and a supervisor, social workers of the actor's
 * organisation whose scope reaches the station, the supervisor not one of the workers.
 */
export async function checkedTeam(
  database: Database,
  actor: Actor,
  input: Pick<CaseTeam, 'workerIds' | 'supervisorId'>,
  regionCode: string,
): Promise<Team> {
  const workerIds = [...new Set(input.workerIds)];
  const found = new Map(
    (await colleaguesOf(database, actor, [...workerIds, input.supervisorId])).map((c) => [c.id, c]),
  );
  for (const id of workerIds) {
    const worker = found.get(id);
    if (!worker)
      throw invalidField('body.workerIds', {
        'zh-CN': '负责社工须为本机构在岗的社工',
        'en-US': 'The workers must be active social workers of your organisation',
      });
    if (!regionContains(worker.regionCode, regionCode))
      throw invalidField('body.workerIds', {
        'zh-CN': `${worker.name}的工作范围不含该站点`,
        'en-US': `The station lies outside ${worker.name}’s scope`,
      });
  }
  const supervisor = found.get(input.supervisorId);
  if (!supervisor)
    throw invalidField('body.supervisorId', {
      'zh-CN': '督导须为本机构在岗的社工',
      'en-US': 'The supervisor must be an active social worker of your organisation',
    });
  if (workerIds.includes(supervisor.id))
    throw invalidField('body.supervisorId', {
      'zh-CN': '督导须为负责社工以外的另一名社工',
      'en-US': 'The supervisor must be another social worker than the case’s workers',
    });
  if (!regionContains(supervisor.regionCode, regionCode))
    throw invalidField('body.supervisorId', {
      'zh-CN': `${supervisor.name}的工作范围不含该站点`,
      'en-US': `The station lies outside ${supervisor.name}’s scope`,
    });
  return {
    workers: workerIds.map((id) => ({ id, name: found.get(id)!.name })),
    supervisor: { id: supervisor.id, name: supervisor.name },
  };
}
