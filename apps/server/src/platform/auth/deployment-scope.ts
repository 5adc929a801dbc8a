import { sql } from 'drizzle-orm';
import { normalizeRegionCode, regionCodeLengths, regionLevels } from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { accounts } from './accounts.table';

/**
 * The narrowest region holding every account — 贵州省 when all accounts are in Guizhou, the whole
 * country ('') only when some account is nationwide. Events of a sign-in that names no account
 * are filed here: an auditor whose scope covers the deployment reads them, and no auditor below
 * it sees them, so what an auditor below sees never tells whether a name exists elsewhere.
 */
export async function deploymentScope(tx: Transaction): Promise<string> {
  // The common prefix of a set of strings is the common prefix of its least and greatest.
  const [range] = await tx
    .select({
      least: sql<string | null>`min(${accounts.regionCode} collate "C")`,
      greatest: sql<string | null>`max(${accounts.regionCode} collate "C")`,
    })
    .from(accounts);
  if (range?.least == null || range.greatest == null) return '';
  return enclosingRegion(range.least, range.greatest);
}

/** The narrowest division containing both codes. */
export function enclosingRegion(a: string, b: string): string {
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  const level = regionLevels.findLast((l) => regionCodeLengths[l] <= shared) ?? 'country';
  const prefix = a.slice(0, regionCodeLengths[level]);
  // A prefix ending in a zero group (441900 of 441900003) is the division above it (4419).
  return prefix === '' ? '' : (normalizeRegionCode(prefix) ?? '');
}
