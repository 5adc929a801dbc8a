import type { LocalizedText } from '@shegong/domain';
import { AppError, conflict } from './app-error';

/**
 * What a write rule finds wrong with an input, by field. The form answers it as an error naming
 * `body.<field>`; an import reports it on the field's column.
 */
export interface RuleProblem<Field extends string = string> {
  field: Field;
  message: LocalizedText;
  /** The record exists already: a conflict (409) rather than bad input (400). */
  conflict?: true;
}

/** Throws the form's answer to the problems, if any: 409 for a conflict, else 400 naming each field. */
export function refuseProblems(problems: readonly RuleProblem[]): void {
  if (problems.length === 0) return;
  const detail = (p: RuleProblem) => ({ path: `body.${p.field}`, message: p.message });
  const clash = problems.find((p) => p.conflict);
  if (clash) throw conflict(clash.message, [detail(clash)]);
  throw new AppError(
    'VALIDATION_FAILED',
    { fields: problems.map((p) => `body.${p.field}`).join(', ') },
    problems.map(detail),
  );
}
