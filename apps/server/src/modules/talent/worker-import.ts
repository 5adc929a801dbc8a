import { isAnyOf } from '../../db/any-of';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  calendarDateSchema,
  certificateLevels,
  certificateLevelSchema,
  educationLevels,
  expertTags,
  workerInputSchema,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { insertCreated } from '../../platform/imports/insert-created';
import { keyTakenSinceUpload } from '../../platform/imports/stale-upload';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import type { ImportKind, ImportSource } from '../../platform/imports/import-kind';
import {
  changedColumns,
  firstWithKey,
  keysRegisteredElsewhere,
  RowProblems,
  regionProblem,
} from '../../platform/imports/row-checks';
import type { DivisionService } from '../divisions/divisions.service';
import { regionCodeSheet } from '../divisions/region-code-sheet';
import { workerRefSubject } from './worker-ref-import';
import { certificates } from './certification.table';
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
  divisions: DivisionService;
  workers: WorkerService;
}): ImportKind<WorkerRow> {
  const { database, divisions } = deps;
  return {
    kind: 'workers',
    title: { 'zh-CN': '社工人才', 'en-US': 'Workers' },
    permission: 'workers:write',
    schema: workerRowSchema,
    subject: workerRefSubject,
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
        problems.add(firstRowOf.get(idNumber)!, '身份证号', {
          'zh-CN': '该身份证号已在其他辖区登记',
          'en-US': 'Registered in another jurisdiction',
        });
      }
      return problems.byRow;
    },

    commit: commitOne,

    independentBatches: true,

    /**
     * New workers (the bulk of a first import) and their certificates in two statements, each
     * with its audit events; known ones one by one.
     */
    async commitBatch(tx, actor, rows, source) {
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const existing = await tx
        .select({ idNumber: workers.idNumber })
        .from(workers)
        .where(
          isAnyOf(
            workers.idNumber,
            rows.map((r) => r.idNumber),
          ),
        );
      const known = new Set(existing.map((w) => w.idNumber));
      const fresh = rows.filter((r) => !known.has(r.idNumber));
      if (fresh.length > 0) {
        const created = fresh.map(
          ({ certificateLevel: _l, certifiedOn: _c, managementNumber: _m, ...profile }) => ({
            id: newId(),
            ...profile,
            ...identityOf(profile.idNumber),
          }),
        );
        const workersWritten = insertCreated(tx, actor, workers, 'worker', created, source);
        const certified = fresh.flatMap((row, i) =>
          row.certificateLevel && row.certifiedOn
            ? [
                {
                  id: newId(),
                  workerId: created[i]!.id,
                  regionCode: row.regionCode,
                  level: row.certificateLevel,
                  certifiedOn: row.certifiedOn,
                  managementNumber: row.managementNumber ?? null,
                },
              ]
            : [],
        );
        await Promise.all([
          workersWritten,
          insertCreated(tx, actor, certificates, 'certificate', certified, source),
        ]).catch((error: unknown) => {
          throw keyTakenSinceUpload(error, 'worker_id_number_unique', idNumberKey);
        });
        counts.created = fresh.length;
      }
      for (const row of rows.filter((r) => known.has(r.idNumber)))
        counts[await commitOne(tx, actor, row, source)]++;
      return counts;
    },
  };

  async function commitOne(
    tx: Transaction,
    actor: Actor,
    row: WorkerRow,
    source: ImportSource,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const { certificateLevel, certifiedOn, managementNumber, ...profile } = row;
    const [current] = await tx.select().from(workers).where(eq(workers.idNumber, profile.idNumber));
    let outcome: 'created' | 'updated' | 'unchanged' = 'unchanged';
    let workerId = current?.id;
    if (!current) {
      workerId = (await deps.workers.insert(tx, actor, profile)).id;
      outcome = 'created';
    } else {
      const changes = changedColumns(current, profile, profileFields);
      if (Object.keys(changes).length > 0) {
        const [after] = await tx
          .update(workers)
          .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
          .where(eq(workers.id, current.id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: 'worker',
          entityId: current.id,
          regionCode: after!.regionCode,
          changes: changedFields(current, after!),
          detail: source,
        });
        outcome = 'updated';
      }
    }
    if (certificateLevel && certifiedOn) {
      const [held] = await tx
        .select({ id: certificates.id })
        .from(certificates)
        .where(and(eq(certificates.workerId, workerId!), eq(certificates.level, certificateLevel)));
      if (!held) {
        const [cert] = await tx
          .insert(certificates)
          .values({
            id: newId(),
            workerId: workerId!,
            regionCode: profile.regionCode,
            level: certificateLevel,
            certifiedOn,
            managementNumber: managementNumber ?? null,
          })
          .returning();
        await recordAudit(tx, actor, {
          action: 'create',
          entityType: 'certificate',
          entityId: cert!.id,
          regionCode: profile.regionCode,
          changes: changedFields(null, cert!),
          detail: source,
        });
        if (outcome === 'unchanged') outcome = 'updated';
      }
    }
    return outcome;
  }
}

const idNumberKey = { 'zh-CN': '身份证号', 'en-US': 'ID number' };
