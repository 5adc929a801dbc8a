import { isAnyOf } from '../../../db/any-of';
import { z } from 'zod';
import {
  calendarDateSchema,
  certificateLevels,
  certificateLevelSchema,
  educationLevels,
  expertTags,
  idNumberRegisteredElsewhere,
  maskResidentId,
  workerInputSchema,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { insertCreated } from '../../../platform/imports/insert-created';
import { keyTakenSinceUpload, staleUpload } from '../../../platform/imports/stale-upload';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { withScope } from '../../../platform/access/region-scope';
import type { ImportKind, ImportSource } from '../../../platform/imports/import-kind';
import {
  changedColumns,
  firstWithKey,
  keysRegisteredElsewhere,
  RowProblems,
  regionProblem,
} from '../../../platform/imports/row-checks';
import type { DivisionService } from '../../divisions';
import { regionCodeSheet } from '../../divisions';
import { outcomeOf, workerRefSubject, workersInScope } from './worker-ref-import';
import { socialWorkMajorWarnings } from './major-warnings';
import { certificateRecordsOf } from '../certification/certificate-records';
import { importedCertificateVerdict } from '../certification/certificate-rules';
import { certificates } from '../certification/certification.table';
import { identityOf, type WorkerService } from './workers.service';
import { workers } from './workers.table';

const workerRowSchema = workerInputSchema
  .extend({
    certificateLevel: certificateLevelSchema.optional(),
    certifiedOn: calendarDateSchema.optional(),
    managementNumber: z.string().trim().max(60).optional(),
  })
  .refine((row) => !row.certificateLevel || row.certifiedOn, {
    path: ['certifiedOn'],
    message: '填写证书等级时须填发证日期',
  });

type WorkerRow = z.infer<typeof workerRowSchema>;

const profileFields = [
  'name',
  'phone',
  'educationLevel',
  'major',
  'socialWorkMajor',
  'regionCode',
  'expertTags',
] as const;

/**
 * The talent registry as a sheet, keyed by ID number: a second import of the same sheet changes
 * nothing. ID cells must be text — Excel turns an 18-digit number into 1.10101E+17.
 */
export function workerImport(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'children' | 'describeRegions' | 'get' | 'namesOf'>;
  workers: WorkerService;
}): ImportKind<WorkerRow> {
  const { database, divisions, workers: registry } = deps;
  return {
    kind: 'workers',
    title: { 'zh-CN': '社工人才', 'en-US': 'Workers' },
    permission: 'workers:write',
    schema: workerRowSchema,
    subject: workerRefSubject,
    warnings: socialWorkMajorWarnings,
    referenceSheets: regionCodeSheet(divisions),
    columns: [
      {
        key: 'name',
        header: { 'zh-CN': '姓名', 'en-US': 'Name' },
        kind: 'text',
        required: true,
        example: '张敏',
      },
      {
        key: 'idNumber',
        header: { 'zh-CN': '身份证号', 'en-US': 'ID number' },
        kind: 'code',
        required: true,
        example: '11010519491231002X',
        note: { 'zh-CN': '18 位，单元格须为文本格式', 'en-US': '18 characters, in a text cell' },
      },
      {
        key: 'phone',
        header: { 'zh-CN': '手机号码', 'en-US': 'Mobile' },
        kind: 'code',
        required: false,
      },
      {
        key: 'educationLevel',
        header: { 'zh-CN': '学历', 'en-US': 'Education' },
        kind: 'enum',
        required: true,
        options: educationLevels,
      },
      {
        key: 'major',
        header: { 'zh-CN': '专业', 'en-US': 'Major' },
        kind: 'text',
        required: false,
      },
      {
        key: 'socialWorkMajor',
        header: { 'zh-CN': '社会工作专业', 'en-US': 'Social work major' },
        kind: 'boolean',
        required: false,
        note: { 'zh-CN': '是 / 否', 'en-US': 'yes / no' },
      },
      {
        key: 'regionCode',
        header: { 'zh-CN': '区划代码', 'en-US': 'Region code' },
        kind: 'code',
        required: true,
        example: '520102016',
      },
      {
        key: 'expertTags',
        header: { 'zh-CN': '专家库', 'en-US': 'Expert pools' },
        kind: 'enum-list',
        required: false,
        options: expertTags,
      },
      {
        key: 'certificateLevel',
        header: { 'zh-CN': '证书等级', 'en-US': 'Certificate level' },
        kind: 'enum',
        required: false,
        options: certificateLevels,
      },
      {
        key: 'certifiedOn',
        header: { 'zh-CN': '发证日期', 'en-US': 'Certified on' },
        kind: 'date',
        required: false,
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
      const known = await divisions.namesOf(rows.map((r) => r.input.regionCode));
      const firstIds: string[] = [];
      for (const { rowNumber, input } of rows) {
        const misplaced = regionProblem(actor, input.regionCode, known);
        if (misplaced) problems.add(rowNumber, '区划代码', misplaced);
        if (firstWithKey(firstRowOf, input.idNumber, rowNumber, problems, '身份证号'))
          firstIds.push(input.idNumber);
      }
      for (const idNumber of await keysRegisteredElsewhere(
        database,
        actor,
        workers,
        workers.idNumber,
        workers.regionCode,
        firstIds,
      )) {
        problems.add(firstRowOf.get(idNumber)!, '身份证号', idNumberRegisteredElsewhere);
      }
      await checkCertificates(actor, rows, problems);
      return problems.byRow;
    },

    commit: async (tx, actor, row, source) =>
      outcomeOf(await commitBatch(tx, actor, [row], source)),

    independentBatches: true,

    commitBatch,
  };

  /**
   * The certificate columns of the rows, by the rules of recording a certificate: against what a
   * registered worker holds, or against nothing for a new one. One query for the workers and
   * one each for their certificates and scores, only when the batch names certificates.
   */
  async function checkCertificates(
    actor: Actor,
    rows: { rowNumber: number; input: WorkerRow }[],
    problems: RowProblems,
  ) {
    const certified = rows.filter((r) => certificateOf(r.input));
    if (certified.length === 0) return;
    const { found, records } = await withScope(database, actor, async (tx) => {
      const found = await workersInScope(
        tx,
        actor,
        certified.map((r) => r.input.idNumber),
      );
      const ids = [...found.values()].map((w) => w.id);
      return { found, records: await certificateRecordsOf(tx, ids) };
    });
    const day = registry.today();
    for (const { rowNumber, input } of certified) {
      const verdict = importedCertificateVerdict(
        certificateOf(input)!,
        records.contextOf(found.get(input.idNumber) ?? identityOf(input.idNumber), day),
      );
      if (!verdict.unchanged)
        for (const problem of verdict.problems)
          problems.add(rowNumber, certificateColumn[problem.field], problem.message);
    }
  }

  /**
   * New workers (the bulk of a first import) and their certificates in two statements, each with
   * its audit events; known workers' changed profiles one by one, through the form's update, and
   * their new certificates in one statement. Every certificate is checked again first.
   */
  async function commitBatch(
    tx: Transaction,
    actor: Actor,
    rows: WorkerRow[],
    source: ImportSource,
  ) {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const existing = await tx
      .select()
      .from(workers)
      .where(
        isAnyOf(
          workers.idNumber,
          rows.map((r) => r.idNumber),
        ),
      );
    const known = new Map(existing.map((w) => [w.idNumber, w]));
    const records = await certificateRecordsOf(
      tx,
      existing.map((w) => w.id),
    );
    const day = registry.today();
    /** The row's certificate to write, if it names one not yet on record; refused as stale if it breaks a rule. */
    const newCertificate = (row: WorkerRow, worker: { id: string; birthDate: string }) => {
      const certificate = certificateOf(row);
      if (!certificate) return [];
      const verdict = importedCertificateVerdict(certificate, records.contextOf(worker, day));
      if (verdict.unchanged) return [];
      const [problem] = verdict.problems;
      if (problem)
        throw staleUpload({
          'zh-CN': `身份证号 ${maskResidentId(row.idNumber)} 的${certificateColumn[problem.field]}：${problem.message['zh-CN']}`,
          'en-US': `${maskResidentId(row.idNumber)}, ${problem.field}: ${problem.message['en-US']}`,
        });
      return [
        {
          id: newId(),
          workerId: worker.id,
          regionCode: row.regionCode,
          ...certificate,
          managementNumber: row.managementNumber ?? null,
        },
      ];
    };

    const fresh = rows.filter((r) => !known.has(r.idNumber));
    const created = fresh.map(
      ({ certificateLevel: _l, certifiedOn: _c, managementNumber: _m, ...profile }) => ({
        id: newId(),
        ...profile,
        ...identityOf(profile.idNumber),
      }),
    );
    const certified = fresh.flatMap((row, i) => newCertificate(row, created[i]!));
    for (const row of rows.filter((r) => known.has(r.idNumber))) {
      const current = known.get(row.idNumber)!;
      const changes = changedColumns(current, row, profileFields);
      const added = newCertificate(row, current);
      if (Object.keys(changes).length > 0)
        await registry.saveProfile(tx, actor, current, changes, source);
      certified.push(...added);
      counts[Object.keys(changes).length > 0 || added.length > 0 ? 'updated' : 'unchanged']++;
    }
    // Sent together: node-postgres queues the certificates behind the workers they name.
    await Promise.all([
      insertCreated(tx, actor, workers, 'worker', created, source),
      insertCreated(tx, actor, certificates, 'certificate', certified, source),
    ]).catch((error: unknown) => {
      throw keyTakenSinceUpload(error, 'worker_id_number_unique', idNumberKey);
    });
    counts.created = created.length;
    return counts;
  }
}

/** The certificate a row names, if any (the row schema makes a level come with its date). */
const certificateOf = (row: WorkerRow) =>
  row.certificateLevel && row.certifiedOn
    ? { level: row.certificateLevel, certifiedOn: row.certifiedOn }
    : null;

const certificateColumn = { level: '证书等级', certifiedOn: '发证日期' } as const;

const idNumberKey = { 'zh-CN': '身份证号', 'en-US': 'ID number' };
