import { and, desc, eq } from 'drizzle-orm';
import {
  ceHoursRequired,
  creditedHours,
  defaultCreditRule,
  type CeCompliance,
  type CertificateLevel,
  type CreditRule,
  type CreditLedgerEntry,
  type CreditSource,
} from '@shegong/domain';
import type { Executor } from '../../../db/connection';
import { certificates, registrations } from '../certification/certification.table';
import { creditEntries } from './education.table';
import { creditRules } from './education.table';

export const presentCreditEntry = (e: typeof creditEntries.$inferSelect): CreditLedgerEntry => ({
  id: e.id,
  source: e.source as CreditSource,
  hours: e.hours,
  earnedOn: e.earnedOn,
  description: e.description,
  fromCourse: e.enrolmentId !== null,
  version: e.version,
});

/** The province's credit rule (继续教育学时认定), else the national default. */
export async function creditRuleFor(db: Executor, regionCode: string): Promise<CreditRule> {
  const [row] = await db
    .select()
    .from(creditRules)
    .where(eq(creditRules.regionCode, regionCode.slice(0, 2)));
  return row
    ? { countedSources: row.countedSources as CreditSource[], capsPerCycle: row.capsPerCycle }
    : defaultCreditRule;
}

/** Hours credited to a worker in a cycle under the province's rule. */
export async function cycleHours(
  db: Executor,
  worker: { id: string; regionCode: string },
  cycle: { from: string; to: string },
) {
  const rule = await creditRuleFor(db, worker.regionCode);
  const entries = await db
    .select()
    .from(creditEntries)
    .where(eq(creditEntries.workerId, worker.id));
  const typed = entries.map((e) => ({
    source: e.source as CreditSource,
    hours: e.hours,
    earnedOn: e.earnedOn,
  }));
  const degreeBefore = typed.some(
    (e) =>
      e.source === 'degree' && e.earnedOn < cycle.from && rule.countedSources.includes('degree'),
  );
  return creditedHours(typed, cycle, rule, degreeBefore);
}

/** Continuing-education standing of a worker's current registration cycle. */
export async function ceCompliance(
  db: Executor,
  worker: { id: string; regionCode: string },
): Promise<CeCompliance> {
  const [current] = await db
    .select({
      validFrom: registrations.validFrom,
      validUntil: registrations.validUntil,
      level: certificates.level,
    })
    .from(registrations)
    .innerJoin(certificates, eq(certificates.id, registrations.certificateId))
    .where(and(eq(registrations.workerId, worker.id), eq(registrations.status, 'registered')))
    .orderBy(desc(registrations.validUntil))
    .limit(1);
  if (!current?.validFrom || !current.validUntil) {
    return { cycleFrom: null, cycleTo: null, required: 0, credited: 0, short: 0, bySource: {} };
  }
  const hours = await cycleHours(db, worker, { from: current.validFrom, to: current.validUntil });
  const required = ceHoursRequired(current.level as CertificateLevel);
  return {
    cycleFrom: current.validFrom,
    cycleTo: current.validUntil,
    required,
    credited: hours.total,
    short: Math.max(0, required - hours.total),
    bySource: hours.bySource as Record<string, number>,
  };
}
