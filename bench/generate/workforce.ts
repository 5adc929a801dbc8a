import type { Random } from '../../apps/server/src/demo/random';
import { addDays, dayBetween, fromDay, toDay } from './calendar';

/**
 * The social work workforce as the seed reports describe it. Station staff use tenure and turnover
 * now; the talent registry (workers.ts, once the tables exist) will use the rest.
 */
export const workforce = {
  /** Guizhou 2021: social work talent, and holders of the national certificate. */
  guizhouTalent: 52_000,
  guizhouCertified: 3_658,
  guizhouOrganisations: 179,
  guizhouTownshipStations: 430,
  /** Guangzhou: average age 25; 92.8% under 3 years of service; 21.5% leave each year. */
  averageAge: 25,
  underThreeYearsShare: 0.928,
  yearlyTurnover: 0.215,
  /** Chongqing: 2 full-time social workers per community station. */
  perCommunityStation: 2,
} as const;

const yearMs = 365.25 * 86_400_000;

/** When the current holder of a post started: mostly within the last three years. */
export function tenureStart(random: Random, asOf: string, notBefore: string): string {
  const years =
    random.next() < workforce.underThreeYearsShare ? random.next() * 3 : 3 + random.next() * 5;
  const start = toDay(fromDay(asOf) - years * yearMs);
  return start < notBefore ? notBefore : start;
}

/**
 * The holders before the current one, newest first, each with its end: with yearly turnover p a
 * post changed hands in the last year with probability p, and again before that with p².
 */
export function predecessors(
  random: Random,
  currentStart: string,
  notBefore: string,
): { startedOn: string; endedOn: string }[] {
  const result: { startedOn: string; endedOn: string }[] = [];
  let next = currentStart;
  while (random.next() < workforce.yearlyTurnover && result.length < 3) {
    const endedOn = addDays(next, -1);
    const startedOn = dayBetween(random, addDays(endedOn, -3 * 365), addDays(endedOn, -120));
    if (startedOn < notBefore) break;
    result.push({ startedOn, endedOn });
    next = startedOn;
  }
  return result;
}

/** A birth date for a worker of average age 25 (for the talent registry). */
export function birthDate(random: Random, asOf: string): string {
  // Mean 22.5 + 0.25 × 10 = 25 years.
  const age = 20.5 + random.next() * 4 + (random.next() < 0.25 ? random.next() * 20 : 0);
  return toDay(fromDay(asOf) - age * yearMs);
}
