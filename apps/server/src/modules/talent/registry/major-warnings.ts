import { majorMismatchMessages, socialWorkMajorMismatch } from '@shegong/domain';
import type { RowProblem } from '../../../platform/imports/import-kind';

/**
 * The worker sheet's warning when 专业 and 社会工作专业 disagree (the domain's rule, the one the
 * form warns by): the row is imported as written.
 */
export function socialWorkMajorWarnings(row: {
  major?: string | null | undefined;
  socialWorkMajor?: boolean | null | undefined;
}): RowProblem[] {
  const mismatch = socialWorkMajorMismatch(row.major, row.socialWorkMajor);
  return mismatch ? [{ column: '社会工作专业', message: majorMismatchMessages[mismatch] }] : [];
}
