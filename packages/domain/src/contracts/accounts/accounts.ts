import { z } from 'zod';
import { roleSchema } from '../../access/roles';
import { mobileSchema, regionCodeSchema } from '../../zod/identifier-schemas';
import { pageQuerySchema } from '../lists';

export const accountStatusSchema = z.enum(['active', 'disabled']);

/** '' (the whole country) or a division code. */
export const scopeCodeSchema = z.union([z.literal(''), regionCodeSchema]);

/**
 * A talent-registry worker an account may be linked to, as an account administrator sees it: the
 * name and the region, the ID number masked (first 6 and last 2).
 */
export const accountWorkerOptionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  idNumber: z.string(),
  regionName: z.string(),
});

export const accountWorkerQuerySchema = z.object({
  /** A name prefix, or a whole ID or mobile number (searched as the talent registry searches). */
  q: z.string().trim().max(64).optional(),
});

export const accountSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  realName: z.string(),
  /** Always masked (138****5678). */
  phone: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  roles: z.array(roleSchema),
  /** The organisation a 机构管理员 manages; null for every other account. */
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  /** For 评估人员 and 社工: the talent-registry worker the account is (their careers). */
  workerId: z.uuid().nullable(),
  /** That worker, if they lie in the reader's scope. */
  worker: accountWorkerOptionSchema.nullable(),
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
  /** Required with the role 机构管理员, and only with it. */
  organisationId: z.uuid().nullable().default(null),
  /** Only with the roles 评估人员 or 社工: the worker in the administrator's scope they are. */
  workerId: z.uuid().nullable().default(null),
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
  /** Required with the role 机构管理员, and only with it. */
  organisationId: z.uuid().nullable().default(null),
  /** Only with the roles 评估人员 or 社工: the worker in the administrator's scope they are. */
  workerId: z.uuid().nullable().default(null),
});

/** An organisation an administrator may bind a 机构管理员 account to: inside their own scope. */
export const accountOrganisationOptionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string(),
  regionCode: z.string(),
});

export const accountOrganisationQuerySchema = z.object({
  q: z.string().trim().max(64).optional(),
  /** The scope the account will have: only organisations inside it can be chosen. */
  region: regionCodeSchema.optional(),
});

export const resetPasswordSchema = z.strictObject({
  password: z.string().min(1).max(200),
});

export type Account = z.infer<typeof accountSchema>;
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;
export type CreateAccount = z.infer<typeof createAccountSchema>;
export type UpdateAccount = z.infer<typeof updateAccountSchema>;
export type AssignAccess = z.infer<typeof assignAccessSchema>;
export type AccountOrganisationOption = z.infer<typeof accountOrganisationOptionSchema>;
export type AccountWorkerOption = z.infer<typeof accountWorkerOptionSchema>;
