import { asc, eq } from 'drizzle-orm';
import type { EvidenceFile } from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { evaluationEvidenceFiles as files } from './evaluations.table';

/** What a list says of a file: everything but its bytes. */
const listed = {
  id: files.id,
  sheetId: files.sheetId,
  itemKey: files.itemKey,
  name: files.name,
  type: files.type,
  size: files.size,
  sha256: files.sha256,
  uploadedByName: files.uploadedByName,
  uploadedAt: files.uploadedAt,
};

/** The evidence files of a round's sheets (or of one sheet), oldest first. */
export async function evidenceFilesOf(
  tx: Transaction,
  where: { roundId: string } | { sheetId: string },
): Promise<EvidenceFile[]> {
  const rows = await tx
    .select(listed)
    .from(files)
    .where('roundId' in where ? eq(files.roundId, where.roundId) : eq(files.sheetId, where.sheetId))
    .orderBy(asc(files.uploadedAt), asc(files.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}
