import { creditSources, labelOf, type CreditSource } from '@shegong/domain';
import type { RuleProblem } from '../../../platform/errors/rule-problems';

/** An hours entry as the ledger keys it: the worker's day and course or activity. */
export type CreditEntryFields = {
  source: string;
  hours: number;
  earnedOn: string;
  description: string;
};

/**
 * The rules of one hours entry that need the day, for the form, the correction and the import
 * (the range and the one decimal of the hours are the contract's schema, shared by all three):
 * not in the future.
 */
export function creditEntryProblems(
  input: Pick<CreditEntryFields, 'earnedOn'>,
  today: string,
): RuleProblem<'earnedOn'>[] {
  if (input.earnedOn <= today) return [];
  return [
    {
      field: 'earnedOn',
      message: { 'zh-CN': '日期不能晚于今天', 'en-US': 'The date is in the future' },
    },
  ];
}

/** The same entry as one on record: an import row that repeats it changes nothing. */
export const isSameEntry = (
  stored: Pick<CreditEntryFields, 'hours' | 'source'>,
  input: Pick<CreditEntryFields, 'hours' | 'source'>,
) => stored.hours === input.hours && stored.source === input.source;

/**
 * One entry per worker, day and title: another under the key of one on record is refused (the
 * form and the correction refuse the same one too; an import leaves it as it is).
 */
export function entryOnRecordProblem(
  stored: Pick<CreditEntryFields, 'hours' | 'source'>,
): RuleProblem<'description'> {
  const source = stored.source as CreditSource;
  return {
    field: 'description',
    conflict: true,
    message: {
      'zh-CN': `已有同日期、同名称的学时记录（${stored.hours} 学时，${labelOf(creditSources, source, 'zh-CN')}）`,
      'en-US': `An entry of that day and title is on record (${stored.hours} h, ${labelOf(creditSources, source, 'en-US')})`,
    },
  };
}
