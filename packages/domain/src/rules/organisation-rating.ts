import type { LocalizedText } from '../i18n/language';
import type { CreditRecordKind } from '../enums/credit-record-kinds';
import type { InspectionResult } from '../enums/inspection-results';
import type { RatingGrade } from '../enums/rating-grades';
import { addDays, addYears, type CalendarDate } from './calendar-dates';

/**
 * Rules of 社会组织评估管理办法 (2010): a rating is valid for 5 years; an organisation may be rated
 * once it has been registered 2 full years and holds no valid rating, unless barred by its
 * annual inspections or its conduct record.
 */
export const ratingValidityYears = 5;

export interface RatingPeriod {
  grade: RatingGrade;
  ratedOn: CalendarDate;
  validUntil: CalendarDate;
}

/** The last day a rating given on `ratedOn` is valid. */
export function ratingValidUntil(ratedOn: CalendarDate): CalendarDate {
  return addDays(addYears(ratedOn, ratingValidityYears), -1);
}

/** The rating in force on `asOf`, the latest given if several overlap. */
export function currentRating<R extends RatingPeriod>(
  ratings: readonly R[],
  asOf: CalendarDate,
): R | null {
  const valid = ratings.filter((r) => r.ratedOn <= asOf && asOf <= r.validUntil);
  return valid.sort((a, b) => b.ratedOn.localeCompare(a.ratedOn))[0] ?? null;
}

export interface ConductRecord {
  kind: CreditRecordKind;
  startedOn: CalendarDate;
  /** Null while it runs (still listed, still under investigation). */
  endedOn: CalendarDate | null;
}

export interface EligibilityInput {
  registeredOn: CalendarDate;
  ratings: readonly RatingPeriod[];
  inspections: readonly { year: number; result: InspectionResult }[];
  conduct: readonly ConductRecord[];
  asOf: CalendarDate;
}

export const ineligibilityReasons = {
  registered_under_two_years: {
    'zh-CN': '登记未满两年',
    'en-US': 'Registered less than two full years',
  },
  rating_still_valid: { 'zh-CN': '现有评估等级仍在有效期内', 'en-US': 'A rating is still valid' },
  inspection_missing: {
    'zh-CN': '近两年未参加年检',
    'en-US': 'No annual inspection in the last two years',
  },
  inspection_failed: {
    'zh-CN': '最近一次年检不合格',
    'en-US': 'The latest annual inspection failed',
  },
  penalty: { 'zh-CN': '正在接受行政处罚', 'en-US': 'Under an administrative penalty' },
  investigation: { 'zh-CN': '正在被立案调查', 'en-US': 'Under investigation' },
  abnormal_list: { 'zh-CN': '列入活动异常名录', 'en-US': 'On the abnormal-activity list' },
  dishonesty_list: { 'zh-CN': '列入严重违法失信名单', 'en-US': 'On the serious dishonesty list' },
} as const satisfies Record<string, LocalizedText>;

export type IneligibilityReason = keyof typeof ineligibilityReasons;

/** Whether an organisation may apply for a rating on `asOf`, and every reason it may not. */
export function ratingEligibility(input: EligibilityInput): {
  eligible: boolean;
  reasons: IneligibilityReason[];
} {
  const reasons: IneligibilityReason[] = [];
  if (addYears(input.registeredOn, 2) > input.asOf) reasons.push('registered_under_two_years');
  if (currentRating(input.ratings, input.asOf)) reasons.push('rating_still_valid');

  // Inspections of the last two years count: early in a year last year's may still be under way.
  const year = Number(input.asOf.slice(0, 4));
  const recent = input.inspections
    .filter((i) => i.year >= year - 2 && i.year < year)
    .sort((a, b) => b.year - a.year)[0];
  if (!recent) reasons.push('inspection_missing');
  else if (recent.result === 'fail') reasons.push('inspection_failed');

  for (const record of input.conduct) {
    // An evaluation's result bars tenders, not a rating.
    if (record.kind === 'evaluation_result' || record.kind === 'evaluation_failed') continue;
    const running =
      record.startedOn <= input.asOf && (record.endedOn === null || record.endedOn >= input.asOf);
    if (running && !reasons.includes(record.kind)) reasons.push(record.kind);
  }
  return { eligible: reasons.length === 0, reasons };
}
