import { z } from 'zod';

export const divisionSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'township', 'village']),
  parentCode: z.string().nullable(),
  /** Whether the division has children loaded (villages may not be). */
  hasChildren: z.boolean(),
});

export const divisionWithPathSchema = divisionSchema.extend({
  /** Names from the province down to this division, e.g. 贵州省 / 贵阳市 / 南明区. */
  pathNames: z.array(z.string()),
});

export type Division = z.infer<typeof divisionSchema>;
export type DivisionWithPath = z.infer<typeof divisionWithPathSchema>;
