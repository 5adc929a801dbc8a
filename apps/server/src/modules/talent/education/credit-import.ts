import type { z } from 'zod';
import {
  chinaToday,
  creditEntryInputSchema,
  creditSources,
  creditSourceSchema,
  maskResidentId,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { insertCreated } from '../../../platform/imports/insert-created';
import { staleUpload } from '../../../platform/imports/stale-upload';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { withScope } from '../../../platform/access/region-scope';
import type { Clock } from '../../../platform/clock';
import type { ImportKind, ImportSource } from '../../../platform/imports/import-kind';
import { firstWithKey, RowProblems } from '../../../platform/imports/row-checks';
import { creditEntries } from './education.table';
import { creditEntriesAt, creditKeyOf } from './credit-records';
import { creditEntryProblems, entryOnRecordProblem, isSameEntry } from './credit-rules';
import {
  admitUnmatchedWorkers,
  outcomeOf,
  requireWorkers,
  workerOfRow,
  workerRefColumns,
  workerRefFields,
  workerRefSubject,
  workersInScope,
} from '../registry/worker-ref-import';

/**
 * The ledger entry of the record form, plus 培训课程: training held outside the platform's own
 * course list (courses run here credit their hours through attendance).
 */
const creditRowSchema = creditEntryInputSchema.extend({
  ...workerRefFields,
  source: creditSourceSchema,
});
const maxHours = creditEntryInputSchema.shape.hours.maxValue!;
type CreditRow = z.infer<typeof creditRowSchema>;

const column = { description: '课程或活动名称', hours: '学时', earnedOn: '日期' } as const;

/**
 * 继续教育学时 as a sheet: hours credited to registered workers, keyed by ID number + date +
 * course or activity, so a second import of the file adds nothing. The checks of the record form:
 * hours above 0 and at most 500, a date not in the future.
 */
export function creditImport(deps: { database: Database; clock: Clock }): ImportKind<CreditRow> {
  const { database, clock } = deps;
  const today = () => chinaToday(clock());

  async function commitBatch(
    tx: Transaction,
    actor: Actor,
    rows: CreditRow[],
    source: ImportSource,
  ) {
    const found = await requireWorkers(
      tx,
      actor,
      rows.map((r) => r.idNumber),
    );
    const stored = await creditEntriesAt(
      tx,
      [...found.values()].map((w) => w.id),
      rows.map((r) => r.earnedOn),
    );
    const day = today();
    const created: (typeof creditEntries.$inferInsert)[] = [];
    let unchanged = 0;
    for (const row of rows) {
      const worker = found.get(row.idNumber)!;
      const earlier = stored.get(creditKeyOf(worker.id, row));
      if (earlier && isSameEntry(earlier, row)) {
        unchanged++;
        continue;
      }
      const [problem] = [
        ...creditEntryProblems(row, day),
        ...(earlier ? [entryOnRecordProblem(earlier)] : []),
      ];
      if (problem)
        throw staleUpload({
          'zh-CN': `身份证号 ${maskResidentId(row.idNumber)}（${row.earnedOn}，${row.description}）：${problem.message['zh-CN']}`,
          'en-US': `${maskResidentId(row.idNumber)} (${row.earnedOn}, ${row.description}): ${problem.message['en-US']}`,
        });
      const entry = {
        id: newId(),
        workerId: worker.id,
        regionCode: worker.regionCode,
        source: row.source,
        hours: row.hours,
        earnedOn: row.earnedOn,
        description: row.description,
      };
      created.push(entry);
      stored.set(creditKeyOf(worker.id, row), entry);
    }
    await insertCreated(tx, actor, creditEntries, 'credit_entry', created, source);
    return { created: created.length, updated: 0, unchanged };
  }

  return {
    kind: 'credits',
    title: { 'zh-CN': '继续教育学时', 'en-US': 'Continuing-education hours' },
    permission: 'education:manage',
    schema: creditRowSchema,
    subject: workerRefSubject,
    columns: [
      ...workerRefColumns,
      {
        key: 'description',
        header: { 'zh-CN': column.description, 'en-US': 'Course or activity' },
        kind: 'text',
        required: true,
        example: '儿童保护专题培训',
        note: {
          'zh-CN': '同一社工同一日期同一名称只记一次',
          'en-US': 'One entry per worker, date and title',
        },
      },
      {
        key: 'source',
        header: { 'zh-CN': '类型', 'en-US': 'Type' },
        kind: 'enum',
        required: true,
        options: creditSources,
        note: {
          'zh-CN': '哪些类型计入学时、每周期最多计多少，按本省认定规则',
          'en-US': "Which types count, and how many hours per cycle, follow the province's rule",
        },
      },
      {
        key: 'hours',
        header: { 'zh-CN': column.hours, 'en-US': 'Hours' },
        kind: 'integer',
        required: true,
        example: '12',
        note: {
          'zh-CN': `大于 0、不超过 ${maxHours}，最多一位小数`,
          'en-US': `Above 0, at most ${maxHours}, one decimal at most`,
        },
      },
      {
        key: 'earnedOn',
        header: { 'zh-CN': column.earnedOn, 'en-US': 'Date' },
        kind: 'date',
        required: true,
        example: '2026-05-20',
        note: {
          'zh-CN': '结业、督导或活动的日期，不能晚于今天',
          'en-US': 'Date of completion or of the activity, not in the future',
        },
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const { found, stored } = await withScope(database, actor, async (tx) => {
        const found = await workersInScope(
          tx,
          actor,
          rows.map((r) => r.input.idNumber),
        );
        const stored = await creditEntriesAt(
          tx,
          [...found.values()].map((w) => w.id),
          rows.map((r) => r.input.earnedOn),
        );
        return { found, stored };
      });
      await admitUnmatchedWorkers(
        database,
        actor,
        found,
        rows.map((r) => r.input.idNumber),
        'credit import',
      );
      const day = today();
      for (const row of rows) {
        const { rowNumber, input } = row;
        const worker = workerOfRow(found, row, problems);
        if (!worker) continue;
        for (const problem of creditEntryProblems(input, day))
          problems.add(rowNumber, column[problem.field], problem.message);
        const key = creditKeyOf(worker.id, input);
        if (!firstWithKey(firstRowOf, key, rowNumber, problems, column.description)) continue;
        const earlier = stored.get(key);
        if (earlier && !isSameEntry(earlier, input)) {
          const problem = entryOnRecordProblem(earlier);
          problems.add(rowNumber, column[problem.field], problem.message);
        }
      }
      return problems.byRow;
    },

    // The worker's region is read at commit; until then the row stays in the importer's.

    commitBatch,
    commit: async (tx, actor, input, source) =>
      outcomeOf(await commitBatch(tx, actor, [input], source)),
  };
}
