import type { CertificateLevel } from '../enums/certificate-levels';
import { addDays, addYears, type CalendarDate } from './calendar-dates';

/**
 * 社会工作者职业水平证书登记办法 (2009): the first registration within one year of certification,
 * valid three years; renewal in the three months before expiry, with the cycle's
 * continuing-education hours (72 h junior, 90 h intermediate and senior).
 */
export const registrationValidityYears = 3;
export const renewalWindowMonths = 3;

export function ceHoursRequired(level: CertificateLevel): number {
  return level === 'social_worker' || level === 'senior_social_worker' ? 90 : 72;
}

/** The last day of a registration that starts on `validFrom`. */
export function registrationValidUntil(validFrom: CalendarDate): CalendarDate {
  return addDays(addYears(validFrom, registrationValidityYears), -1);
}

function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface RegistrationWindow {
  opensOn: CalendarDate;
  closesOn: CalendarDate;
}

/** When an application may be made: first registration, or renewal of the one ending `previousValidUntil`. */
export function registrationWindow(
  application:
    | { kind: 'first'; certifiedOn: CalendarDate }
    | { kind: 'renewal'; previousValidUntil: CalendarDate },
): RegistrationWindow {
  if (application.kind === 'first') {
    return {
      opensOn: application.certifiedOn,
      closesOn: addDays(addYears(application.certifiedOn, 1), -1),
    };
  }
  return {
    opensOn: addMonths(application.previousValidUntil, -renewalWindowMonths),
    closesOn: application.previousValidUntil,
  };
}

export function isWithin(window: RegistrationWindow, day: CalendarDate): boolean {
  return window.opensOn <= day && day <= window.closesOn;
}

/** The period a registration covers once approved: renewals continue the previous one without a gap. */
export function registrationPeriod(
  application:
    | { kind: 'first'; approvedOn: CalendarDate }
    | { kind: 'renewal'; previousValidUntil: CalendarDate },
): { validFrom: CalendarDate; validUntil: CalendarDate } {
  const validFrom =
    application.kind === 'first'
      ? application.approvedOn
      : addDays(application.previousValidUntil, 1);
  return { validFrom, validUntil: registrationValidUntil(validFrom) };
}

export { addMonths };
