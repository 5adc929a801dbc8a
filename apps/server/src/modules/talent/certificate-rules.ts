import {
  examPassedYear,
  type ExamLevel,
  type ExamScore,
  type LocalizedText,
} from '@shegong/domain';

export interface CertificateProblem {
  field: 'level' | 'certifiedOn';
  message: LocalizedText;
  /** The level is already held: a conflict rather than bad input. */
  held?: true;
}

/**
 * The rules a certificate follows (shared by the form and the import): not in the future; no level
 * twice; a senior certificate only after the intermediate one; where exam scores of that level are
 * on record, only once they pass it by the certificate's year; not before the holder's birth.
 */
export function certificateProblem(
  input: { level: string; certifiedOn: string },
  worker: { birthDate: string },
  held: readonly { level: string; certifiedOn: string }[],
  exams: readonly (ExamScore & { level: string })[],
  today: string,
): CertificateProblem | null {
  if (input.certifiedOn > today)
    return {
      field: 'certifiedOn',
      message: { 'zh-CN': '发证日期不能晚于今天', 'en-US': 'The date is in the future' },
    };
  if (held.some((c) => c.level === input.level))
    return {
      field: 'level',
      held: true,
      message: { 'zh-CN': '已持有该级别证书', 'en-US': 'That level is already held' },
    };
  if (
    input.level === 'senior_social_worker' &&
    !held.some((c) => c.level === 'social_worker' && c.certifiedOn <= input.certifiedOn)
  )
    return {
      field: 'level',
      message: {
        'zh-CN': '取得高级社会工作师须先持有社会工作师证书',
        'en-US': 'A senior certificate needs the intermediate one first',
      },
    };
  const scores = exams.filter((s) => s.level === input.level);
  if (scores.length > 0) {
    const passedYear = examPassedYear(input.level as ExamLevel, scores);
    if (passedYear === null || passedYear > Number(input.certifiedOn.slice(0, 4)))
      return {
        field: 'level',
        message: {
          'zh-CN': '考试成绩未达到该级别的通过条件',
          'en-US': 'The exam scores do not pass this level',
        },
      };
  }
  if (input.certifiedOn < worker.birthDate)
    return {
      field: 'certifiedOn',
      message: { 'zh-CN': '发证日期早于出生日期', 'en-US': 'The date precedes birth' },
    };
  return null;
}
