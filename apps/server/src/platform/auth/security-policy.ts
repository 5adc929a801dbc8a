import { eq, sql } from 'drizzle-orm';
import { defaultSecurityPolicy, securityPolicySchema, type SecurityPolicy } from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { settings } from '../settings.table';

export type { SecurityPolicy };

export const securityPolicyKey = 'security_policy';

/** The policy in force (等保 2.0 defaults until a security administrator changes it). */
export async function readSecurityPolicy(
  db: Executor,
): Promise<SecurityPolicy & { version: number }> {
  const [row] = await db
    .select({ value: settings.value, version: settings.version })
    .from(settings)
    .where(eq(settings.key, securityPolicyKey));
  // A policy saved before a rule existed takes that rule's default and keeps the others.
  const stored = row?.value && typeof row.value === 'object' ? row.value : {};
  const parsed = securityPolicySchema.safeParse({ ...defaultSecurityPolicy, ...stored });
  return { ...(parsed.success ? parsed.data : defaultSecurityPolicy), version: row?.version ?? 0 };
}

/** Writes the policy if `version` is still the current one; false when someone else changed it. */
export async function writeSecurityPolicy(
  db: Executor,
  policy: SecurityPolicy,
  version: number,
  updatedBy: string,
): Promise<boolean> {
  if (version === 0) {
    const inserted = await db
      .insert(settings)
      .values({ key: securityPolicyKey, value: policy, updatedBy })
      .onConflictDoNothing()
      .returning({ key: settings.key });
    return inserted.length === 1;
  }
  const updated = await db
    .update(settings)
    .set({ value: policy, updatedBy, updatedAt: sql`now()`, version: sql`${settings.version} + 1` })
    .where(sql`${settings.key} = ${securityPolicyKey} and ${settings.version} = ${version}`)
    .returning({ key: settings.key });
  return updated.length === 1;
}
