import {
  groupWorkStages,
  labelOf,
  type ActivitySessionInput,
  type AttendanceStatus,
  type GroupWorkStage,
  type LocalizedText,
  type ParticipationMode,
} from '@shegong/domain';
import type { RuleProblem } from '../../platform/errors/rule-problems';

const problem = (field: string, message: LocalizedText): RuleProblem => ({ field, message });

/** The stage after `stage`, or null at 结束期 (MZ/T 095-2017: one stage at a time). */
export function nextStage(stage: GroupWorkStage): GroupWorkStage | null {
  const at = groupWorkStages.findIndex((s) => s.code === stage);
  return groupWorkStages[at + 1]?.code ?? null;
}

/** A group moves to the stage after its own, and into 结束期 only with the summary of its work. */
export function stageMoveProblems(
  current: GroupWorkStage,
  requested: GroupWorkStage,
  summary: string | null | undefined,
): RuleProblem[] {
  const next = nextStage(current);
  const name = (stage: GroupWorkStage, language: 'zh-CN' | 'en-US') =>
    labelOf(groupWorkStages, stage, language);
  if (!next)
    return [
      problem('stage', {
        'zh-CN': '小组已进入结束期，不能再推进',
        'en-US': 'The group is in its termination stage: there is no stage after it',
      }),
    ];
  if (requested !== next)
    return [
      problem('stage', {
        'zh-CN': `须逐阶段推进：当前为${name(current, 'zh-CN')}，下一阶段为${name(next, 'zh-CN')}`,
        'en-US': `Stages go one at a time: the group is in ${name(current, 'en-US')}, next is ${name(next, 'en-US')}`,
      }),
    ];
  if (requested === 'termination' && (summary?.trim().length ?? 0) < 10)
    return [
      problem('summary', {
        'zh-CN': '进入结束期须填写小组工作总结（至少 10 个字）',
        'en-US': 'Ending the group needs a summary of its work (10 characters at least)',
      }),
    ];
  return [];
}

/** What a session of a group or of an activity may hold, and when. */
export interface SessionFacts {
  heldOn: string;
  countedParticipants?: number | null;
  countNote?: string | null;
  volunteerNames?: readonly string[];
  volunteerCount?: number | null;
}

/**
 * The rules of a session's fields: a number counted only for a counted activity, with the note of
 * how, and never for a day still to come; the volunteers at least as many as named.
 */
export function sessionProblems(
  input: SessionFacts,
  participation: ParticipationMode | 'group',
  today: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const counted = input.countedParticipants ?? null;
  if (counted !== null && participation !== 'counted')
    problems.push(
      problem('countedParticipants', {
        'zh-CN':
          participation === 'group'
            ? '小组节次的人次由签到计算，不填参与人数'
            : '实名签到的活动人次由签到计算，不填参与人数',
        'en-US': 'Person-times of a named session come from its attendance: no number is entered',
      }),
    );
  if (counted !== null && counted > 0 && input.heldOn > today)
    problems.push(
      problem('countedParticipants', {
        'zh-CN': '未来日期的场次不能登记参与人次',
        'en-US': 'A session still to come has no participants to count',
      }),
    );
  if (counted !== null && !input.countNote?.trim())
    problems.push(
      problem('countNote', {
        'zh-CN': '请说明参与人次的统计方式（如：签到表计数、现场清点）',
        'en-US': 'Say how the participants were counted (sign-in sheet, head count…)',
      }),
    );
  const named = input.volunteerNames?.length ?? 0;
  if (input.volunteerCount != null && input.volunteerCount < named)
    problems.push(
      problem('volunteerCount', {
        'zh-CN': `志愿者人数不能少于已填写的姓名数（${named}）`,
        'en-US': `The volunteers cannot be fewer than those named (${named})`,
      }),
    );
  return problems;
}

/** The volunteer count a session keeps: the number given, else the names given. */
export function volunteerCountOf(
  input: Pick<ActivitySessionInput, 'volunteerNames' | 'volunteerCount'>,
) {
  return input.volunteerCount ?? input.volunteerNames.length;
}

export interface AttendanceEntry {
  clientId: string;
  status: AttendanceStatus;
}

/** How a sheet's entry is named in a problem: the form's `entries.<i>.clientId`, "第 n 行：". */
export interface EntryNaming {
  field(index: number): string;
  prefix(index: number): LocalizedText;
}

const formEntries: EntryNaming = {
  field: (i) => `entries.${i}.clientId`,
  prefix: (i) => ({ 'zh-CN': `第 ${i + 1} 行：`, 'en-US': `Row ${i + 1}: ` }),
};

/**
 * The rules of a session's attendance, for the sheet and the import alike: none for a day still
 * to come, none for a counted activity, and only of the people on the list that day (a group's
 * members then, an activity's registered participants), each once.
 */
export function attendanceProblems(
  session: { heldOn: string; participation: ParticipationMode | 'group' },
  entries: readonly AttendanceEntry[],
  onList: ReadonlySet<string>,
  today: string,
  naming: EntryNaming = formEntries,
): RuleProblem[] {
  if (session.heldOn > today)
    return [
      problem('entries', {
        'zh-CN': `该场次日期（${session.heldOn}）晚于今天，不能登记签到`,
        'en-US': `The session is dated ${session.heldOn}, still to come: no attendance yet`,
      }),
    ];
  if (session.participation === 'counted')
    return [
      problem('entries', {
        'zh-CN': '计数登记的活动不登记实名签到，请填写参与人次',
        'en-US': 'A counted activity takes no named attendance: enter its number',
      }),
    ];
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  const said = (index: number, message: LocalizedText) => {
    const prefix = naming.prefix(index);
    problems.push(
      problem(naming.field(index), {
        'zh-CN': `${prefix['zh-CN']}${message['zh-CN']}`,
        'en-US': `${prefix['en-US']}${message['en-US']}`,
      }),
    );
  };
  entries.forEach((entry, index) => {
    if (seen.has(entry.clientId))
      said(index, { 'zh-CN': '同一人重复登记', 'en-US': 'the same person twice' });
    else if (!onList.has(entry.clientId))
      said(
        index,
        session.participation === 'group'
          ? {
              'zh-CN': `${session.heldOn} 不是该小组的组员`,
              'en-US': `not a member of the group on ${session.heldOn}`,
            }
          : {
              'zh-CN': '不是该活动登记的参与者',
              'en-US': 'not a registered participant of the activity',
            },
      );
    seen.add(entry.clientId);
  });
  return problems;
}

/** Whether a membership (joined, left inclusive) covers a day. */
export function memberOn(
  membership: { joinedOn: string; leftOn: string | null },
  day: string,
): boolean {
  return membership.joinedOn <= day && (membership.leftOn === null || membership.leftOn >= day);
}
