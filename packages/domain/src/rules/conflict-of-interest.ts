import type { LocalizedText } from '../i18n/language';
import { addYears, type CalendarDate } from './calendar-dates';

/** A job of the evaluator in the talent registry's careers (从业经历). */
export interface EvaluatorJob {
  organisationId: string | null;
  organisationName: string;
  startedOn: CalendarDate;
  endedOn: CalendarDate | null;
}

/** The last round in which an agency evaluated a provider. */
export interface AgencyRound {
  providerId: string;
  roundLabel: string;
}

export interface ConflictFacts {
  asOf: CalendarDate;
  providerId: string;
  providerName: string;
  /** The evaluator's jobs (the talent registry's careers of the worker the account is). */
  jobs: readonly EvaluatorJob[];
  /** The evaluator's agency, and the provider it evaluated in the project's last round, if any. */
  agencyId: string | null;
  lastRound: AgencyRound | null;
}

export type ConflictSignalKind = 'employed_by_provider' | 'recently_employed' | 'agency_last_round';

export interface ConflictSignal {
  kind: ConflictSignalKind;
  message: LocalizedText;
}

/** How long a past job with the provider still counts (three years after it ended). */
export const conflictLookbackYears = 3;

/**
 * The conflicts of interest the platform can see before an evaluator is assigned: they work for
 * the provider now, worked for it within the last three years, or their agency evaluated the same
 * provider in the last round. The evaluator's own declaration covers what the platform cannot see.
 */
export function conflictSignals(facts: ConflictFacts): ConflictSignal[] {
  const signals: ConflictSignal[] = [];
  const since = addYears(facts.asOf, -conflictLookbackYears);
  const withProvider = facts.jobs.filter(
    (job) => job.organisationId === facts.providerId && job.startedOn <= facts.asOf,
  );
  const current = withProvider.find((job) => job.endedOn === null || job.endedOn >= facts.asOf);
  if (current)
    signals.push({
      kind: 'employed_by_provider',
      message: {
        'zh-CN': `评估人员现就职于承接机构「${facts.providerName}」（${current.startedOn} 起）`,
        'en-US': `The evaluator works for the provider “${facts.providerName}” (since ${current.startedOn})`,
      },
    });
  else {
    const recent = withProvider
      .filter((job) => job.endedOn !== null && job.endedOn >= since)
      .sort((a, b) => (a.endedOn! < b.endedOn! ? 1 : -1))[0];
    if (recent)
      signals.push({
        kind: 'recently_employed',
        message: {
          'zh-CN': `评估人员近 ${conflictLookbackYears} 年内曾就职于承接机构「${facts.providerName}」（${recent.startedOn} 至 ${recent.endedOn}）`,
          'en-US': `The evaluator worked for the provider “${facts.providerName}” within ${conflictLookbackYears} years (${recent.startedOn} to ${recent.endedOn})`,
        },
      });
  }
  if (facts.agencyId && facts.lastRound && facts.lastRound.providerId === facts.providerId)
    signals.push({
      kind: 'agency_last_round',
      message: {
        'zh-CN': `所属评估机构在上一轮（${facts.lastRound.roundLabel}）已评估同一承接机构`,
        'en-US': `The evaluator's agency evaluated the same provider in the last round (${facts.lastRound.roundLabel})`,
      },
    });
  return signals;
}
