import {
  periodsOf,
  regionContains,
  type IndicatorPeriod,
  type ServiceOutputCounts,
  type ServiceOutputQuery,
  type ServiceOutputs,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { notFound } from '../../platform/errors/app-error';
import type { ModuleServices } from '../../platform/modules/define-module';

/** Where the records are counted: divisions (prefixes) and stations; neither given, the scope. */
export interface ServiceArea {
  regions: readonly string[];
  stationIds: readonly string[];
}

export interface OutputDeps {
  database: Database;
  casework: Pick<ModuleServices['casework'], 'casesByStationMonth'>;
  groupwork: Pick<ModuleServices['groupwork'], 'personTimesByStationMonth'>;
  organisations: Pick<ModuleServices['organisations'], 'namesOf'>;
}

const zero = (): ServiceOutputCounts => ({
  casesOpened: 0,
  casesClosed: 0,
  groupSessions: 0,
  activitySessions: 0,
  groupPersonTimes: 0,
  activityPersonTimes: 0,
  personTimes: 0,
  workHours: 0,
});

interface PlacedCounts {
  stationId: string;
  regionCode: string;
  counts: ServiceOutputCounts;
  minutes: number;
}

/**
 * 服务产出 of an organisation: what its cases, groups and community activities add up to in an
 * area and a period — the figures a contract's indicators fill from (issue 16 item 6). Counts
 * only, read through casework's and groupwork's own queries in the actor's scope.
 */
export function createServiceOutputs(deps: OutputDeps) {
  const { database, casework, groupwork, organisations } = deps;

  /** The counts per period in `tx`: each period is one pair of aggregate queries. */
  async function outputsIn(
    tx: Transaction,
    actor: Actor,
    input: {
      organisationId: string;
      area: ServiceArea;
      from: string;
      to: string;
      period: IndicatorPeriod;
    },
  ): Promise<{ periods: (ServiceOutputCounts & { key: string; from: string; to: string })[] }> {
    const { area } = input;
    const inArea = (row: { stationId: string; regionCode: string }) =>
      (area.regions.length === 0 && area.stationIds.length === 0) ||
      area.stationIds.includes(row.stationId) ||
      area.regions.some((code) => regionContains(code, row.regionCode));
    const periods = periodsOf(input.from, input.to, input.period);
    const answered = [];
    for (const period of periods) {
      const filter = {
        from: period.from,
        to: period.to,
        organisationIds: [input.organisationId],
      };
      const [cases, sessions] = await Promise.all([
        casework.casesByStationMonth(tx, actor, filter),
        groupwork.personTimesByStationMonth(tx, actor, filter),
      ]);
      const rows: PlacedCounts[] = [];
      for (const r of cases.filter(inArea))
        rows.push({
          ...r,
          counts: { ...zero(), casesOpened: r.opened, casesClosed: r.closed },
          minutes: r.contactMinutes,
        });
      for (const r of sessions.filter(inArea))
        rows.push({
          ...r,
          counts: {
            ...zero(),
            groupSessions: r.groupSessions,
            activitySessions: r.activitySessions,
            groupPersonTimes: r.groupPersonTimes,
            activityPersonTimes: r.activityPersonTimes,
            personTimes: r.personTimes,
          },
          minutes: r.sessionMinutes,
        });
      answered.push({ ...period, ...sum(rows) });
    }
    return { periods: answered };
  }

  function sum(rows: readonly PlacedCounts[]): ServiceOutputCounts {
    const total = zero();
    let minutes = 0;
    for (const row of rows) {
      for (const key of Object.keys(total) as (keyof ServiceOutputCounts)[])
        total[key] += row.counts[key];
      minutes += row.minutes;
    }
    total.workHours = Math.round(minutes / 6) / 10;
    return total;
  }

  function totalOf(periods: readonly ServiceOutputCounts[]): ServiceOutputCounts {
    const total = zero();
    for (const p of periods)
      for (const key of Object.keys(total) as (keyof ServiceOutputCounts)[]) total[key] += p[key];
    total.workHours = Math.round(total.workHours * 10) / 10;
    return total;
  }

  return {
    outputsIn,
    totalOf,

    /** The outputs page: an organisation the reader sees, in an area inside the reader's scope. */
    async outputs(actor: Actor, query: ServiceOutputQuery): Promise<ServiceOutputs> {
      const names = await organisations.namesOf(actor, [query.organisationId]);
      const name = names.get(query.organisationId);
      // The provider's administrator counts its own organisation only.
      const own =
        actor.permissions.has('contracts:read') || actor.organisationId === query.organisationId;
      if (!name || !own) throw notFound({ 'zh-CN': '社会组织', 'en-US': 'Organisation' });
      const { periods } = await withScope(database, actor, (tx) =>
        outputsIn(tx, actor, {
          organisationId: query.organisationId,
          area: { regions: query.regions ?? [], stationIds: query.stationIds ?? [] },
          from: query.from,
          to: query.to,
          period: query.period,
        }),
      );
      return {
        organisationId: query.organisationId,
        organisationName: name,
        from: query.from,
        to: query.to,
        periods,
        total: totalOf(periods),
      };
    },
  };
}

export type ServiceOutputService = ReturnType<typeof createServiceOutputs>;
