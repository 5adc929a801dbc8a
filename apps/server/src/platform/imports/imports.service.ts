import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  auditNote,
  type ImportProblem,
  type ImportReport,
  type Language,
  type LocalizedText,
} from '@shegong/domain';
import { bulkInsert } from '../../db/bulk-insert';
import type { Database } from '../../db/connection';
import type { Actor } from '../access/actor';
import { inRegionScope, withScope } from '../access/region-scope';
import { recordAudit } from '../audit/audit';
import type { Clock } from '../clock';
import { AppError, notFound } from '../errors/app-error';
import { commitBatches } from './commit-batches';
import type { ImportKind, RowProblem } from './import-kind';
import { subjectOf, type RowSubject } from './row-subject';
import { importBatches, importJobs, importRows } from './imports.table';
import { parseRow } from './parse-row';
import { readSheet } from './read-sheet';

const maxRows = 200_000;
const reportedProblems = 200;
const batchSize = 1000;
const yieldEveryRows = 50;
const jobEntity = { 'zh-CN': '导入任务', 'en-US': 'Import' } as const;

const fileProblem = (message: LocalizedText) =>
  new AppError('VALIDATION_FAILED', { fields: 'file' }, [{ path: 'file', message }]);

/** The upload in memory (at most the multipart limit, 50 MB): a zip is read from its end. */
async function buffered(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type JobRow = typeof importJobs.$inferSelect;

/**
 * Sheet imports as two steps: upload (every row validated, the report stored) and commit (all
 * valid rows written in one transaction, or none). Idempotent through each kind's natural key.
 */
export function createImportService({ database, clock }: { database: Database; clock: Clock }) {
  async function loadJob(actor: Actor, kind: ImportKind<unknown>, id: string): Promise<JobRow> {
    const [job] = await withScope(database, actor, (tx) =>
      tx
        .select()
        .from(importJobs)
        .where(
          and(
            eq(importJobs.id, id),
            eq(importJobs.kind, kind.kind),
            inRegionScope(importJobs.regionCode, actor),
          ),
        ),
    );
    if (!job) throw notFound(jobEntity);
    return job;
  }

  async function problemsOf(
    actor: Actor,
    jobId: string,
    language: Language,
    limit?: number,
  ): Promise<(ImportProblem & { subject: RowSubject | null })[]> {
    const rows = await withScope(database, actor, (tx) => {
      const query = tx
        .select({ row: importRows.rowNumber, errors: importRows.errors })
        .from(importRows)
        .where(eq(importRows.jobId, jobId))
        .orderBy(asc(importRows.rowNumber));
      return limit ? query.limit(limit) : query;
    });
    return rows.flatMap((r) =>
      r.errors.map((e) => ({
        row: r.row,
        column: e.column,
        message: e.message[language],
        subject: e.subject ?? null,
        ...(e.warning ? { warning: true as const } : {}),
      })),
    );
  }

  async function present(actor: Actor, job: JobRow): Promise<ImportReport> {
    return {
      id: job.id,
      kind: job.kind,
      fileName: job.fileName,
      status: job.status as ImportReport['status'],
      totalRows: job.totalRows,
      validRows: job.validRows,
      errorRows: job.totalRows - job.validRows,
      problems: await problemsOf(actor, job.id, actor.request.language, reportedProblems),
      created: job.created,
      updated: job.updated,
      unchanged: job.unchanged,
      createdAt: job.createdAt.toISOString(),
      committedAt: job.committedAt?.toISOString() ?? null,
    };
  }

  async function upload<Input>(
    actor: Actor,
    kind: ImportKind<Input>,
    file: { fileName: string; stream: Readable },
  ): Promise<ImportReport> {
    const content = await buffered(file.stream);
    // Rows are validated and stored a batch at a time, so a 100,000-row sheet never sits in memory
    // as objects; only the natural keys seen so far are kept, to catch repeats across batches.
    const id = randomUUID();
    await withScope(database, actor, (tx) =>
      tx.insert(importJobs).values({
        id,
        kind: kind.kind,
        regionCode: actor.regionCode,
        createdBy: actor.accountId,
        fileName: file.fileName.slice(0, 200),
        status: 'validating',
        totalRows: 0,
        validRows: 0,
      }),
    );
    const firstRowOf = new Map<string, number>();
    let totalRows = 0;
    let validRows = 0;
    type ParsedRow = {
      rowNumber: number;
      subject: RowSubject | null;
      input?: Input;
      problems: RowProblem[];
    };
    const flush = async (batch: ParsedRow[]) => {
      const candidates = batch.filter(
        (p): p is ParsedRow & { input: Input } => p.input !== undefined,
      );
      const crossRow = await kind.check(
        actor,
        candidates.map(({ rowNumber, input }) => ({ rowNumber, input })),
        firstRowOf,
      );
      const inputs: Input[] = [];
      const problems: (typeof importRows.$inferInsert)[] = [];
      for (const row of batch) {
        row.problems.push(...(crossRow.get(row.rowNumber) ?? []));
        const warnings = row.problems.length === 0 ? (kind.warnings?.(row.input!) ?? []) : [];
        if (row.problems.length === 0) inputs.push(row.input!);
        // A valid row's warnings are kept as its problems are, marked: the report lists both.
        if (warnings.length > 0)
          problems.push({
            jobId: id,
            rowNumber: row.rowNumber,
            regionCode: actor.regionCode,
            errors: warnings.map((w) => ({ ...w, subject: row.subject, warning: true })),
          });
        if (row.problems.length > 0)
          problems.push({
            jobId: id,
            rowNumber: row.rowNumber,
            regionCode: actor.regionCode,
            errors: row.problems.map((problem) => ({ ...problem, subject: row.subject })),
          });
      }
      validRows += inputs.length;
      await withScope(database, actor, async (tx) => {
        // The rows of a job still validating need not wait for the disk: the job's own last write
        // is committed synchronously, and a durable commit makes every earlier one durable too.
        await tx.execute(sql`set local synchronous_commit = off`);
        await bulkInsert(tx, importRows, problems);
        if (inputs.length > 0)
          await tx.insert(importBatches).values({
            jobId: id,
            firstRow: batch[0]!.rowNumber,
            regionCode: actor.regionCode,
            inputs: JSON.stringify(inputs),
          });
      });
    };
    // The sheet is read and parsed while the previous batch is checked and stored: the database
    // works while JavaScript parses. Batches are still checked one after another, in row order.
    let batch: ParsedRow[] = [];
    let stored: Promise<void> = Promise.resolve();
    const storeBatch = async () => {
      const full = batch;
      batch = [];
      await stored;
      stored = flush(full);
      stored.catch(() => {}); // awaited later; not an unhandled rejection meanwhile
    };
    try {
      for await (const row of readSheet(content, kind.columns)) {
        if (++totalRows > maxRows)
          throw fileProblem({
            'zh-CN': `单个文件最多 ${maxRows} 行`,
            'en-US': `At most ${maxRows} rows per file`,
          });
        batch.push({
          rowNumber: row.rowNumber,
          subject: subjectOf(kind as ImportKind<unknown>, row.cells),
          ...parseRow(kind, row.cells),
        });
        if (batch.length >= batchSize) await storeBatch();
        // The reader hands over rows without waiting for I/O; the batch being stored needs a dozen
        // answers from the database, and each is only taken in when the event loop gets a turn.
        if (totalRows % yieldEveryRows === 0) await setImmediate();
      }
      await storeBatch();
      await stored;
      if (totalRows === 0)
        throw fileProblem({ 'zh-CN': '文件中没有数据', 'en-US': 'The file holds no data' });
    } catch (error) {
      await stored.catch(() => {});
      // A sheet found unreadable after some batches were stored (merged cells are seen at its end)
      // keeps no rows: a failed job is never committed, and its rows would only take space.
      await withScope(database, actor, async (tx) => {
        await tx.delete(importRows).where(eq(importRows.jobId, id));
        await tx.delete(importBatches).where(eq(importBatches.jobId, id));
        await tx.update(importJobs).set({ status: 'failed' }).where(eq(importJobs.id, id));
      });
      throw error;
    }
    const job = await withScope(database, actor, async (tx) => {
      const [done] = await tx
        .update(importJobs)
        .set({ status: 'validated', totalRows, validRows })
        .where(eq(importJobs.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'import',
        entityType: `import:${kind.kind}`,
        entityId: id,
        regionCode: actor.regionCode,
        detail: auditNote('import_validated', {
          fileName: file.fileName,
          valid: validRows,
          total: totalRows,
        }),
      });
      return done!;
    });
    return present(actor, job);
  }

  async function report(
    actor: Actor,
    kind: ImportKind<unknown>,
    id: string,
  ): Promise<ImportReport> {
    return present(actor, await loadJob(actor, kind, id));
  }

  async function allProblems(
    actor: Actor,
    kind: ImportKind<unknown>,
    id: string,
  ): Promise<(ImportProblem & { subject: RowSubject | null })[]> {
    await loadJob(actor, kind, id);
    return problemsOf(actor, id, actor.request.language);
  }

  /** Writes every valid row in one transaction; a job commits once. */
  async function commit<Input>(
    actor: Actor,
    kind: ImportKind<Input>,
    id: string,
  ): Promise<ImportReport> {
    const job = await withScope(database, actor, async (tx) => {
      const [locked] = await tx
        .update(importJobs)
        .set({ status: 'committing' })
        .where(
          and(
            eq(importJobs.id, id),
            eq(importJobs.kind, kind.kind),
            eq(importJobs.status, 'validated'),
            inRegionScope(importJobs.regionCode, actor),
          ),
        )
        .returning();
      if (!locked) {
        const [exists] = await tx
          .select({ id: importJobs.id })
          .from(importJobs)
          .where(
            and(
              eq(importJobs.id, id),
              eq(importJobs.kind, kind.kind),
              inRegionScope(importJobs.regionCode, actor),
            ),
          );
        if (!exists) throw notFound(jobEntity);
        throw new AppError('CONFLICT', {
          message: { 'zh-CN': '该文件已导入过', 'en-US': 'This upload was already committed' },
        });
      }
      const counts = await commitBatches(tx, actor, kind, id);
      const [done] = await tx
        .update(importJobs)
        .set({ status: 'committed', committedAt: clock(), ...counts })
        .where(eq(importJobs.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'import',
        entityType: `import:${kind.kind}`,
        entityId: id,
        regionCode: actor.regionCode,
        detail: auditNote('import_committed', counts),
      });
      return done!;
    });
    return present(actor, job);
  }

  return { upload, report, allProblems, commit };
}

export type ImportService = ReturnType<typeof createImportService>;
