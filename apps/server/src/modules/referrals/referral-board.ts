import { and, asc, gte, lt, sql, type SQL } from 'drizzle-orm';
import {
  addDays,
  chinaToday,
  maskName,
  type ReferralBoard,
  type ReferralBoardQuery,
  type ReferralFigures,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { invalidField } from '../../platform/errors/app-error';
import { childDivisionSql, type DivisionService } from '../divisions';
import { referrals } from './referrals.table';

/** Midnight in Shanghai at the start of a day. */
const startOf = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** The counts and timeliness of the referrals a condition selects, as SQL aggregates. */
function figureColumns(now: Date) {
  const n = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const status = (code: string) => n(sql`${referrals.status} = ${code}`);
  return {
    sent: sql<number>`count(*)::int`,
    pending: status('pending'),
    accepted: status('accepted'),
    refused: status('refused'),
    done: status('done'),
    revoked: status('revoked'),
    overdue: n(
      sql`(${referrals.status} = 'pending' and ${referrals.answerDueAt} < ${now})
        or (${referrals.status} = 'accepted' and ${referrals.reportDueAt} < ${now})`,
    ),
    answered: n(sql`${referrals.answeredAt} is not null`),
    answeredLate: n(sql`${referrals.answeredAt} > ${referrals.answerDueAt}`),
    reportedLate: n(sql`${referrals.doneAt} > ${referrals.reportDueAt}`),
    medianAnswerHours: sql<number | null>`percentile_cont(0.5) within group (order by
      extract(epoch from ${referrals.answeredAt} - ${referrals.sentAt}) / 3600)`,
  };
}

const rounded = (figures: ReferralFigures): ReferralFigures => ({
  ...figures,
  medianAnswerHours:
    figures.medianAnswerHours === null
      ? null
      : Math.round(Number(figures.medianAnswerHours) * 10) / 10,
});

/**
 * The officers' board (督导看板): the referrals of clients living in a region, sent in a period —
 * how many were sent, answered, refused, done, revoked, how many are past a deadline now, how
 * late the answers and results came, the median time to answer — by division, and the overdue
 * ones de-identified (the client's name masked, nothing of what they share).
 */
export function createReferralBoard({
  database,
  clock,
  divisions,
}: {
  database: Database;
  clock: Clock;
  divisions: Pick<DivisionService, 'describeRegions' | 'children'>;
}) {
  return async function board(actor: Actor, query: ReferralBoardQuery): Promise<ReferralBoard> {
    const region = regionWithinScope(actor, query.region);
    const now = clock();
    const today = chinaToday(now);
    const from = query.from ?? `${today.slice(0, 4)}-01-01`;
    const to = query.to ?? today;
    if (to < from)
      throw invalidField('query.to', {
        'zh-CN': '结束日期不能早于开始日期',
        'en-US': 'The end cannot come before the start',
      });
    const where = and(
      inRegionScope(referrals.regionCode, actor),
      startsWith(referrals.regionCode, region),
      gte(referrals.sentAt, startOf(from)),
      lt(referrals.sentAt, startOf(addDays(to, 1))),
    );
    const children = await divisions.children(region);
    const child = childDivisionSql(referrals.regionCode, region, children);
    const columns = figureColumns(now);
    const { totals, byChild, overdue } = await withScope(database, actor, async (tx) => {
      const [totals] = await tx.select(columns).from(referrals).where(where);
      const byChild = children.length
        ? await tx
            .select({ child: sql<string>`${child}`, ...columns })
            .from(referrals)
            .where(where)
            .groupBy(sql`1`)
        : [];
      const overdue = await tx
        .select({
          id: referrals.id,
          clientName: referrals.clientName,
          regionCode: referrals.regionCode,
          senderName: referrals.senderOrganisationName,
          receiverName: referrals.receiverName,
          status: referrals.status,
          sentAt: referrals.sentAt,
          dueAt: sql<Date>`case when ${referrals.status} = 'pending' then ${referrals.answerDueAt}
            else ${referrals.reportDueAt} end`.mapWith(referrals.answerDueAt),
        })
        .from(referrals)
        .where(
          and(
            where,
            sql`((${referrals.status} = 'pending' and ${referrals.answerDueAt} < ${now})
              or (${referrals.status} = 'accepted' and ${referrals.reportDueAt} < ${now}))`,
          ),
        )
        .orderBy(asc(referrals.sentAt))
        .limit(50);
      return { totals: totals!, byChild, overdue };
    });
    const language = actor.request.language;
    const names = await divisions.describeRegions(
      [region, ...overdue.map((r) => r.regionCode)],
      language,
    );
    const counted = new Map(byChild.map(({ child, ...figures }) => [child, figures]));
    const empty: ReferralFigures = {
      sent: 0,
      pending: 0,
      accepted: 0,
      refused: 0,
      done: 0,
      revoked: 0,
      overdue: 0,
      answered: 0,
      answeredLate: 0,
      reportedLate: 0,
      medianAnswerHours: null,
    };
    return {
      regionCode: region,
      regionName: names.get(region) ?? region,
      from,
      to,
      totals: rounded(totals),
      byRegion: children.map((child) => ({
        regionCode: child.code,
        regionName: child.name,
        ...rounded(counted.get(child.code) ?? empty),
      })),
      overdueReferrals: overdue.map((r) => ({
        id: r.id,
        clientName: maskName(r.clientName),
        regionName: names.get(r.regionCode) ?? r.regionCode,
        senderName: r.senderName,
        receiverName: r.receiverName,
        status: r.status as ReferralBoard['overdueReferrals'][number]['status'],
        sentAt: r.sentAt.toISOString(),
        dueAt: new Date(r.dueAt).toISOString(),
      })),
    };
  };
}

export type ReferralBoardService = ReturnType<typeof createReferralBoard>;
