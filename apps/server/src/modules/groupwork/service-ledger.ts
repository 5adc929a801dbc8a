import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { and } from 'drizzle-orm';
import {
  activityTypes,
  auditNote,
  chinaToday,
  groupWorkStages,
  labelOf,
  participationModes,
  populationGroups,
  serviceFields,
  type ActivityType,
  type GroupWorkStage,
  type Language,
  type ParticipationMode,
  type PopulationGroup,
  type ServiceField,
  type StationMonthQuery,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { notFound } from '../../platform/errors/app-error';
import { attachment } from '../../platform/export/content-disposition';
import ExcelJS from '../../platform/export/exceljs';
import { stationsInScope } from '../stations';
import { identifies, visibleTo } from './groupwork-scope';
import { communityActivities, serviceGroups } from './groupwork.table';
import { namesFor, type RecordDeps } from './groups.service';
import { sessionsOfMonth } from './person-times.service';

type Cell = string | number | null;
interface LedgerSheet {
  name: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

const say = (language: Language, zh: string, en: string) => (language === 'zh-CN' ? zh : en);

/** Writes the sheets into an .xlsx download: a station's month is small, so it is read first. */
function sendWorkbook(reply: FastifyReply, filename: string, sheets: LedgerSheet[]) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  void (async () => {
    try {
      for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheet.name);
        worksheet.columns = sheet.columns.map((c, i) => ({ ...c, key: String(i) }));
        worksheet.getRow(1).font = { bold: true };
        for (const row of sheet.rows) worksheet.addRow(row).commit();
        worksheet.commit();
      }
      await workbook.commit();
    } catch (error) {
      reply.log.error({ err: error }, 'service ledger export failed');
      stream.destroy(error as Error);
    }
  })();
  return reply
    .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('Content-Disposition', attachment(filename))
    .send(stream);
}

/**
 * 服务台账: a station's month as a workbook — its groups, the sessions held, its community
 * activities and the person-times. No person is named; a session's notes only for the
 * organisation that held it. Case contacts (个案) are the casework module's and not in it yet.
 */
