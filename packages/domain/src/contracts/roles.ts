import { z } from 'zod';

/** The role → permission matrix, read-only, for the UI and docs. */
export const roleMatrixSchema = z.object({
  permissions: z.array(z.object({ code: z.string(), 'zh-CN': z.string(), 'en-US': z.string() })),
  roles: z.array(
    z.object({
      code: z.string(),
      'zh-CN': z.string(),
      'en-US': z.string(),
      administrator: z.boolean(),
      scopeLevel: z.string().nullable(),
      permissions: z.array(z.string()),
    }),
  ),
});
export type RoleMatrix = z.infer<typeof roleMatrixSchema>;
