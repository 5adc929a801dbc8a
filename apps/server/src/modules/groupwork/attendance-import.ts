import { z } from 'zod';
import {
  attendanceStatuses,
  attendanceStatusSchema,
  calendarDateSchema,
  chinaToday,
  maskResidentId,
  mobileSchema,
  residentIdSchema,
  type LocalizedText,
  type ParticipationMode,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import type { ImportKind } from '../../platform/imports/import-kind';
import { firstWithKey, RowProblems } from '../../platform/imports/row-checks';
import { staleUpload } from '../../platform/imports/stale-upload';
import type { ClientService } from '../clients';
import { activitiesOfSheet } from './activities.service';
import { attendanceProblems, type AttendanceEntry, type EntryNaming } from './groupwork-rules';
import { serviceParticipants } from './groupwork.table';
import type { SessionRow, SessionService } from './sessions.service';

const attendanceRowSchema = z.object({
  activityTitle: z.string().trim().min(1).max(60),
  heldOn: calendarDateSchema,
  name: z.string().trim().min(1).max(50),
  phone: mobileSchema.optional(),
  idNumber: residentIdSchema.optional(),
  status: attendanceStatusSchema,
});
type AttendanceRow = z.infer<typeof attendanceRowSchema>;

const column = {
  activityTitle: '活动名称',
  heldOn: '活动日期',
  name: '姓名',
  status: '出勤',
} as const;

/** In a sheet the rule's entry is the row itself: its person's column, no row prefix. */
const sheetEntry: EntryNaming = {
  field: () => column.name,
  prefix: () => ({ 'zh-CN': '', 'en-US': '' }),
};

type Resolved =
  | { session: SessionRow; participation: ParticipationMode; entry: AttendanceEntry }
  | { column: string; message: LocalizedText };

/**
 * Finds what each row names, for the upload's checks and again at commit: the organisation's
 * activity by its title, its session on the day, and among the activity's registered
 * participants the person by name (the phone or ID number telling namesakes apart). The rules
 * of the sheet on the phone decide the rest (attendanceProblems).
 */
async function resolve(
  tx: Transaction,
  actor: Actor,
  clients: Pick<ClientService, 'loadServedMany'>,
  rows: readonly AttendanceRow[],
  today: string,
): Promise<(row: AttendanceRow) => Resolved> {
  const { activities, sessions } = await activitiesOfSheet(
    tx,
    actor,
    rows.map((r) => ({ title: r.activityTitle, heldOn: r.heldOn })),
  );
  const roster = activities.length
    ? await tx
        .select({
          activityId: serviceParticipants.activityId,
          clientId: serviceParticipants.clientId,
        })
        .from(serviceParticipants)
        .where(
          isAnyOf(
            serviceParticipants.activityId,
            activities.map((a) => a.id),
          ),
        )
    : [];
  const people = new Map(
    (
      await clients.loadServedMany(
        tx,
        actor,
        roster.map((r) => r.clientId),
      )
    ).map((c) => [c.id, c]),
  );
  return (row) => {
    const named = activities.filter((a) => a.title === row.activityTitle);
    if (named.length === 0)
      return {
        column: column.activityTitle,
        message: {
          'zh-CN': '本机构没有该名称的社区活动（或不在您的管辖范围内）',
          'en-US': 'Your organisation has no activity of this title in your scope',
        },
      };
    if (named.length > 1)
      return {
        column: column.activityTitle,
        message: {
          'zh-CN': '本机构有多个同名活动，请先在平台上改名区分',
          'en-US': 'Several activities have this title: rename them first',
        },
      };
    const activity = named[0]!;
    const onDay = sessions.filter((s) => s.activityId === activity.id && s.heldOn === row.heldOn);
    if (onDay.length !== 1)
      return {
        column: column.heldOn,
        message:
          onDay.length === 0
            ? {
                'zh-CN': '该活动在此日期没有场次，请先在活动页添加场次',
                'en-US': 'The activity has no session on this day: add it on the activity’s page',
              }
            : {
                'zh-CN': '该活动在此日期有多个场次，请在平台上登记签到',
                'en-US': 'The activity has several sessions this day: mark them on the platform',
              },
      };
    const session = onDay[0]!;
    const participation = activity.participation as ParticipationMode;
    const listed = roster.filter((r) => r.activityId === activity.id).map((r) => r.clientId);
    const matches = listed.filter((id) => {
      const person = people.get(id);
      return (
        person?.name === row.name &&
        (!row.phone || person.phone === row.phone) &&
        (!row.idNumber || person.idNumber === row.idNumber)
      );
    });
    if (matches.length > 1)
      return {
        column: column.name,
        message: {
          'zh-CN': '有同名的参与者，请填写手机号或身份证号区分',
          'en-US': 'Namesakes among the participants: give the phone or ID number',
        },
      };
    // Nobody on the list: the sheet's own rule says so, as the phone's sheet would.
    const entry = { clientId: matches[0] ?? 'not on the list', status: row.status };
    const [problem] = attendanceProblems(
      { heldOn: session.heldOn, participation },
      [entry],
      new Set(listed),
      today,
      sheetEntry,
    );
    if (problem)
      return {
        column: problem.field === 'entries' ? column.heldOn : problem.field,
        message: problem.message,
      };
    return { session, participation, entry };
  };
}

/**
 * 活动签到 as a sheet: each row one person at one session of a named activity — 出席, 缺席 or
 * 请假 — keyed by session and person, so a second import of the file changes nothing and a
 * corrected status updates the mark. Person-times follow from the present marks.
 */
export function attendanceImport(deps: {
  database: Database;
  clock: Clock;
  clients: Pick<ClientService, 'loadServedMany'>;
  sessions: SessionService;
}): ImportKind<AttendanceRow> {
  const { database, clock, clients, sessions } = deps;
  const today = () => chinaToday(clock());

  async function commitBatch(
    tx: Transaction,
    actor: Actor,
    rows: AttendanceRow[],
    source: Parameters<ImportKind<AttendanceRow>['commit']>[3],
  ) {
    const find = await resolve(tx, actor, clients, rows, today());
    const bySession = new Map<string, { session: SessionRow; entries: AttendanceEntry[] }>();
    for (const row of rows) {
      const found = find(row);
      if ('message' in found)
        throw staleUpload({
          'zh-CN': `${row.activityTitle}（${row.heldOn}）${row.name}：${found.message['zh-CN']}`,
          'en-US': `${row.activityTitle} (${row.heldOn}) ${row.name}: ${found.message['en-US']}`,
        });
      const batch = bySession.get(found.session.id) ?? { session: found.session, entries: [] };
      batch.entries.push(found.entry);
      bySession.set(found.session.id, batch);
    }
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const { session, entries } of bySession.values()) {
      const done = await sessions.writeAttendance(tx, actor, session, entries, source);
      counts.created += done.created;
      counts.updated += done.updated;
      counts.unchanged += done.unchanged;
    }
    return counts;
  }

  return {
    kind: 'activity_attendance',
    title: { 'zh-CN': '活动签到', 'en-US': 'Activity attendance' },
    permission: 'groupwork:work',
    schema: attendanceRowSchema,
    subject: { name: 'name', id: 'idNumber', maskId: maskResidentId },
    columns: [
      {
        key: 'activityTitle',
        header: { 'zh-CN': column.activityTitle, 'en-US': 'Activity' },
        kind: 'text',
        required: true,
        example: '重阳节敬老活动',
        note: {
          'zh-CN': '本机构已在平台上登记的实名签到活动',
          'en-US': 'A named activity of your organisation on the platform',
        },
      },
      {
        key: 'heldOn',
        header: { 'zh-CN': column.heldOn, 'en-US': 'Date' },
        kind: 'date',
        required: true,
        example: '2026-10-29',
        note: {
          'zh-CN': '该活动已添加的场次日期，不能晚于今天',
          'en-US': 'The day of one of its sessions, not in the future',
        },
      },
      {
        key: 'name',
        header: { 'zh-CN': column.name, 'en-US': 'Name' },
        kind: 'text',
        required: true,
        example: '王秀英',
        note: {
          'zh-CN': '须为该活动登记的参与者',
          'en-US': 'A registered participant of the activity',
        },
      },
      {
        key: 'phone',
        header: { 'zh-CN': '手机号', 'en-US': 'Phone' },
        kind: 'code',
        required: false,
        note: {
          'zh-CN': '有同名参与者时填写以区分',
          'en-US': 'To tell namesakes apart',
        },
      },
      {
        key: 'idNumber',
        header: { 'zh-CN': '身份证号', 'en-US': 'ID number' },
        kind: 'code',
        required: false,
        note: {
          'zh-CN': '有同名参与者时填写以区分，单元格须为文本格式',
          'en-US': 'To tell namesakes apart, in a text cell',
        },
      },
      {
        key: 'status',
        header: { 'zh-CN': column.status, 'en-US': 'Attendance' },
        kind: 'enum',
        required: true,
        options: attendanceStatuses,
        note: {
          'zh-CN': '出席、缺席或请假；只有出席计入人次',
          'en-US': 'Present, absent or excused; only present counts',
        },
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const find = await withScope(database, actor, (tx) =>
        resolve(
          tx,
          actor,
          clients,
          rows.map((r) => r.input),
          today(),
        ),
      );
      for (const { rowNumber, input } of rows) {
        const found = find(input);
        if ('message' in found) problems.add(rowNumber, found.column, found.message);
        else
          firstWithKey(
            firstRowOf,
            `${found.session.id}:${found.entry.clientId}`,
            rowNumber,
            problems,
            column.name,
          );
      }
      return problems.byRow;
    },

    commitBatch,
    async commit(tx, actor, input, source) {
      const done = await commitBatch(tx, actor, [input], source);
      return done.created ? 'created' : done.updated ? 'updated' : 'unchanged';
    },
  };
}