export function serviceLedger(
  deps: Pick<RecordDeps, 'database' | 'clock' | 'divisions' | 'organisations'>,
) {
  const { database, clock } = deps;
  return async (actor: Actor, query: StationMonthQuery, reply: FastifyReply) => {
    const language = actor.request.language;
    const data = await withScope(database, actor, async (tx) => {
      const station = (await stationsInScope(tx, actor, [query.stationId])).get(query.stationId);
      if (!station) throw notFound({ 'zh-CN': '服务站点', 'en-US': 'Station' });
      const sessions = await sessionsOfMonth(tx, actor, query, chinaToday(clock()));
      const groupIds = [...new Set(sessions.flatMap((s) => (s.groupId ? [s.groupId] : [])))];
      const activityIds = [
        ...new Set(sessions.flatMap((s) => (s.activityId ? [s.activityId] : []))),
      ];
      const [groups, activities] = await Promise.all([
        groupIds.length
          ? tx
              .select()
              .from(serviceGroups)
              .where(and(isAnyOf(serviceGroups.id, groupIds), visibleTo(actor, serviceGroups)))
          : Promise.resolve([]),
        activityIds.length
          ? tx
              .select()
              .from(communityActivities)
              .where(
                and(
                  isAnyOf(communityActivities.id, activityIds),
                  visibleTo(actor, communityActivities),
                ),
              )
          : Promise.resolve([]),
      ]);
      // Every group and activity of the sheets has a session here, of its own organisation.
      const names = await namesFor(deps, tx, actor, sessions);
      const region = await deps.divisions.describeRegions([station.regionCode], language);
      await recordAudit(tx, actor, {
        action: 'export',
        entityType: 'service_ledger',
        entityId: station.id,
        regionCode: station.regionCode,
        detail: auditNote('export_filters', { filters: { ...query } }),
      });
      return { station, sessions, groups, activities, names, region };
    });
    const { station, sessions, groups, activities, names, region } = data;
    const of = (id: string) => sessions.filter((s) => s.groupId === id || s.activityId === id);
    const personTimes = (list: typeof sessions) => list.reduce((n, s) => n + s.personTimes, 0);
    const volunteers = (list: typeof sessions) => list.reduce((n, s) => n + s.volunteerCount, 0);
    const groupSessions = sessions.filter((s) => s.groupId);
    const activitySessions = sessions.filter((s) => s.activityId);
    const enumLabel = <T extends { code: string; 'zh-CN': string; 'en-US': string }>(
      list: readonly T[],
      code: string,
    ) => labelOf(list, code as T['code'], language);
    const h = (zh: string, en: string, width = 16) => ({ header: say(language, zh, en), width });

    const sheets: LedgerSheet[] = [
      {
        name: say(language, '汇总', 'Summary'),
        columns: [h('项目', 'Item', 24), h('数值', 'Value', 40)],
        rows: [
          [say(language, '站点', 'Station'), station.name],
          [
            say(language, '所在区划', 'Region'),
            region.get(station.regionCode) ?? station.regionCode,
          ],
          [say(language, '月份', 'Month'), query.month],
          [say(language, '小组节次', 'Group sessions'), groupSessions.length],
          [say(language, '小组人次', 'Group person-times'), personTimes(groupSessions)],
          [say(language, '社区活动场次', 'Activity sessions'), activitySessions.length],
          [say(language, '社区活动人次', 'Activity person-times'), personTimes(activitySessions)],
          [say(language, '服务人次合计', 'Person-times in all'), personTimes(sessions)],
          [say(language, '志愿者人次', 'Volunteer attendances'), volunteers(sessions)],
          [
            say(language, '说明', 'Note'),
            say(
              language,
              '人次只计出席：登记而缺席、请假的不计；计数活动按登记的参与人数。个案服务记录待个案模块接入。',
              'Person-times count attendance only (absent or excused do not count); counted activities count their number. Case contacts come with the casework module.',
            ),
          ],
        ],
      },
      {
        name: say(language, '小组', 'Groups'),
        columns: [
          h('小组名称', 'Group', 24),
          h('机构', 'Organisation', 24),
          h('阶段', 'Stage', 10),
          h('服务领域', 'Service field'),
          h('服务人群', 'Population groups', 24),
          h('计划节数', 'Planned sessions', 10),
          h('本月节次', 'Sessions this month', 10),
          h('本月人次', 'Person-times this month', 10),
        ],
        rows: groups.map((g) => [
          g.name,
          names.organisation(g.organisationId),
          enumLabel(groupWorkStages, g.stage as GroupWorkStage),
          enumLabel(serviceFields, g.serviceField as ServiceField),
          (g.populationGroups as PopulationGroup[])
            .map((p) => enumLabel(populationGroups, p))
            .join(say(language, '、', ', ')),
          g.plannedSessions,
          of(g.id).length,
          personTimes(of(g.id)),
        ]),
      },
      {
        name: say(language, '社区活动', 'Activities'),
        columns: [
          h('活动名称', 'Activity', 24),
          h('机构', 'Organisation', 24),
          h('类型', 'Type', 12),
          h('服务领域', 'Service field'),
          h('登记方式', 'Participation', 12),
          h('本月场次', 'Sessions this month', 10),
          h('本月人次', 'Person-times this month', 10),
          h('志愿者人次', 'Volunteer attendances', 10),
        ],
        rows: activities.map((a) => [
          a.title,
          names.organisation(a.organisationId),
          enumLabel(activityTypes, a.activityType as ActivityType),
          enumLabel(serviceFields, a.serviceField as ServiceField),
          enumLabel(participationModes, a.participation as ParticipationMode),
          of(a.id).length,
          personTimes(of(a.id)),
          volunteers(of(a.id)),
        ]),
      },
      {
        name: say(language, '节次与场次', 'Sessions'),
        columns: [
          h('日期', 'Date', 12),
          h('类别', 'Kind', 10),
          h('小组或活动', 'Group or activity', 24),
          h('机构', 'Organisation', 24),
          h('主题或地点', 'Topic or place', 24),
          h('时长（分钟）', 'Minutes', 10),
          h('人次', 'Person-times', 8),
          h('统计方式', 'How counted', 16),
          h('志愿者人数', 'Volunteers', 10),
          h('内容摘要', 'Summary', 40),
        ],
        rows: sessions.map((s) => [
          s.heldOn,
          s.groupId ? say(language, '小组', 'Group') : say(language, '社区活动', 'Activity'),
          s.title,
          names.organisation(s.organisationId),
          s.topic ?? s.place,
          s.durationMinutes,
          s.personTimes,
          s.countNote,
          s.volunteerCount,
          identifies(actor, s.organisationId) ? s.contentSummary : null,
        ]),
      },
    ];
    const filename = `${say(language, '服务台账', 'service-ledger')}-${station.name}-${query.month}.xlsx`;
    return sendWorkbook(reply, filename, sheets);
  };
}

export type ServiceLedger = ReturnType<typeof serviceLedger>;
