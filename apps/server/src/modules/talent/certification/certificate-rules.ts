import { examPassedYear, type ExamLevel, type ExamScore } from '@shegong/domain';
import type { RuleProblem } from '../../../platform/errors/rule-problems';

export type HeldCertificate = { level: string; certifiedOn: string };
export type LevelledScore = ExamScore & { level: string };

/** What a certificate is checked against: its holder's birth, what they hold, their scores, today. */
export interface CertificateContext {
  birthDate: string;
  held: readonly HeldCertificate[];
  scores: readonly LevelledScore[];
  today: string;
}

/** A certificate's problem; a level already held is a conflict. */
export type CertificateProblem = RuleProblem<'level' | 'certifiedOn'>;

/**
 * The rules of recording one certificate, for the form, the corrections and both imports: not in
 * the future; no level twice; a senior certificate only after the intermediate one; where exam
 * scores of that level are on record, only once they pass it by the certificate's year; not before
 * the holder's birth. Every problem, in that order.
 */
export function certificateProblems(
  input: HeldCertificate,
  context: CertificateContext,
): CertificateProblem[] {
  const problems: CertificateProblem[] = [];
  if (input.certifiedOn > context.today)
    problems.push({
      field: 'certifiedOn',
      message: { 'zh-CN': '发证日期不能晚于今天', 'en-US': 'The date is in the future' },
    });
  const same = context.held.find((c) => c.level === input.level);
  if (same)
    problems.push({
      field: 'level',
      conflict: true,
      message: {
        'zh-CN': `已持有该级别证书（发证日期 ${same.certifiedOn}）`,
        'en-US': `That level is already held (certified on ${same.certifiedOn})`,
      },
    });
  if (
    input.level === 'senior_social_worker' &&
    !context.held.some((c) => c.level === 'social_worker' && c.certifiedOn <= input.certifiedOn)
  )
    problems.push({
      field: 'level',
      message: {
        'zh-CN': '取得高级社会工作师须先持有社会工作师证书',
        'en-US': 'A senior certificate needs the intermediate one first',
      },
    });
  const scores = context.scores.filter((s) => s.level === input.level);
  if (scores.length > 0) {
    const passedYear = examPassedYear(input.level as ExamLevel, scores);
    if (passedYear === null || passedYear > Number(input.certifiedOn.slice(0, 4)))
      problems.push({
        field: 'level',
        message: {
          'zh-CN': '考试成绩未达到该级别的通过条件',
          'en-US': 'The exam scores do not pass this level',
        },
      });
  }
  if (input.certifiedOn < context.birthDate)
    problems.push({
      field: 'certifiedOn',
      message: { 'zh-CN': '发证日期早于出生日期', 'en-US': 'The date precedes birth' },
    });
  return problems;
}

/**
 * A certificate as a sheet row: one already on record with the same level and date is left as it
 * is (importing the row again changes nothing); any other row follows `certificateProblems`.
 */
export function importedCertificateVerdict(
  input: HeldCertificate,
  context: CertificateContext,
): { unchanged: true } | { unchanged: false; problems: CertificateProblem[] } {
  if (context.held.some((c) => c.level === input.level && c.certifiedOn === input.certifiedOn))
    return { unchanged: true };
  return { unchanged: false, problems: certificateProblems(input, context) };
}
