import type { CreditSource } from '../enums/credit-sources';
import type { CalendarDate } from './calendar-dates';

/**
 * 继续教育办法 (2009): certified training counts its hours, a social-work degree counts 90 h once;
 * whatever else counts (supervision, research, conferences), and up to how many hours, is a
 * provincial rule.
 */
export interface CreditRule {
  countedSources: readonly CreditSource[];
  /** Most hours of a source that count in one registration cycle. */
  capsPerCycle: Partial<Record<CreditSource, number>>;
}

export const defaultCreditRule: CreditRule = {
  countedSources: ['course', 'degree'],
  capsPerCycle: {},
};
export const degreeHours = 90;

export interface CreditEntry {
  source: CreditSource;
  hours: number;
  earnedOn: CalendarDate;
}

/** Hours that count toward the cycle `from`–`to`, by source, under `rule`. */
export function creditedHours(
  entries: readonly CreditEntry[],
  cycle: { from: CalendarDate; to: CalendarDate },
  rule: CreditRule,
  /** Whether a degree already counted in an earlier cycle. */
  degreeCountedBefore = false,
): { total: number; bySource: Partial<Record<CreditSource, number>> } {
  const bySource: Partial<Record<CreditSource, number>> = {};
  let degreeCounted = degreeCountedBefore;
  for (const entry of [...entries].sort((a, b) => a.earnedOn.localeCompare(b.earnedOn))) {
    if (entry.earnedOn < cycle.from || entry.earnedOn > cycle.to) continue;
    if (!rule.countedSources.includes(entry.source)) continue;
    let hours = entry.hours;
    if (entry.source === 'degree') {
      if (degreeCounted) continue;
      degreeCounted = true;
      hours = degreeHours;
    }
    const cap = rule.capsPerCycle[entry.source];
    const already = bySource[entry.source] ?? 0;
    bySource[entry.source] = cap === undefined ? already + hours : Math.min(cap, already + hours);
  }
  const total = Object.values(bySource).reduce((sum, h) => sum + (h ?? 0), 0);
  return { total, bySource };
}
