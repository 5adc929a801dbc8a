import { isAnyOf } from '../../../db/any-of';
import { and } from 'drizzle-orm';
import { z } from 'zod';
import { maskResidentId, residentIdSchema, type LocalizedText } from '@shegong/domain';
import type { Database, Executor } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { admitUnmatchedIdNumbers } from '../../../platform/access/identity-search';
import { inRegionScope } from '../../../platform/access/region-scope';
import type { CommitOutcome, ImportColumn } from '../../../platform/imports/import-kind';
import type { RowSubjectColumns } from '../../../platform/imports/row-subject';
import type { RowProblems } from '../../../platform/imports/row-checks';
import { staleUpload } from '../../../platform/imports/stale-upload';
import { workers } from './workers.table';

/**
 * Sheets of a worker's records (certificates, hours) name the worker by 身份证号, and may repeat
 * the name as a check against a wrong ID number.
 */
export const workerRefColumns: readonly ImportColumn[] = [
  {
    key: 'idNumber',
    header: { 'zh-CN': '身份证号', 'en-US': 'ID number' },
    kind: 'code',
    required: true,
    example: '11010519491231002X',
    note: {
      'zh-CN': '已登记社工的身份证号，18 位，单元格须为文本格式',
      'en-US': "A registered worker's ID number, 18 characters, in a text cell",
    },
  },
  {
    key: 'name',
    header: { 'zh-CN': '姓名', 'en-US': 'Name' },
    kind: 'text',
    required: false,
    example: '张敏',
    note: {
      'zh-CN': '可不填；填写时须与档案中的姓名一致',
      'en-US': 'Optional; when given it must match the record',
    },
  },
];

/** A row of these sheets is about the worker it names, shown by name and masked ID number. */
export const workerRefSubject: RowSubjectColumns = {
  name: 'name',
  id: 'idNumber',
  maskId: maskResidentId,
};

export const workerRefFields = {
  idNumber: residentIdSchema,
  name: z.string().trim().min(1).max(50).optional(),
};

export interface WorkerRef {
  id: string;
  idNumber: string;
  name: string;
  regionCode: string;
  birthDate: string;
}

/**
 * The workers with these ID numbers inside the actor's scope. One outside it is simply not found,
 * so a row cannot tell a worker elsewhere from no worker at all.
 */
export async function workersInScope(
  tx: Executor,
  actor: Actor,
  idNumbers: readonly string[],
): Promise<Map<string, WorkerRef>> {
  const unique = [...new Set(idNumbers)];
  if (unique.length === 0) return new Map();
  const rows = await tx
    .select({
      id: workers.id,
      idNumber: workers.idNumber,
      name: workers.name,
      regionCode: workers.regionCode,
      birthDate: workers.birthDate,
    })
    .from(workers)
    .where(and(isAnyOf(workers.idNumber, unique), inRegionScope(workers.regionCode, actor)));
  return new Map(rows.map((w) => [w.idNumber, w]));
}

/**
 * The sheet's ID numbers that match no worker in scope, for an account that may not reveal ID
 * numbers: each "not found" tells a wrong candidate from the right one, so they are searches of
 * the hourly allowance (platform/access/identity-search.ts), and too many refuse the upload.
 */
export async function admitUnmatchedWorkers(
  database: Database,
  actor: Actor,
  found: ReadonlyMap<string, WorkerRef>,
  idNumbers: readonly string[],
  where: string,
): Promise<void> {
  if (actor.permissions.has('workers:reveal')) return;
  const unmatched = [...new Set(idNumbers)].filter((id) => !found.has(id));
  await admitUnmatchedIdNumbers(database, actor, unmatched, where);
}

/** The row's worker, or its problem (unknown in scope, or a name that does not match). */
export function workerOfRow(
  found: ReadonlyMap<string, WorkerRef>,
  row: { rowNumber: number; input: { idNumber: string; name?: string | undefined } },
  problems: RowProblems,
): WorkerRef | undefined {
  const worker = found.get(row.input.idNumber);
  if (!worker) {
    problems.add(row.rowNumber, '身份证号', {
      'zh-CN': '在您的管辖范围内未找到该身份证号的社工',
      'en-US': 'No worker with this ID number within your scope',
    });
    return undefined;
  }
  if (row.input.name !== undefined && row.input.name !== worker.name) {
    problems.add(row.rowNumber, '姓名', {
      'zh-CN': '与该身份证号登记的姓名不一致',
      'en-US': 'Does not match the name registered with this ID number',
    });
    return undefined;
  }
  return worker;
}

/**
 * At commit, the workers of validated rows, all still in scope; otherwise nothing is written and
 * the file must be checked again.
 */
export async function requireWorkers(
  tx: Executor,
  actor: Actor,
  idNumbers: readonly string[],
): Promise<Map<string, WorkerRef>> {
  const found = await workersInScope(tx, actor, idNumbers);
  const missing = idNumbers.find((id) => !found.has(id));
  if (missing) throw staleUpload(maskedMessage(missing));
  return found;
}

const maskedMessage = (idNumber: string): LocalizedText => ({
  'zh-CN': `身份证号 ${maskResidentId(idNumber)} 的社工已不在您的管辖范围内`,
  'en-US': `The worker with ID number ${maskResidentId(idNumber)} is no longer within your scope`,
});

/** A single row's outcome from the counts of a batch of one. */
export function outcomeOf(counts: Record<CommitOutcome, number>): CommitOutcome {
  return counts.created ? 'created' : counts.updated ? 'updated' : 'unchanged';
}
