import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { auditNote, evidenceFilesPerSheet, leavesOf, partyOf } from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { invalidField, notFound } from '../../platform/errors/app-error';
import type { UploadedFile } from '../../platform/http/uploaded-file';
import { mayScore, type AssignmentService } from './assignments.service';
import { evidenceFilesOf } from './evidence-file-store';
import { evaluationEvidenceFiles as files, evaluationSheets } from './evaluations.table';
import { auditRound, loadRound, refused, type RoundRow } from './round-store';
import type { SheetService } from './sheets.service';

interface Deps {
  database: Database;
  clock: () => Date;
  assignments: Pick<AssignmentService, 'loadOwn'>;
  sheets: Pick<SheetService, 'editableOwnSheet'>;
}

const fileEntity = { 'zh-CN': '评分依据文件', 'en-US': 'Evidence file' };
const itemName = (round: RoundRow, key: string) =>
  round.items.find((i) => i.key === key)?.name ?? key;

/**
 * 评分依据文件: documents an evaluator attaches to the items of their sheet while it may change,
 * read by them and by the round's organisers (never by the provider, which reads no sheet); every
 * upload, removal and download is on the round's trail.
 */
export function createEvidenceFileService(deps: Deps) {
  const { database, clock, assignments, sheets } = deps;

  /** The evaluator's assignment and its round, once they may score (409 before the declaration). */
  async function ownRound(tx: Transaction, actor: Actor, assignmentId: string, lock = false) {
    const own = await assignments.loadOwn(tx, actor, assignmentId, lock);
    if (!mayScore(own.assignment))
      throw refused(
        '声明无利益冲突后才能查看项目材料',
        'Declare first: nothing of the project opens before',
      );
    return own;
  }

  async function ownSheetId(tx: Transaction, assignmentId: string) {
    const [sheet] = await tx
      .select({ id: evaluationSheets.id })
      .from(evaluationSheets)
      .where(eq(evaluationSheets.assignmentId, assignmentId));
    return sheet?.id;
  }

  /** The evaluator's files, by the sheet of their assignment (none before the first). */
  async function filesOfOwn(tx: Transaction, assignmentId: string) {
    const sheetId = await ownSheetId(tx, assignmentId);
    return { items: sheetId ? await evidenceFilesOf(tx, { sheetId }) : [] };
  }

  /** One file with its bytes, of the round (and of one sheet), in the reader's scope: 404 otherwise. */
  async function fileIn(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    fileId: string,
    sheetId?: string,
  ) {
    const [file] = await tx
      .select()
      .from(files)
      .where(
        and(
          eq(files.id, fileId),
          eq(files.roundId, round.id),
          sheetId ? eq(files.sheetId, sheetId) : undefined,
          inRegionScope(files.regionCode, actor),
        ),
      );
    if (!file) throw notFound(fileEntity);
    return file;
  }

  /** The download, recorded on the round's trail with the file and its item. */
  async function opened(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    file: typeof files.$inferSelect,
  ) {
    await auditRound(tx, actor, round, {
      action: 'read',
      detail: auditNote('evidence_file_opened', {
        item: itemName(round, file.itemKey),
        file: file.name,
        fileId: file.id,
      }),
    });
    return { name: file.name, type: file.type, content: file.content };
  }

  const list = (actor: Actor, assignmentId: string) =>
    withScope(database, actor, async (tx) => {
      await ownRound(tx, actor, assignmentId);
      return filesOfOwn(tx, assignmentId);
    });

  /** Attaches a file to an item the evaluator scores, while the sheet may change. */
  const attach = (actor: Actor, assignmentId: string, itemKey: string, upload: UploadedFile) =>
    withScope(database, actor, async (tx) => {
      const { round } = await ownRound(tx, actor, assignmentId, true);
      const item = leavesOf(round.items).find(
        (i) => i.key === itemKey && partyOf(i) === 'third_party',
      );
      if (!item)
        throw invalidField('query.item', {
          'zh-CN': '不是本评分表的指标',
          'en-US': 'Not an item of this sheet',
        });
      const sheet = await sheets.editableOwnSheet(tx, actor, round, assignmentId);
      const [held] = await tx.select({ n: count() }).from(files).where(eq(files.sheetId, sheet.id));
      if ((held?.n ?? 0) >= evidenceFilesPerSheet)
        throw refused(
          `每张评分表最多附 ${evidenceFilesPerSheet} 个文件`,
          `A sheet holds at most ${evidenceFilesPerSheet} files`,
        );
      const id = newId();
      await tx.insert(files).values({
        id,
        roundId: round.id,
        regionCode: round.regionCode,
        sheetId: sheet.id,
        itemKey,
        name: upload.name,
        type: upload.type,
        size: upload.content.length,
        sha256: createHash('sha256').update(upload.content).digest('hex'),
        content: upload.content,
        uploadedBy: actor.accountId,
        uploadedByName: actor.realName,
        uploadedAt: clock(),
      });
      await auditRound(tx, actor, round, {
        action: 'create',
        detail: auditNote('evidence_file_attached', {
          item: item.name,
          file: upload.name,
          fileId: id,
        }),
      });
      return filesOfOwn(tx, assignmentId);
    });

  /** Removes one of the evaluator's files, while the sheet may change. */
  const remove = (actor: Actor, assignmentId: string, fileId: string) =>
    withScope(database, actor, async (tx) => {
      const { round } = await ownRound(tx, actor, assignmentId, true);
      const sheet = await sheets.editableOwnSheet(tx, actor, round, assignmentId);
      const file = await fileIn(tx, actor, round, fileId, sheet.id);
      await tx.delete(files).where(eq(files.id, file.id));
      await auditRound(tx, actor, round, {
        action: 'delete',
        detail: auditNote('evidence_file_removed', {
          item: itemName(round, file.itemKey),
          file: file.name,
          fileId: file.id,
        }),
      });
      return filesOfOwn(tx, assignmentId);
    });

  /** The evaluator's download of one of their own files. */
  const downloadOwn = (actor: Actor, assignmentId: string, fileId: string) =>
    withScope(database, actor, async (tx) => {
      const { round } = await ownRound(tx, actor, assignmentId);
      const sheetId = await ownSheetId(tx, assignmentId);
      if (!sheetId) throw notFound(fileEntity);
      return opened(tx, actor, round, await fileIn(tx, actor, round, fileId, sheetId));
    });

  /** The organiser's download of a file of any sheet of a round in their region. */
  const downloadForRound = (actor: Actor, roundId: string, fileId: string) =>
    withScope(database, actor, async (tx) => {
      const round = await loadRound(tx, actor, roundId);
      return opened(tx, actor, round, await fileIn(tx, actor, round, fileId));
    });

  return { list, attach, remove, downloadOwn, downloadForRound };
}

export type EvidenceFileService = ReturnType<typeof createEvidenceFileService>;
