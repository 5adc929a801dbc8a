import { z } from 'zod';
import {
  activitySessionInputSchema,
  activityTypes,
  activityTypeSchema,
  calendarDateSchema,
  chinaToday,
  populationGroups,
  populationGroupSchema,
  serviceFields,
  serviceFieldSchema,
  type LocalizedText,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import type { CommitOutcome, ImportKind, ImportSource } from '../../platform/imports/import-kind';
import { firstWithKey, RowProblems } from '../../platform/imports/row-checks';
import { staleUpload } from '../../platform/imports/stale-upload';
import { stationsNamed, type StationReference } from '../stations';
import {
  activitiesOfSheet,
  activityOwner,
  insertActivity,
  type ActivityRow,
} from './activities.service';
import { sessionProblems } from './groupwork-rules';
import type { SessionRow, SessionService } from './sessions.service';

const session = activitySessionInputSchema.shape;

const personTimesRowSchema = z.object({
  stationName: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(60),
  activityType: activityTypeSchema,
  serviceField: serviceFieldSchema,
  populationGroups: z.array(populationGroupSchema).max(8).default([]),
  heldOn: calendarDateSchema,
  place: session.place,
  durationMinutes: session.durationMinutes,
  countedParticipants: z.number().int().min(0).max(100_000),
  countNote: z.string().trim().min(1).max(200),
  volunteerCount: z.number().int().min(0).max(10_000).optional(),
});
type PersonTimesRow = z.infer<typeof personTimesRowSchema>;

const column = {
  stationName: '站点名称',
  title: '活动名称',
  heldOn: '活动日期',
  countedParticipants: '参与人次',
  countNote: '统计方式',
  volunteerCount: '志愿者人数',
} as const;

/** The row's fields a session keeps, as the session form sends them. */
const sessionFields = (row: PersonTimesRow) => ({
  heldOn: row.heldOn,
  place: row.place,
  durationMinutes: row.durationMinutes,
  countedParticipants: row.countedParticipants,
  countNote: row.countNote,
  volunteerNames: [] as string[],
  volunteerCount: row.volunteerCount ?? 0,
});

type Resolved =
  | { station: StationReference; activity: ActivityRow | null; existing: SessionRow | null }
  | { column: string; message: LocalizedText };

/**
 * What each row names, at upload and again at commit: the station by its exact name in scope,
 * the organisation's counted activity of that title there (made if there is none), and its
 * session on the day (made if there is none, corrected if it differs).
 */
async function resolve(tx: Transaction, actor: Actor, rows: readonly PersonTimesRow[]) {
  const stations = await stationsNamed(
    tx,
    actor,
    rows.map((r) => r.stationName),
  );
  const { activities, sessions } = await activitiesOfSheet(tx, actor, rows);
  return (row: PersonTimesRow): Resolved => {
    const named = stations.get(row.stationName) ?? [];
    if (named.length !== 1)
      return {
        column: column.stationName,
        message:
          named.length === 0
            ? {
                'zh-CN': '没有该名称的站点（或不在您的管辖范围内）',
                'en-US': 'No station of this name in your scope',
              }
            : {
                'zh-CN': '有多个同名站点，请先在平台上区分站点名称',
                'en-US': 'Several stations have this name',
              },
      };
    const station = named[0]!;
    const there = activities.filter((a) => a.stationId === station.id && a.title === row.title);
    if (there.length > 1)
      return {
        column: column.title,
        message: {
          'zh-CN': '该站点有多个同名活动，请先在平台上改名区分',
          'en-US': 'Several activities of this title at the station: rename them first',
        },
      };
    const activity = there[0] ?? null;
    if (activity?.participation === 'named')
      return {
        column: column.title,
        message: {
          'zh-CN': '该活动为实名签到，人次由签到计算，请导入活动签到',
          'en-US': 'A named activity counts its attendance: import its attendance instead',
        },
      };
    const onDay = activity
      ? sessions.filter((s) => s.activityId === activity.id && s.heldOn === row.heldOn)
      : [];
    if (onDay.length > 1)
      return {
        column: column.heldOn,
        message: {
          'zh-CN': '该活动在此日期有多个场次，请在平台上修改',
          'en-US': 'The activity has several sessions this day: change them on the platform',
        },
      };
    return { station, activity, existing: onDay[0] ?? null };
  };
}

/** Whether a row says something else of a stored session (a blank volunteer count keeps it). */
const differs = (stored: SessionRow, row: PersonTimesRow) =>
  stored.place !== row.place ||
  stored.durationMinutes !== row.durationMinutes ||
  stored.countedParticipants !== row.countedParticipants ||
  stored.countNote !== row.countNote ||
  (row.volunteerCount !== undefined && stored.volunteerCount !== row.volunteerCount);

/**
 * 社区活动人次 as a sheet, the ledger stations keep today: each row one session of a counted
 * activity — station, title, day, place, how long, how many took part and how that was counted,
 * volunteers. Keyed by station, title and day: a second import of the file changes nothing; a
 * corrected number updates the session through the session form's own rules.
 */
export function personTimesImport(deps: {
  database: Database;
  clock: Clock;
  sessions: SessionService;
}): ImportKind<PersonTimesRow> {
  const { database, clock, sessions } = deps;
  const today = () => chinaToday(clock());

  async function commit(
    tx: Transaction,
    actor: Actor,
    row: PersonTimesRow,
    source: ImportSource,
  ): Promise<CommitOutcome> {
    const found = (await resolve(tx, actor, [row]))(row);
    if ('message' in found)
      throw staleUpload({
        'zh-CN': `${row.title}（${row.heldOn}）：${found.message['zh-CN']}`,
        'en-US': `${row.title} (${row.heldOn}): ${found.message['en-US']}`,
      });
    const activity =
      found.activity ??
      (await insertActivity(
        tx,
        actor,
        found.station,
        {
          activityType: row.activityType,
          title: row.title,
          serviceField: row.serviceField,
          populationGroups: row.populationGroups,
          participation: 'counted',
        },
        source,
      ));
    const owner = activityOwner(activity);
    if (!found.existing) {
      await sessions.insert(tx, actor, owner, sessionFields(row), source);
      return 'created';
    }
    if (!differs(found.existing, row)) return 'unchanged';
    await sessions.saveChanges(
      tx,
      actor,
      { session: found.existing, owner },
      {
        place: row.place,
        durationMinutes: row.durationMinutes,
        countedParticipants: row.countedParticipants,
        countNote: row.countNote,
        ...(row.volunteerCount === undefined ? {} : { volunteerCount: row.volunteerCount }),
      },
      source,
    );
    return 'updated';
  }

  return {
    kind: 'activity_person_times',
    title: { 'zh-CN': '社区活动人次', 'en-US': 'Community activity person-times' },
    permission: 'groupwork:work',
    schema: personTimesRowSchema,
    subject: { name: 'title' },
    columns: [
      {
        key: 'stationName',
        header: { 'zh-CN': column.stationName, 'en-US': 'Station' },
        kind: 'text',
        required: true,
        example: '新华路街道社会工作服务站',
        note: { 'zh-CN': '与平台上的站点名称一致', 'en-US': 'As the station is named here' },
      },
      {
        key: 'title',
        header: { 'zh-CN': column.title, 'en-US': 'Activity' },
        kind: 'text',
        required: true,
        example: '社区义诊',
        note: {
          'zh-CN': '同一站点同名的计数活动归为一项；没有则新建',
          'en-US': 'One counted activity per station and title; made if missing',
        },
      },
      {
        key: 'activityType',
        header: { 'zh-CN': '活动类型', 'en-US': 'Type' },
        kind: 'enum',
        required: true,
        options: activityTypes,
        note: {
          'zh-CN': '新建活动时使用；已有的活动以平台为准',
          'en-US': 'Used for a new activity; an existing one keeps its own',
        },
      },
      {
        key: 'serviceField',
        header: { 'zh-CN': '服务领域', 'en-US': 'Service field' },
        kind: 'enum',
        required: true,
        options: serviceFields,
      },
      {
        key: 'populationGroups',
        header: { 'zh-CN': '服务人群', 'en-US': 'Population groups' },
        kind: 'enum-list',
        required: false,
        options: populationGroups,
      },
      {
        key: 'heldOn',
        header: { 'zh-CN': column.heldOn, 'en-US': 'Date' },
        kind: 'date',
        required: true,
        example: '2026-10-29',
      },
      {
        key: 'place',
        header: { 'zh-CN': '地点', 'en-US': 'Place' },
        kind: 'text',
        required: true,
        example: '社区文化广场',
      },
      {
        key: 'durationMinutes',
        header: { 'zh-CN': '时长（分钟）', 'en-US': 'Minutes' },
        kind: 'integer',
        required: true,
        example: '120',
      },
      {
        key: 'countedParticipants',
        header: { 'zh-CN': column.countedParticipants, 'en-US': 'Person-times' },
        kind: 'integer',
        required: true,
        example: '85',
        note: {
          'zh-CN': '到场参与的人数；未来日期的场次不能填写',
          'en-US': 'Those who took part; none for a day still to come',
        },
      },
      {
        key: 'countNote',
        header: { 'zh-CN': column.countNote, 'en-US': 'How counted' },
        kind: 'text',
        required: true,
        example: '签到表计数',
      },
      {
        key: 'volunteerCount',
        header: { 'zh-CN': column.volunteerCount, 'en-US': 'Volunteers' },
        kind: 'integer',
        required: false,
      },
    ],

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const find = await withScope(database, actor, (tx) =>
        resolve(
          tx,
          actor,
          rows.map((r) => r.input),
        ),
      );
      const day = today();
      for (const { rowNumber, input } of rows) {
        const found = find(input);
        if ('message' in found) {
          problems.add(rowNumber, found.column, found.message);
          continue;
        }
        for (const problem of sessionProblems(sessionFields(input), 'counted', day))
          problems.add(
            rowNumber,
            column[problem.field as keyof typeof column] ?? problem.field,
            problem.message,
          );
        firstWithKey(
          firstRowOf,
          `${found.station.id}:${input.title}:${input.heldOn}`,
          rowNumber,
          problems,
          column.heldOn,
        );
      }
      return problems.byRow;
    },

    commit,
  };
}
