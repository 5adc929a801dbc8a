import { z } from 'zod';
import type { UploadKind } from '../uploaded-files';

/** 评分依据文件: what an evaluator may attach to an item of their sheet, and how much. */
export const evidenceFileKinds: readonly UploadKind[] = ['pdf', 'jpeg', 'png', 'docx', 'xlsx'];
export const evidenceFileMaxBytes = 10 * 1024 * 1024;
export const evidenceFilesPerSheet = 20;

/** `?item=`: the item of the sheet a file is evidence for. */
export const evidenceFileUploadQuerySchema = z.object({
  item: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
});

/** A file attached to an item of a sheet: what it is, never its content (downloaded, audited). */
export const evidenceFileSchema = z.object({
  id: z.uuid(),
  sheetId: z.uuid(),
  itemKey: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

export const evidenceFileListSchema = z.object({ items: z.array(evidenceFileSchema) });
