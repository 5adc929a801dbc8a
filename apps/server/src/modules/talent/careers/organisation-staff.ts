import { and, asc, sql } from 'drizzle-orm';
import {
  certificateLevels,
  chinaToday,
  maskResidentId,
  type CertificateLevel,
} from '@shegong/domain';
import { isAnyOf } from '../../../db/any-of';
import type { Database } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import type { Clock } from '../../../platform/clock';
import { certificates } from '../certification/certification.table';
import { employments } from './careers.table';
import { workers } from '../registry/workers.table';

export interface StaffMember {
  workerId: string;
  name: string;
  /** Masked (the number never leaves the registry whole this way). */
  idNumber: string;
  /** The highest certificate the worker holds today, or null. */
  certificateLevel: CertificateLevel | null;
}

const rankOf = new Map<string, number>(certificateLevels.map((l) => [l.code, l.rank]));

/**
 * The workers an organisation employs today, inside the actor's scope, with the highest
 * certificate each holds: who a bid (or a contract) may name. Only `workerIds` when given.
 */
export function createOrganisationStaff({ database, clock }: { database: Database; clock: Clock }) {
  return async function staffOf(
    actor: Actor,
    organisationId: string,
    workerIds?: readonly string[],
  ): Promise<StaffMember[]> {
    const day = chinaToday(clock());
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select({ workerId: workers.id, name: workers.name, idNumber: workers.idNumber })
        .from(workers)
        .where(
          and(
            inRegionScope(workers.regionCode, actor),
            sql`${workers.id} = any(array(select e.worker_id from ${employments} e where e.organisation_id = ${organisationId} and e.started_on <= ${day} and (e.ended_on is null or e.ended_on >= ${day})))`,
            workerIds ? isAnyOf(workers.id, [...workerIds]) : undefined,
          ),
        )
        .orderBy(asc(workers.name))
        .limit(500);
      if (rows.length === 0) return [];
      const held = await tx
        .select({ workerId: certificates.workerId, level: certificates.level })
        .from(certificates)
        .where(
          and(
            isAnyOf(
              certificates.workerId,
              rows.map((r) => r.workerId),
            ),
            sql`${certificates.certifiedOn} <= ${day}`,
          ),
        );
      const highest = new Map<string, CertificateLevel>();
      for (const c of held) {
        const current = highest.get(c.workerId);
        if (!current || (rankOf.get(c.level) ?? -1) > (rankOf.get(current) ?? -1))
          highest.set(c.workerId, c.level as CertificateLevel);
      }
      return rows.map((r) => ({
        workerId: r.workerId,
        name: r.name,
        idNumber: maskResidentId(r.idNumber),
        certificateLevel: highest.get(r.workerId) ?? null,
      }));
    });
  };
}
