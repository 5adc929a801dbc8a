import { and, eq, ne } from 'drizzle-orm';
import { isExamSubject, type ExamLevel } from '@shegong/domain';
import type { Executor } from '../../../db/connection';
import type { RuleProblem } from '../../../platform/errors/rule-problems';
import { examScores } from './certification.table';

type ScoreFields = { level: string; subject: string; year: number };

/**
 * The rules of one exam score, for the form and the correction (on the score as it would
 * stand): a subject of its level's exam, a year not after this one.
 */
export function examScoreProblems(
  input: ScoreFields,
  today: string,
): RuleProblem<'subject' | 'year'>[] {
  const problems: RuleProblem<'subject' | 'year'>[] = [];
  if (!isExamSubject(input.level as ExamLevel, input.subject))
    problems.push({
      field: 'subject',
      message: { 'zh-CN': '该科目不属于所选级别的考试', 'en-US': 'Not a subject of that level' },
    });
  if (input.year > Number(today.slice(0, 4)))
    problems.push({
      field: 'year',
      message: { 'zh-CN': '考试年度不能晚于今年', 'en-US': 'The year is in the future' },
    });
  return problems;
}

/** One score per worker, subject and year: another one (not `exceptId`) already recorded is refused. */
export async function examScoreTakenProblems(
  tx: Executor,
  workerId: string,
  input: ScoreFields,
  exceptId?: string,
): Promise<RuleProblem<'subject'>[]> {
  const [taken] = await tx
    .select({ id: examScores.id })
    .from(examScores)
    .where(
      and(
        eq(examScores.workerId, workerId),
        eq(examScores.subject, input.subject),
        eq(examScores.year, input.year),
        exceptId ? ne(examScores.id, exceptId) : undefined,
      ),
    );
  if (!taken) return [];
  return [
    {
      field: 'subject',
      conflict: true,
      message: {
        'zh-CN': '该年度该科目成绩已登记',
        'en-US': 'That subject is already recorded for that year',
      },
    },
  ];
}
