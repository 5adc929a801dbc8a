import type { Random } from '../../apps/server/src/demo/random';
import { addDays, dayBetween, fromDay, toDay } from './calendar';

/**
 * The social work workforce as the seed reports describe it: station staff and the talent registry
 * (workers.ts) share tenure and turnover; the registry uses the rest.
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

/**
 * The talent registry's mix. Certified: Guizhou's 3,658 of ~52,000 (7%); levels mostly junior,
 * as the national pass lists are; ~55% studied social work; a female-majority profession.
 */
export const talentMix = {
  certifiedShare: workforce.guizhouCertified / workforce.guizhouTalent,
  femaleShare: 0.72,
  socialWorkMajorShare: 0.55,
  /** Highest national level of the certified. */
  levels: [
    ['assistant_social_worker', 72],
    ['social_worker', 26],
    ['senior_social_worker', 2],
  ],
  education: [
    ['secondary', 7],
    ['associate', 38],
    ['bachelor', 48],
    ['master', 6.5],
    ['doctorate', 0.5],
  ],
  /** After a job ends: another social work job (else the person leaves the sector). */
  stayInSectorShare: 0.55,
} as const;

/** Years a job lasts when `yearlyTurnover` of the holders leave each year (exponential). */
export function jobYears(random: Random): number {
  return -Math.log(1 - random.next()) / workforce.yearlyTurnover;
}

/** Why people left (the reports' reasons: pay first, then career changes and family). */
export const leavingReasons = [
  ['薪酬待遇偏低', 34],
  ['转行到其他行业', 18],
  ['考取公务员或事业编制', 12],
  ['升学深造', 8],
  ['家庭原因', 10],
  ['工作压力大', 8],
  ['合同期满未续签', 6],
  ['异地发展', 4],
] as const;
