import { z } from 'zod';

export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  /** Set on a warning: the row is imported all the same (a social-work major with the switch off…). */
  warning: z.literal(true).optional(),
});

/** What an upload found, and (once committed) what it wrote. */
export const importReportSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  fileName: z.string(),
  status: z.enum(['validating', 'validated', 'committing', 'committed', 'failed']),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  errorRows: z.number().int(),
  /** The first problems, row by row; the full list downloads as a sheet. */
  problems: z.array(importProblemSchema),
  created: z.number().int().nullable(),
  updated: z.number().int().nullable(),
  unchanged: z.number().int().nullable(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});

export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportProblem = z.infer<typeof importProblemSchema>;
