import type { Transaction } from '../../db/connection';

/**
 * What a module that keeps records of clients does when one is merged into another (合并重复档案):
 * in the merge's transaction, moves its records of `from` to `into` and answers how many it moved,
 * by kind. A record that cannot move throws, and the whole merge is refused: nothing half-merged.
 */
export type MoveMergedClient = (
  tx: Transaction,
  from: string,
  into: string,
) => Promise<Record<string, number>>;
