import type { ImportProblem, Language } from '@shegong/domain';
import type { ImportKind } from './import-kind';
import type { Cell } from './read-sheet';

/** The columns (keys) that name a row's record, repeated beside its problems in the sheet. */
export interface RowSubjectColumns {
  name: string;
  id?: string;
  /** For a personal identifier: shown masked (the problems sheet is downloaded and passed on). */
  maskId?: (value: string) => string;
}

/** The record a sheet row names, as the sheet wrote it: its name and its (masked) identifier. */
export interface RowSubject {
  name: string | null;
  id: string | null;
}

/** What a name or ID cell may show at most: the cell is the user's, not yet checked. */
const shownLength = 60;

// Control characters are dropped: the text is stored and written into a sheet again.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

const textOf = (cell: Cell | undefined) =>
  cell === null || cell === undefined
    ? null
    : String(cell).replace(controlCharacters, '').trim().slice(0, shownLength) || null;

/** A problem of a row with what the row names, for the problems sheet (the report leaves it out). */
export type ProblemWithSubject = ImportProblem & { subject: RowSubject | null };

/** What a row says it is about, kept with its problems (a personal identifier masked). */
export function subjectOf(kind: ImportKind<unknown>, cells: Map<string, Cell>): RowSubject | null {
  const columns = kind.subject;
  if (!columns) return null;
  const id = columns.id ? textOf(cells.get(columns.id)) : null;
  return {
    name: textOf(cells.get(columns.name)),
    id: id && columns.maskId ? columns.maskId(id) : id,
  };
}

/** The headers of the subject's columns in the reader's language, for the problems sheet. */
export function subjectHeaders(kind: ImportKind<unknown>, language: Language) {
  const header = (key: string | undefined) =>
    kind.columns.find((c) => c.key === key)?.header[language] ?? null;
  return { name: header(kind.subject?.name), id: header(kind.subject?.id) };
}
