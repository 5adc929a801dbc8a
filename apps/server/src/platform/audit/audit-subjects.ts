import type { Transaction } from '../../db/connection';
import type { Actor } from '../access/actor';

/**
 * Names of the records of one kind that audit events name, as the reader may see them (a
 * worker's masked): one query for a page of events, on the reader's scoped transaction, so a
 * record outside the reader's scope has no name and shows by its kind alone.
 */
export type AuditSubjectNames = (
  tx: Transaction,
  actor: Actor,
  ids: readonly string[],
) => Promise<Map<string, string>>;

/** Entity type (`worker`, `organisation` …) → how its names are found. */
export type AuditSubjectSources = Readonly<Record<string, AuditSubjectNames>>;
