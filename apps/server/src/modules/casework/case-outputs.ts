import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { chinaToday } from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { startsWith } from '../../db/text-prefix';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { caseContacts, cases } from './casework.table';

/** What other modules ask of case work's counts: a period, and where (as person-times asks). */
export interface CaseCountFilter {
  /** First and last day counted (`YYYY-MM-DD`); days still to come never count. */
  from: string;
  to: string;
  region?: string;
  stationIds?: readonly string[];
  organisationIds?: readonly string[];
}

/** Cases opened and closed and contacts made at a station for an organisation in a month. */
export interface CasesByMonth {
  stationId: string;
  organisationId: string;
  regionCode: string;
  /** `YYYY-MM`. */
  month: string;
  /** Cases taken in (开案, not 不接案) in the month. */
  opened: number;
  /** Cases closed (结案, approved) in the month. */
  closed: number;
  /** Contacts made (not attempted) and their minutes: the case work's service hours. */
  contacts: number;
  contactMinutes: number;
}

/**
 * Counts of case work per station, organisation and month, for a contract's indicators: never a
 * name or a word of content. Officers (cases:statistics) count every organisation of their
 * region; those who do the work, their own organisation's only.
 */
export function createCaseOutputs({ clock }: { clock: Clock }) {
  return async function casesByStationMonth(
    tx: Transaction,
    actor: Actor,
    filter: CaseCountFilter,
  ): Promise<CasesByMonth[]> {
    const today = chinaToday(clock());
    const last = filter.to < today ? filter.to : today;
    const where = and(
      inRegionScope(cases.regionCode, actor),
      actor.permissions.has('cases:statistics')
        ? undefined
        : eq(cases.organisationId, organisationOf(actor)),
      filter.region ? startsWith(cases.regionCode, filter.region) : undefined,
      filter.stationIds ? isAnyOf(cases.stationId, filter.stationIds) : undefined,
      filter.organisationIds ? isAnyOf(cases.organisationId, filter.organisationIds) : undefined,
    );
    const between = (column: AnyColumn | SQL) => sql`${column} between ${filter.from} and ${last}`;
    const key = {
      stationId: cases.stationId,
      organisationId: cases.organisationId,
      regionCode: cases.regionCode,
    };
    const openedMonth = sql<string>`to_char(${cases.openedOn}, 'YYYY-MM')`;
    const closedMonth = sql<string>`to_char(${cases.closedOn}, 'YYYY-MM')`;
    const contactDay = sql`(${caseContacts.occurredAt} at time zone 'Asia/Shanghai')::date`;
    const contactMonth = sql<string>`to_char(${contactDay}, 'YYYY-MM')`;
    const [opened, closed, contacts] = await Promise.all([
      tx
        .select({ ...key, month: openedMonth, n: sql<number>`count(*)::int` })
        .from(cases)
        .where(and(where, sql`${cases.status} <> 'not_taken'`, between(cases.openedOn)))
        .groupBy(cases.stationId, cases.organisationId, cases.regionCode, openedMonth),
      tx
        .select({ ...key, month: closedMonth, n: sql<number>`count(*)::int` })
        .from(cases)
        .where(and(where, sql`${cases.status} = 'closed'`, between(cases.closedOn)))
        .groupBy(cases.stationId, cases.organisationId, cases.regionCode, closedMonth),
      tx
        .select({
          ...key,
          month: contactMonth,
          n: sql<number>`count(*)::int`,
          minutes: sql<number>`coalesce(sum(${caseContacts.durationMinutes}), 0)::int`,
        })
        .from(caseContacts)
        .innerJoin(cases, eq(cases.id, caseContacts.caseId))
        .where(and(where, sql`not ${caseContacts.attempted}`, between(contactDay)))
        .groupBy(cases.stationId, cases.organisationId, cases.regionCode, contactMonth),
    ]);
    const rows = new Map<string, CasesByMonth>();
    const rowOf = (r: Omit<CasesByMonth, 'opened' | 'closed' | 'contacts' | 'contactMinutes'>) => {
      const id = `${r.stationId}|${r.organisationId}|${r.month}`;
      let row = rows.get(id);
      if (!row) {
        row = { ...r, opened: 0, closed: 0, contacts: 0, contactMinutes: 0 };
        rows.set(id, row);
      }
      return row;
    };
    for (const { n, ...r } of opened) rowOf(r).opened = n;
    for (const { n, ...r } of closed) rowOf(r).closed = n;
    for (const { n, minutes, ...r } of contacts) {
      const row = rowOf(r);
      row.contacts = n;
      row.contactMinutes = minutes;
    }
    return [...rows.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.stationId.localeCompare(b.stationId),
    );
  };
}

export type CaseOutputs = ReturnType<typeof createCaseOutputs>;
