import { z } from 'zod';
import { roleSchema } from '../access/roles';

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});

/**
 * Who set the password the user signed in with, and when: an administrator's reset or the first
 * password of a new account. Shown until the user has chosen a password of their own.
 */
export const passwordSetNoticeSchema = z.object({
  realName: z.string(),
  username: z.string(),
  at: z.iso.datetime({ offset: true }),
});

/** The signed-in user as the web app sees it. */
export const sessionSchema = z.object({
  account: z.object({
    id: z.uuid(),
    username: z.string(),
    realName: z.string(),
    roles: z.array(roleSchema),
    regionCode: z.string(),
    regionName: z.string(),
  }),
  permissions: z.array(z.string()),
  mustChangePassword: z.boolean(),
  passwordSetByAdministrator: passwordSetNoticeSchema.nullable(),
  /** Sent back in the X-CSRF-Token header of every state-changing request. */
  csrfToken: z.string(),
});

export type Session = z.infer<typeof sessionSchema>;
export type PasswordSetNotice = z.infer<typeof passwordSetNoticeSchema>;
