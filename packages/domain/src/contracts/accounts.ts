import { z } from 'zod';
import { roleSchema } from '../access/roles';
import { mobileSchema, regionCodeSchema } from '../zod/identifier-schemas';
import { pageQuerySchema } from './lists';

export const accountStatusSchema = z.enum(['active', 'disabled']);

/** '' (the whole country) or a division code. */
export const scopeCodeSchema = z.union([z.literal(''), regionCodeSchema]);

export const accountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  realName: z.string(),
  /** Always masked (138****5678). */
  phone: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  roles: z.array(roleSchema),
  status: accountStatusSchema,
  /** Locked by failed sign-ins until this time. */
  lockedUntil: z.iso.datetime({ offset: true }).nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});

export const accountListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(64).optional(),
  region: regionCodeSchema.optional(),
  role: roleSchema.optional(),
  status: accountStatusSchema.optional(),
});

export const createAccountSchema = z.strictObject({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{2,63}$/, 'account.username'),
  realName: z.string().trim().min(1).max(50),
  phone: mobileSchema.nullish(),
  regionCode: scopeCodeSchema,
  /** Given only by someone who may assign roles; otherwise the account starts without roles. */
  roles: z.array(roleSchema).max(4).default([]),
  /** The initial password; the account must change it at first sign-in. */
  password: z.string().min(1).max(200),
});

/** What an account administrator may change; roles and scope are not here on purpose. */
export const updateAccountSchema = z.strictObject({
  version: z.number().int(),
  realName: z.string().trim().min(1).max(50).optional(),
  phone: mobileSchema.nullish(),
  status: accountStatusSchema.optional(),
});

export const assignAccessSchema = z.strictObject({
  version: z.number().int(),
  roles: z.array(roleSchema).max(4),
  regionCode: scopeCodeSchema,
});

export const resetPasswordSchema = z.strictObject({
  password: z.string().min(1).max(200),
});

export type Account = z.infer<typeof accountSchema>;
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;
export type CreateAccount = z.infer<typeof createAccountSchema>;
export type UpdateAccount = z.infer<typeof updateAccountSchema>;
export type AssignAccess = z.infer<typeof assignAccessSchema>;
