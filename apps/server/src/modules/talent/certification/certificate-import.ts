import {
  certificateInputSchema,
  certificateLevels,
  chinaToday,
  labelOf,
  maskResidentId,
} from '@shegong/domain';
import type { z } from 'zod';
import type { Database, Transaction } from '../../../db/connection';
import { insertCreated } from '../../../platform/imports/insert-created';
import { staleUpload } from '../../../platform/imports/stale-upload';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { withScope } from '../../../platform/access/region-scope';
import type { Clock } from '../../../platform/clock';
import type { ImportKind } from '../../../platform/imports/import-kind';
import { firstWithKey, RowProblems } from '../../../platform/imports/row-checks';
import { certificateRecordsOf } from './certificate-records';
import { importedCertificateVerdict, type HeldCertificate } from './certificate-rules';
import { certificates } from './certification.table';
import {
  outcomeOf,
  requireWorkers,
  admitUnmatchedWorkers,
  workerOfRow,
  workerRefColumns,
  workerRefFields,
  workerRefSubject,
  workersInScope,
} from '../registry/worker-ref-import';
import type { ImportSource } from '../../../platform/imports/import-kind';

const certificateRowSchema = certificateInputSchema.extend(workerRefFields);
type CertificateRow = z.infer<typeof certificateRowSchema>;

const columnOf = { level: '证书等级', certifiedOn: '发证日期' } as const;

/** Certificates accepted in earlier rows of the same file, so a senior one may follow them. */
const acceptedInFile = new WeakMap<Map<string, number>, Map<string, HeldCertificate[]>>();

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
    const records = await certificateRecordsOf(
      tx,
      [...found.values()].map((w) => w.id),
    );
    const day = today();
    const created: (typeof certificates.$inferInsert)[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const worker = found.get(row.idNumber)!;
      const verdict = importedCertificateVerdict(row, records.contextOf(worker, day));
      if (verdict.unchanged) {
        unchanged++;
        continue;
      }
      const [problem] = verdict.problems;
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
      records.add(worker.id, certificate);
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
      const accepted = acceptedInFile.get(firstRowOf) ?? new Map<string, HeldCertificate[]>();
      acceptedInFile.set(firstRowOf, accepted);
      const { found, records } = await withScope(database, actor, async (tx) => {
        const found = await workersInScope(
          tx,
          actor,
          rows.map((r) => r.input.idNumber),
        );
        const ids = [...found.values()].map((w) => w.id);
        return { found, records: await certificateRecordsOf(tx, ids) };
      });
      await admitUnmatchedWorkers(
        database,
        actor,
        found,
        rows.map((r) => r.input.idNumber),
        'certificate import',
      );
      const day = today();
      for (const row of rows) {
        const { rowNumber, input } = row;
        const worker = workerOfRow(found, row, problems);
        if (!worker) continue;
        const key = `${input.idNumber}|${input.level}`;
        if (!firstWithKey(firstRowOf, key, rowNumber, problems, columnOf.level)) continue;
        const earlier = accepted.get(input.idNumber) ?? [];
        const verdict = importedCertificateVerdict(input, records.contextOf(worker, day, earlier));
        if (verdict.unchanged) continue;
        for (const problem of verdict.problems)
          problems.add(rowNumber, columnOf[problem.field], problem.message);
        if (verdict.problems.length === 0) accepted.set(input.idNumber, [...earlier, input]);
      }
      return problems.byRow;
    },

    // The worker's region is read at commit; until then the row stays in the importer's.

    commitBatch,
    commit: async (tx, actor, input, source) =>
      outcomeOf(await commitBatch(tx, actor, [input], source)),
  };
}
