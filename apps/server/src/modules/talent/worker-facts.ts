import { and, desc, inArray, sql, type SQL } from 'drizzle-orm';
import {
  certificateLevels,
  coversDate,
  yearsInService,
  type CertificateLevel,
  type RegistrationStatus,
} from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { certificates, registrations } from './certification.table';
import { employments } from './workers.table';

export interface WorkerFacts {
  highestLevel: CertificateLevel | null;
  employed: boolean;
  currentEmployer: string | null;
  yearsInService: number;
  registration: { status: RegistrationStatus; validUntil: string | null } | null;
}

const rankOf = new Map<string, number>(certificateLevels.map((l) => [l.code, l.rank]));

/**
 * Workers whose highest certificate is `level` ('none': no certificate; 'any': at least one, as
 * the census counts the certified), as semi- and anti-joins
 * on the certificates that PostgreSQL can hash, rather than a max() per worker row.
 */
export function highestLevelIs(level: CertificateLevel | 'none' | 'any'): SQL {
  const held = (levels: string[]) =>
    sql`exists (select 1 from ${certificates} c where c.worker_id = "worker"."id" and c.level in (${sql.join(
      levels.map((l) => sql`${l}`),
      sql`, `,
    )}))`;
  if (level === 'none') return sql`not ${held(certificateLevels.map((l) => l.code))}`;
  if (level === 'any') return held(certificateLevels.map((l) => l.code));
  const rank = rankOf.get(level)!;
  const above = certificateLevels.filter((l) => l.rank > rank).map((l) => l.code);
  return above.length === 0 ? held([level]) : sql`${held([level])} and not ${held(above)}`;
}

/** Derived facts of a page of workers: three queries whatever the page size. */
export async function factsOf(
  db: Executor,
  workerIds: string[],
  today: string,
): Promise<Map<string, WorkerFacts>> {
  const facts = new Map<string, WorkerFacts>(
    workerIds.map((id) => [
      id,
      {
        highestLevel: null,
        employed: false,
        currentEmployer: null,
        yearsInService: 0,
        registration: null,
      },
    ]),
  );
  if (workerIds.length === 0) return facts;
  const certs = await db
    .select({ workerId: certificates.workerId, level: certificates.level })
    .from(certificates)
    .where(inArray(certificates.workerId, workerIds));
  const jobs = await db.select().from(employments).where(inArray(employments.workerId, workerIds));
  const regs = await db
    .selectDistinctOn([registrations.workerId], {
      workerId: registrations.workerId,
      status: registrations.status,
      validUntil: registrations.validUntil,
    })
    .from(registrations)
    .where(and(inArray(registrations.workerId, workerIds)))
    .orderBy(registrations.workerId, desc(registrations.appliedOn), desc(registrations.createdAt));
  for (const cert of certs) {
    const f = facts.get(cert.workerId)!;
    if (!f.highestLevel || rankOf.get(cert.level)! > rankOf.get(f.highestLevel)!)
      f.highestLevel = cert.level as CertificateLevel;
  }
  for (const [id, f] of facts) {
    const own = jobs.filter((j) => j.workerId === id);
    const current = own
      .filter((j) => coversDate(j, today))
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn))[0];
    f.employed = current !== undefined;
    f.currentEmployer = current?.employerName ?? null;
    f.yearsInService = Math.round(yearsInService(own, today) * 10) / 10;
  }
  for (const reg of regs)
    facts.get(reg.workerId)!.registration = {
      status: reg.status as RegistrationStatus,
      validUntil: reg.validUntil,
    };
  return facts;
}
