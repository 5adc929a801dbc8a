import { z } from 'zod';

/** 等保 2.0 level 3 bounds: an administrator may tighten, never loosen past them. */
export const securityPolicySchema = z.object({
  passwordMinLength: z.number().int().min(8).max(64),
  passwordMinClasses: z.number().int().min(3).max(4),
  maxFailedLogins: z.number().int().min(3).max(5),
  lockoutMinutes: z
    .number()
    .int()
    .min(30)
    .max(24 * 60),
  idleTimeoutMinutes: z.number().int().min(5).max(30),
  absoluteTimeoutHours: z.number().int().min(1).max(12),
  /** Searches by a whole ID or phone number one account may make in an hour (the rest refused). */
  identitySearchesPerHour: z.number().int().min(5).max(200),
});

export const securityPolicyResponseSchema = securityPolicySchema.extend({
  version: z.number().int(),
});
export const updateSecurityPolicySchema = securityPolicySchema
  .extend({ version: z.number().int() })
  .strict();

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const defaultSecurityPolicy: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  maxFailedLogins: 5,
  lockoutMinutes: 30,
  idleTimeoutMinutes: 30,
  absoluteTimeoutHours: 12,
  identitySearchesPerHour: 30,
};
