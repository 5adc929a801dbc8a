import { describe, expect, it } from 'vitest';
import { addYears, isCalendarDate } from './calendar-dates';
import {
  currentRating,
  ratingEligibility,
  ratingValidUntil,
  type EligibilityInput,
} from './organisation-rating';

const healthy: EligibilityInput = {
  registeredOn: '2020-03-01',
  ratings: [],
  inspections: [{ year: 2025, result: 'pass' }],
  conduct: [],
  asOf: '2026-11-22',
};

describe('rating validity', () => {
  it('lasts five years to the day before the anniversary', () => {
    expect(ratingValidUntil('2021-06-01')).toBe('2026-05-31');
    expect(ratingValidUntil('2020-02-29')).toBe('2025-02-27');
  });

  it('picks the rating in force on a date', () => {
    const ratings = [
      { grade: '3A' as const, ratedOn: '2016-05-01', validUntil: '2021-04-30' },
      { grade: '4A' as const, ratedOn: '2021-06-01', validUntil: '2026-05-31' },
    ];
    expect(currentRating(ratings, '2020-01-01')?.grade).toBe('3A');
    expect(currentRating(ratings, '2021-05-15')).toBeNull();
    expect(currentRating(ratings, '2026-05-31')?.grade).toBe('4A');
    expect(currentRating(ratings, '2026-06-01')).toBeNull();
  });
});

describe('rating eligibility', () => {
  it('admits an organisation registered two full years with a passed inspection', () => {
    expect(ratingEligibility(healthy)).toEqual({ eligible: true, reasons: [] });
  });

  it('needs two full years of registration', () => {
    expect(ratingEligibility({ ...healthy, registeredOn: '2024-11-23' }).reasons).toEqual([
      'registered_under_two_years',
    ]);
    expect(ratingEligibility({ ...healthy, registeredOn: '2024-11-22' }).eligible).toBe(true);
  });

  it('bars an organisation whose rating is still valid, but not one whose rating expired', () => {
    const valid = {
      grade: '3A' as const,
      ratedOn: '2022-01-10',
      validUntil: ratingValidUntil('2022-01-10'),
    };
    expect(ratingEligibility({ ...healthy, ratings: [valid] }).reasons).toEqual([
      'rating_still_valid',
    ]);
    const expired = {
      grade: '3A' as const,
      ratedOn: '2020-01-10',
      validUntil: ratingValidUntil('2020-01-10'),
    };
    expect(
      ratingEligibility({ ...healthy, registeredOn: '2015-01-01', ratings: [expired] }).eligible,
    ).toBe(true);
  });

  it('bars a missing or failed latest inspection; a basic pass is enough', () => {
    expect(ratingEligibility({ ...healthy, inspections: [] }).reasons).toEqual([
      'inspection_missing',
    ]);
    expect(
      ratingEligibility({ ...healthy, inspections: [{ year: 2022, result: 'pass' }] }).reasons,
    ).toEqual(['inspection_missing']);
    const failedLast = [
      { year: 2024, result: 'pass' as const },
      { year: 2025, result: 'fail' as const },
    ];
    expect(ratingEligibility({ ...healthy, inspections: failedLast }).reasons).toEqual([
      'inspection_failed',
    ]);
    expect(
      ratingEligibility({ ...healthy, inspections: [{ year: 2024, result: 'basic_pass' }] })
        .eligible,
    ).toBe(true);
  });

  it('bars running penalties and list entries, and lifts the bar once they end', () => {
    const listed = { kind: 'abnormal_list' as const, startedOn: '2026-03-01', endedOn: null };
    expect(ratingEligibility({ ...healthy, conduct: [listed] }).reasons).toEqual(['abnormal_list']);
    const removed = { ...listed, endedOn: '2026-09-30' };
    expect(ratingEligibility({ ...healthy, conduct: [removed] }).eligible).toBe(true);
    const penalty = { kind: 'penalty' as const, startedOn: '2026-01-01', endedOn: '2026-12-31' };
    const investigation = {
      kind: 'investigation' as const,
      startedOn: '2026-11-01',
      endedOn: null,
    };
    expect(ratingEligibility({ ...healthy, conduct: [penalty, investigation] }).reasons).toEqual([
      'penalty',
      'investigation',
    ]);
  });
});

describe('calendar dates', () => {
  it('rejects impossible dates and adds years across leap days', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
