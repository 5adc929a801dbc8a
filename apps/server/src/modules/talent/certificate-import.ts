import { isAnyOf } from '../../db/any-of';
import {
  certificateInputSchema,
  certificateLevels,
  chinaToday,
  labelOf,
  maskResidentId,
} from '@shegong/domain';
import type { z } from 'zod';
import type { Database, Executor, Transaction } from '../../db/connection';
import { insertCreated } from '../../platform/imports/insert-created';
import { staleUpload } from '../../platform/imports/stale-upload';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import type { ImportKind } from '../../platform/imports/import-kind';
import { firstWithKey, RowProblems } from '../../platform/imports/row-checks';
import { certificateProblem } from './certificate-rules';
import { certificates, examScores } from './certification.table';
import {
  outcomeOf,
  requireWorkers,
  workerOfRow,
  workerRefColumns,
  workerRefFields,
  workerRefSubject,
  workersInScope,
  type WorkerRef,
} from './worker-ref-import';
import type { ImportSource } from '../../platform/imports/import-kind';

const certificateRowSchema = certificateInputSchema.extend(workerRefFields);
type CertificateRow = z.infer<typeof certificateRowSchema>;
type Held = { level: string; certifiedOn: string };

const columnOf = { level: '证书等级', certifiedOn: '发证日期' } as const;

/** Certificates and exam scores held by these workers, grouped by worker. */
async function recordsOf(tx: Executor, workerIds: string[]) {
  const held = new Map<string, Held[]>();
  const scores = new Map<string, (typeof examScores.$inferSelect)[]>();
  if (workerIds.length === 0) return { held, scores };
  for (const c of await tx
    .select({
      workerId: certificates.workerId,
      level: certificates.level,
      certifiedOn: certificates.certifiedOn,
    })
    .from(certificates)
    .where(isAnyOf(certificates.workerId, workerIds)))
    held.set(c.workerId, [...(held.get(c.workerId) ?? []), c]);
  for (const s of await tx.select().from(examScores).where(isAnyOf(examScores.workerId, workerIds)))
    scores.set(s.workerId, [...(scores.get(s.workerId) ?? []), s]);
  return { held, scores };
}

/**
 * The row against what the worker holds: null when the same certificate is already on record
 * (importing it again changes nothing), else the rule's verdict.
 */
function verdict(
  row: CertificateRow,
  worker: WorkerRef,
  held: readonly Held[],
  scores: readonly (typeof examScores.$inferSelect)[],
  today: string,
) {
  const same = held.find((c) => c.level === row.level);
  if (same?.certifiedOn === row.certifiedOn) return { unchanged: true as const };
  if (same)
    return {
      problem: {
        field: 'level' as const,
        message: {
          'zh-CN': `已持有该级别证书（发证日期 ${same.certifiedOn}），与本行不一致`,
          'en-US': `That level is already held (certified on ${same.certifiedOn}), unlike this row`,
        },
      },
    };
  return { problem: certificateProblem(row, worker, held, scores, today) };
}

/** Certificates accepted in earlier rows of the same file, so a senior one may follow them. */
const acceptedInFile = new WeakMap<Map<string, number>, Map<string, Held[]>>();

/**
 * 证书 as a sheet: one row per certificate of a registered worker, keyed by ID number + level. The
 * same rules as recording one certificate on the worker's record; a certificate already held with
 * the same date is left as it is, so a second import of the file creates nothing.
 */
