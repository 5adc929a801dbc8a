import {
  auditNote,
  type AuditDetail,
  type EnumEntry,
  type LocalizedText,
  type Permission,
} from '@shegong/domain';
import type { z } from 'zod';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../access/actor';
import type { ReferenceSheet } from './import-template';
import type { RowSubjectColumns } from './row-subject';

/** `yuan`: money typed in yuan (元, at most two decimals), handed to the schema in integer fen. */
export type ImportColumnKind =
  'text' | 'code' | 'date' | 'integer' | 'yuan' | 'boolean' | 'enum' | 'enum-list';

/** One column of an import sheet, in the order of the template. */
export interface ImportColumn {
  /** The field of the row's input object. */
  key: string;
  header: LocalizedText;
  kind: ImportColumnKind;
  required: boolean;
  /** For enums: accepted as their Chinese or English label, or their code. */
  options?: readonly EnumEntry[];
  note?: LocalizedText;
  example?: string;
}

export interface RowProblem {
  column: string;
  message: LocalizedText;
}

export type CommitOutcome = 'created' | 'updated' | 'unchanged';

/** The `detail` of the audit events an import job's commit writes: the job they came from. */
export type ImportSource = AuditDetail;

export const importSource = (kind: string, jobId: string): ImportSource =>
  auditNote('import_row', { jobId, kind });

/**
 * What a module tells the import machinery about one kind of sheet: its columns, its row schema,
 * the checks that need the database or other rows, and how to write one valid row.
 */
export interface ImportKind<Input> {
  kind: string;
  title: LocalizedText;
  permission: Permission;
  columns: readonly ImportColumn[];
  /** What the template's instructions say of the sheet as a whole (what it leaves to the form). */
  note?: LocalizedText;
  schema: z.ZodType<Input>;
  /** The columns naming a row's record, repeated beside its problems (row-subject.ts). */
  subject?: RowSubjectColumns;
  /** Warnings of a valid row: reported beside the problems, the row is imported all the same. */
  warnings?(input: Input): RowProblem[];
  /** Sheets of the template after the data sheet: the region codes of the reader's scope. */
  referenceSheets?(actor: Actor, language: Actor['request']['language']): Promise<ReferenceSheet[]>;
  /**
   * Checks across rows and against the database, one batch at a time; returns problems by row
   * number. `firstRowOf` persists across batches: natural key → the first row that had it.
   */
  check(
    actor: Actor,
    rows: { rowNumber: number; input: Input }[],
    firstRowOf: Map<string, number>,
  ): Promise<Map<number, RowProblem[]>>;
  /**
   * Writes one valid row; the natural key makes a second import of the same row a no-op.
   * `source` names the job in the audit events of the row's writes (their `detail`).
   */
  commit(tx: Transaction, actor: Actor, input: Input, source: ImportSource): Promise<CommitOutcome>;
  /**
   * Rows of different batches never touch the same record (their natural keys are unique in a
   * file), so a batch's reads need not wait for the previous batch's writes.
   */
  independentBatches?: boolean;
  /** The same for a batch of rows in a few multi-row statements, for kinds imported in bulk. */
  commitBatch?(
    tx: Transaction,
    actor: Actor,
    inputs: Input[],
    source: ImportSource,
  ): Promise<Record<CommitOutcome, number>>;
}
