import { describe, expect, it } from 'vitest';
import { ageOn, turnover, yearsInService } from './careers';
import { creditedHours, defaultCreditRule } from './continuing-education';
import { examPassedYear, type ExamScore } from './exams';
import { ceHoursRequired, isWithin, registrationPeriod, registrationWindow } from './registration';
import { socialWorkMajorMismatch } from './social-work-major';

const score = (subject: string, year: number, value: number, passMark = 60): ExamScore => ({
  subject,
  year,
  score: value,
  passMark,
});

describe('exam pass rules', () => {
  it('passes junior only with both subjects in the same year', () => {
    expect(
      examPassedYear('assistant_social_worker', [
        score('comprehensive_junior', 2023, 70),
        score('practice_junior', 2024, 65),
      ]),
    ).toBeNull();
    expect(
      examPassedYear('assistant_social_worker', [
        score('comprehensive_junior', 2024, 70),
        score('practice_junior', 2024, 65),
      ]),
    ).toBe(2024);
  });

  it('rolls intermediate scores over two consecutive years, not three', () => {
    const rolled = [
      score('comprehensive_intermediate', 2023, 61),
      score('practice_intermediate', 2024, 72),
      score('law_and_policy', 2024, 60),
    ];
    expect(examPassedYear('social_worker', rolled)).toBe(2024);
    const tooLate = [
      score('comprehensive_intermediate', 2022, 61),
      score('practice_intermediate', 2024, 72),
      score('law_and_policy', 2024, 60),
    ];
    expect(examPassedYear('social_worker', tooLate)).toBeNull();
  });

  it('honours a lower pass mark of a designated area', () => {
    expect(
      examPassedYear('assistant_social_worker', [
        score('comprehensive_junior', 2024, 55, 54),
        score('practice_junior', 2024, 58, 54),
      ]),
    ).toBe(2024);
  });

  it('needs the senior review within three years of the exam', () => {
    expect(
      examPassedYear('senior_social_worker', [
        score('practice_senior', 2020, 66),
        score('senior_review', 2023, 100),
      ]),
    ).toBe(2023);
    expect(
      examPassedYear('senior_social_worker', [
        score('practice_senior', 2020, 66),
        score('senior_review', 2024, 100),
      ]),
    ).toBeNull();
  });
});

describe('registration windows', () => {
  it('opens the first registration for a year after certification', () => {
    const window = registrationWindow({ kind: 'first', certifiedOn: '2025-06-20' });
    expect(window).toEqual({ opensOn: '2025-06-20', closesOn: '2026-06-19' });
    expect(isWithin(window, '2026-06-20')).toBe(false);
  });

  it('opens a renewal in the three months before expiry and continues without a gap', () => {
    expect(registrationWindow({ kind: 'renewal', previousValidUntil: '2026-05-31' })).toEqual({
      opensOn: '2026-02-28',
      closesOn: '2026-05-31',
    });
    expect(registrationPeriod({ kind: 'renewal', previousValidUntil: '2026-05-31' })).toEqual({
      validFrom: '2026-06-01',
      validUntil: '2029-05-31',
    });
  });

  it('asks 72 hours of juniors and 90 of the others', () => {
    expect(ceHoursRequired('assistant_social_worker')).toBe(72);
    expect(ceHoursRequired('social_worker')).toBe(90);
  });
});

describe('continuing-education hours', () => {
  const cycle = { from: '2023-07-01', to: '2026-06-30' };
  it('counts courses in the cycle, a degree as 90 hours once, and nothing the rule leaves out', () => {
    const entries = [
      { source: 'course' as const, hours: 24, earnedOn: '2023-09-01' },
      { source: 'course' as const, hours: 16, earnedOn: '2022-09-01' },
      { source: 'degree' as const, hours: 1, earnedOn: '2024-07-01' },
      { source: 'supervision' as const, hours: 30, earnedOn: '2024-01-01' },
    ];
    expect(creditedHours(entries, cycle, defaultCreditRule)).toEqual({
      total: 114,
      bySource: { course: 24, degree: 90 },
    });
    expect(creditedHours(entries, cycle, defaultCreditRule, true).total).toBe(24);
  });

  it('applies a provincial cap on a counted source', () => {
    const rule = {
      countedSources: ['course', 'supervision'] as const,
      capsPerCycle: { supervision: 20 },
    };
    const entries = [
      { source: 'supervision' as const, hours: 15, earnedOn: '2024-01-01' },
      { source: 'supervision' as const, hours: 15, earnedOn: '2025-01-01' },
    ];
    expect(creditedHours(entries, cycle, rule).total).toBe(20);
  });
});

describe('careers', () => {
  it('counts overlapping employment once', () => {
    const years = yearsInService(
      [
        { startedOn: '2020-01-01', endedOn: '2021-12-31' },
        { startedOn: '2021-06-01', endedOn: null },
      ],
      '2023-12-31',
    );
    expect(years).toBeCloseTo(4, 1);
  });

  it('computes turnover as leavers over the average headcount', () => {
    const periods = [
      { startedOn: '2020-01-01', endedOn: null },
      { startedOn: '2020-01-01', endedOn: '2025-03-01' },
      { startedOn: '2025-05-01', endedOn: null },
      { startedOn: '2024-01-01', endedOn: '2025-11-30' },
    ];
    expect(turnover(periods, 2025)).toMatchObject({
      leavers: 2,
      startHeadcount: 3,
      endHeadcount: 2,
      rate: 0.8,
    });
  });

  it('computes age from a birth date', () => {
    expect(ageOn('2000-11-23', '2026-11-22')).toBe(25);
    expect(ageOn('2000-11-22', '2026-11-22')).toBe(26);
  });
});

describe('social-work major against the switch', () => {
  it('flags a social-work major with the switch off, and the reverse; nothing without a major', () => {
    expect(socialWorkMajorMismatch('社会工作', false)).toBe('named_not_marked');
    expect(socialWorkMajorMismatch('社会工作与管理', true)).toBeNull();
    expect(socialWorkMajorMismatch('会计学', true)).toBe('marked_not_named');
    expect(socialWorkMajorMismatch('会计学', false)).toBeNull();
    expect(socialWorkMajorMismatch(null, true)).toBeNull();
    expect(socialWorkMajorMismatch('Social Work', false)).toBe('named_not_marked');
  });
});
