import { and, desc, inArray, lte } from 'drizzle-orm';
import {
  certificateLevels,
  coversDate,
  yearsInService,
  type CertificateLevel,
  type RegistrationStatus,
} from '@shegong/domain';
import type { Executor } from '../../../db/connection';
import { certificates, registrations } from '../certification/certification.table';
import { employments } from '../careers/careers.table';

export interface WorkerFacts {
  highestLevel: CertificateLevel | null;
  employed: boolean;
  currentEmployer: string | null;
  yearsInService: number;
  registration: { status: RegistrationStatus; validUntil: string | null } | null;
}

const rankOf = new Map<string, number>(certificateLevels.map((l) => [l.code, l.rank]));

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
    // As the census counts: a certificate dated after the day is not held yet.
    .where(and(inArray(certificates.workerId, workerIds), lte(certificates.certifiedOn, today)));
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
      // The census's current job (census-facts.ts): started last, recorded last on a tie.
      .sort((a, b) => b.startedOn.localeCompare(a.startedOn) || b.id.localeCompare(a.id))[0];
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
