import {
  addMonths,
  assessmentFormOf,
  caseWorkStages,
  labelOf,
  maxContactMinutes,
  type AssessmentInput,
  type CaseWorkStage,
  type ContactInput,
  type EvaluationInput,
  type LocalizedText,
} from '@shegong/domain';
import type { RuleProblem } from '../../platform/errors/rule-problems';

const problem = (field: string, message: LocalizedText): RuleProblem => ({ field, message });

const stageOrder = caseWorkStages.map((s) => s.code);

export function stageIndex(stage: CaseWorkStage): number {
  return stageOrder.indexOf(stage);
}

/** The stage after `stage`, none after 结案. */
export function nextStage(stage: CaseWorkStage): CaseWorkStage | null {
  return stageOrder[stageIndex(stage) + 1] ?? null;
}

/** Whether the case has come as far as `stage` (its records may be written from then on). */
export function reached(current: CaseWorkStage, stage: CaseWorkStage): boolean {
  return stageIndex(current) >= stageIndex(stage);
}

const stageName = (stage: CaseWorkStage) => ({
  'zh-CN': labelOf(caseWorkStages, stage, 'zh-CN'),
  'en-US': labelOf(caseWorkStages, stage, 'en-US').toLowerCase(),
});

/** What the case holds that the gates read. */
export interface GateFacts {
  stage: CaseWorkStage;
  intakeAccepted: boolean;
  assessments: number;
  goalsWithTasks: number;
  contacts: number;
  evaluations: number;
}

/**
 * Why the case may not open `to` now (接案 → 预估 → 计划 → 介入 → 评估; 结案 comes by a request the
 * supervisor approves): a stage skipped, or the current one without its record. Null: it may.
 */
export function gateProblem(facts: GateFacts, to: CaseWorkStage): RuleProblem | null {
  const next = nextStage(facts.stage);
  if (to === 'closure')
    return problem('to', {
      'zh-CN': '结案须在评估后提交结案申请，经督导审批',
      'en-US':
        'A case closes by a closure request after the evaluation, approved by the supervisor',
    });
  if (to !== next) {
    const from = stageName(facts.stage);
    const target = next ? stageName(next) : null;
    return problem('to', {
      'zh-CN': target
        ? `不能跳过阶段：当前为${from['zh-CN']}，下一阶段是${target['zh-CN']}`
        : `个案已处于${from['zh-CN']}阶段`,
      'en-US': target
        ? `Stages cannot be skipped: the case is at ${from['en-US']}, next comes ${target['en-US']}`
        : `The case is at ${from['en-US']} already`,
    });
  }
  const missing: Record<string, LocalizedText | null> = {
    intake: facts.intakeAccepted
      ? null
      : {
          'zh-CN': '进入预估前须完成接案记录（接案日期、来源、主诉）',
          'en-US': 'Record the intake (date, source, presenting problem) before the assessment',
        },
    assessment:
      facts.assessments > 0
        ? null
        : {
            'zh-CN': '进入计划前须至少完成一次预估',
            'en-US': 'Record an assessment before planning',
          },
    planning:
      facts.goalsWithTasks > 0
        ? null
        : {
            'zh-CN': '进入介入前须制订服务计划：至少一个目标及其任务',
            'en-US': 'Make a plan first: at least one goal with a task',
          },
    intervention:
      facts.contacts > 0
        ? null
        : {
            'zh-CN': '进入评估前须至少记录一次服务',
            'en-US': 'Record at least one contact before the evaluation',
          },
  };
  const message = missing[facts.stage];
  return message ? problem('to', message) : null;
}

/** A record of `stage` written before the case reached it: 409, naming the stage it needs. */
export function notYetMessage(stage: CaseWorkStage): LocalizedText {
  const name = stageName(stage);
  return {
    'zh-CN': `个案尚未进入${name['zh-CN']}阶段，请先完成前一阶段并进入${name['zh-CN']}`,
    'en-US': `The case has not reached ${name['en-US']}: finish the stage before and open it`,
  };
}

const notBefore = (field: string, label: string) =>
  problem(field, {
    'zh-CN': `${label}不能早于接案日期`,
    'en-US': 'The date cannot be before the intake',
  });
const notFuture = (field: string, label: string) =>
  problem(field, { 'zh-CN': `${label}不能晚于今天`, 'en-US': 'The date cannot be in the future' });