export function certificateImport(deps: {
  database: Database;
  clock: Clock;
}): ImportKind<CertificateRow> {
  const { database, clock } = deps;
  const today = () => chinaToday(clock());

  async function commitBatch(
    tx: Transaction,
    actor: Actor,
    rows: CertificateRow[],
    source: ImportSource,
  ) {
    const found = await requireWorkers(
      tx,
      actor,
      rows.map((r) => r.idNumber),
    );
    const { held, scores } = await recordsOf(
      tx,
      [...found.values()].map((w) => w.id),
    );
    const day = today();
    const created: (typeof certificates.$inferInsert)[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const worker = found.get(row.idNumber)!;
      const holds = held.get(worker.id) ?? [];
      const { unchanged: same, problem } = verdict(
        row,
        worker,
        holds,
        scores.get(worker.id) ?? [],
        day,
      );
      if (same) {
        unchanged++;
        continue;
      }
      if (problem) {
        const level = labelOf(certificateLevels, row.level, 'zh-CN');
        const levelEn = labelOf(certificateLevels, row.level, 'en-US');
        throw staleUpload({
          'zh-CN': `身份证号 ${maskResidentId(row.idNumber)} 的${level}证书：${problem.message['zh-CN']}`,
          'en-US': `${levelEn} certificate of ${maskResidentId(row.idNumber)}: ${problem.message['en-US']}`,
        });
      }
      const certificate = {
        id: newId(),
        workerId: worker.id,
        regionCode: worker.regionCode,
        level: row.level,
        certifiedOn: row.certifiedOn,
        managementNumber: row.managementNumber ?? null,
      };
      created.push(certificate);
      held.set(worker.id, [...holds, certificate]);
    }
    await insertCreated(tx, actor, certificates, 'certificate', created, source);
    return { created: created.length, updated: 0, unchanged };
  }

  return {
    kind: 'certificates',
    title: { 'zh-CN': '社工证书', 'en-US': 'Certificates' },
    permission: 'workers:write',
    schema: certificateRowSchema,
    subject: workerRefSubject,
    columns: [
      ...workerRefColumns,
      {
        key: 'level',
        header: { 'zh-CN': '证书等级', 'en-US': 'Certificate level' },
        kind: 'enum',
        required: true,
        options: certificateLevels,
        note: {
          'zh-CN':
            '同一社工每个等级一张；高级社会工作师须先持有社会工作师证书；已登记考试成绩的，须达到该级别通过条件',
          'en-US':
            'One per level and worker; senior needs the intermediate one first; recorded exam scores must pass the level',
        },
      },
      {
        key: 'certifiedOn',
        header: { 'zh-CN': '发证日期', 'en-US': 'Certified on' },
        kind: 'date',
        required: true,
        example: '2024-06-30',
        note: {
          'zh-CN': '不晚于今天、不早于出生日期',
          'en-US': 'Not in the future, not before birth',
        },
      },
      {
        key: 'managementNumber',
        header: { 'zh-CN': '证书管理号', 'en-US': 'Management number' },
        kind: 'code',
        required: false,
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const accepted = acceptedInFile.get(firstRowOf) ?? new Map<string, Held[]>();
      acceptedInFile.set(firstRowOf, accepted);
      const { found, held, scores } = await withScope(database, actor, async (tx) => {
        const found = await workersInScope(
          tx,
          actor,
          rows.map((r) => r.input.idNumber),
        );
        return {
          found,
          ...(await recordsOf(
            tx,
            [...found.values()].map((w) => w.id),
          )),
        };
      });
      const day = today();
      for (const row of rows) {
        const { rowNumber, input } = row;
        const worker = workerOfRow(found, row, problems);
        if (!worker) continue;
        const key = `${input.idNumber}|${input.level}`;
        if (!firstWithKey(firstRowOf, key, rowNumber, problems, columnOf.level)) continue;
        const earlier = accepted.get(input.idNumber) ?? [];
        const { problem } = verdict(
          input,
          worker,
          [...(held.get(worker.id) ?? []), ...earlier],
          scores.get(worker.id) ?? [],
          day,
        );
        if (problem) problems.add(rowNumber, columnOf[problem.field], problem.message);
        else accepted.set(input.idNumber, [...earlier, input]);
      }
      return problems.byRow;
    },

    // The worker's region is read at commit; until then the row stays in the importer's.

    commitBatch,
    commit: async (tx, actor, input, source) =>
      outcomeOf(await commitBatch(tx, actor, [input], source)),
  };
}
