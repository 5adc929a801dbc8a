import type { LocalizedText } from '../i18n/language';

/**
 * The national social work exam (社会工作者职业水平考试): junior = both subjects in one exam year;
 * intermediate = all three subjects within two consecutive years (scores roll over); senior =
 * the exam plus a review (评审) within three years of passing it. The pass mark is 60 unless an
 * area has a lower one (configurable; recorded with each score).
 */
export type ExamLevel = 'assistant_social_worker' | 'social_worker' | 'senior_social_worker';

export const examSubjects: Record<ExamLevel, readonly ({ code: string } & LocalizedText)[]> = {
  assistant_social_worker: [
    {
      code: 'comprehensive_junior',
      'zh-CN': '社会工作综合能力（初级）',
      'en-US': 'Comprehensive ability (junior)',
    },
    { code: 'practice_junior', 'zh-CN': '社会工作实务（初级）', 'en-US': 'Practice (junior)' },
  ],
  social_worker: [
    {
      code: 'comprehensive_intermediate',
      'zh-CN': '社会工作综合能力（中级）',
      'en-US': 'Comprehensive ability (intermediate)',
    },
    {
      code: 'practice_intermediate',
      'zh-CN': '社会工作实务（中级）',
      'en-US': 'Practice (intermediate)',
    },
    { code: 'law_and_policy', 'zh-CN': '社会工作法规与政策', 'en-US': 'Law and policy' },
  ],
  senior_social_worker: [
    { code: 'practice_senior', 'zh-CN': '社会工作实务（高级）', 'en-US': 'Practice (senior)' },
    { code: 'senior_review', 'zh-CN': '高级社会工作师评审', 'en-US': 'Senior review' },
  ],
};

export const examLevels = Object.keys(examSubjects) as ExamLevel[];
export const defaultPassMark = 60;

export interface ExamScore {
  subject: string;
  year: number;
  score: number;
  passMark: number;
}

const passed = (s: ExamScore) => s.score >= s.passMark;

/** The year the level was passed, or null: the earliest year in which the rule is met. */
export function examPassedYear(level: ExamLevel, scores: readonly ExamScore[]): number | null {
  const subjects = examSubjects[level].map((s) => s.code);
  const passes = scores.filter(passed);
  const years = [...new Set(passes.map((s) => s.year))].sort((a, b) => a - b);
  const passedIn = (subject: string, from: number, to: number) =>
    passes.some((s) => s.subject === subject && s.year >= from && s.year <= to);
  for (const year of years) {
    if (level === 'assistant_social_worker' && subjects.every((s) => passedIn(s, year, year)))
      return year;
    if (level === 'social_worker' && subjects.every((s) => passedIn(s, year - 1, year)))
      return year;
    if (level === 'senior_social_worker') {
      const examYear = passes.find((s) => s.subject === 'practice_senior' && s.year === year)?.year;
      if (examYear !== undefined && passedIn('senior_review', examYear, examYear + 3)) {
        return passes
          .filter((s) => s.subject === 'senior_review' && s.year >= examYear)
          .sort((a, b) => a.year - b.year)[0]!.year;
      }
    }
  }
  return null;
}

export function isExamSubject(level: ExamLevel, subject: string): boolean {
  return examSubjects[level].some((s) => s.code === subject);
}