/** A day of the case's work: not before its intake, not after today. */
export function workDayProblems(
  field: string,
  label: string,
  day: string,
  intakeOn: string | null,
  today: string,
): RuleProblem[] {
  if (day > today) return [notFuture(field, label)];
  if (intakeOn && day < intakeOn) return [notBefore(field, label)];
  return [];
}

/** Every domain of the form scored once, each with its reason. */
export function assessmentProblems(
  input: AssessmentInput,
  intakeOn: string | null,
  today: string,
): RuleProblem[] {
  const form = assessmentFormOf(input.formCode);
  if (!form)
    return [problem('formCode', { 'zh-CN': '预估表不存在', 'en-US': 'No such assessment form' })];
  const problems = workDayProblems('assessedOn', '预估日期', input.assessedOn, intakeOn, today);
  const domains = new Set(form.domains.map((d) => d.code));
  const seen = new Set<string>();
  input.scores.forEach((score, i) => {
    if (!domains.has(score.domain) || seen.has(score.domain))
      problems.push(
        problem(`scores.${i}.domain`, {
          'zh-CN': seen.has(score.domain) ? '该项已评分' : '预估表中没有该项',
          'en-US': seen.has(score.domain) ? 'Scored twice' : 'Not a domain of the form',
        }),
      );
    seen.add(score.domain);
    if (score.reason.length < 2)
      problems.push(
        problem(`scores.${i}.reason`, {
          'zh-CN': '每项评分须说明理由',
          'en-US': 'Each score needs its reason',
        }),
      );
  });
  const unscored = form.domains.filter((d) => !seen.has(d.code));
  if (unscored.length > 0)
    problems.push(
      problem('scores', {
        'zh-CN': `以下各项尚未评分：${unscored.map((d) => d['zh-CN']).join('、')}`,
        'en-US': `Not scored yet: ${unscored.map((d) => d['en-US']).join(', ')}`,
      }),
    );
  return problems;
}

/** A contact is never in the future and never longer than a day. */
export function contactProblems(
  input: ContactInput,
  now: Date,
  intakeOn: string | null,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = new Date(input.occurredAt);
  if (at.getTime() > now.getTime())
    problems.push(
      problem('occurredAt', {
        'zh-CN': '服务时间不能晚于现在',
        'en-US': 'A contact cannot be in the future',
      }),
    );
  else if (intakeOn && chinaDay(at) < intakeOn) problems.push(notBefore('occurredAt', '服务时间'));
  if (input.durationMinutes > maxContactMinutes)
    problems.push(
      problem('durationMinutes', {
        'zh-CN': `单次服务时长不能超过一天（${maxContactMinutes} 分钟）`,
        'en-US': `A contact cannot last longer than a day (${maxContactMinutes} minutes)`,
      }),
    );
  return problems;
}

/** The day of an instant in China (UTC+8). */
export function chinaDay(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Every goal of the plan evaluated once, and no goal of another case. */
export function evaluationProblems(
  input: EvaluationInput,
  goalIds: readonly string[],
  intakeOn: string | null,
  today: string,
): RuleProblem[] {
  const problems = workDayProblems('evaluatedOn', '评估日期', input.evaluatedOn, intakeOn, today);
  const known = new Set(goalIds);
  const seen = new Set<string>();
  input.goals.forEach((goal, i) => {
    if (!known.has(goal.goalId) || seen.has(goal.goalId))
      problems.push(
        problem(`goals.${i}.goalId`, {
          'zh-CN': seen.has(goal.goalId) ? '该目标已评估' : '该目标不属于本个案的服务计划',
          'en-US': seen.has(goal.goalId) ? 'Evaluated twice' : 'Not a goal of this case’s plan',
        }),
      );
    seen.add(goal.goalId);
  });
  const left = goalIds.filter((id) => !seen.has(id)).length;
  if (left > 0)
    problems.push(
      problem('goals', {
        'zh-CN': `服务计划中还有 ${left} 个目标未评估`,
        'en-US': `${left} goal(s) of the plan are not evaluated`,
      }),
    );
  return problems;
}

/** When the next assessment falls due: `months` after the last one. */
export function reassessmentDue(
  lastAssessedOn: string,
  months: number,
  today: string,
): { months: number; dueOn: string; overdue: boolean } {
  const dueOn = addMonths(lastAssessedOn, months);
  return { months, dueOn, overdue: dueOn < today };
}
