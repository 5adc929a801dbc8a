import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/connection';
import { settings } from '../settings.table';

/**
 * 等保 2.0 level 3 defaults (domain.md §9); the security administrator may tighten them.
 */
export const securityPolicySchema = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(2).max(4),
  maxFailedLogins: z.number().int().min(3).max(10),
  lockoutMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  idleTimeoutMinutes: z.number().int().min(5).max(30),
  absoluteTimeoutHours: z.number().int().min(1).max(24),
});

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const defaultSecurityPolicy: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  maxFailedLogins: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
};

export const securityPolicyKey = 'security_policy';

export async function readSecurityPolicy(db: Executor): Promise<SecurityPolicy> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, securityPolicyKey));
  const parsed = securityPolicySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultSecurityPolicy;
}
