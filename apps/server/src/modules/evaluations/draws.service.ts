import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import {
  addDays,
  auditNote,
  chinaToday,
  drawSample,
  projectTypes,
  runsAYearOrMore,
  type DrawSpotCheck,
  type SpotCheckDraw,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ContractServices } from '../contracts';
import { evaluationDraws, evaluationRounds } from './evaluations.table';
import { refused } from './round-store';
import type { RoundService } from './rounds.service';

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'namesOf'>;
  projects: Pick<ModuleServices['projects'], 'titlesOf'>;
  contracts: Pick<ContractServices, 'contractsInService'>;
  rounds: Pick<RoundService, 'openRounds'>;
}

type DrawRow = typeof evaluationDraws.$inferSelect;

/** A stratum's key: the county and the project type (`520102|station_operation`). */
const stratumOf = (regionCode: string, type: string) => `${regionCode.slice(0, 6)}|${type}`;

/**
 * 抽查抽签: once a year per region, a reproducible draw of the projects running a year or more,
 * stratified by county and type; each drawn project gets a spot-check round.
 */
export function createDrawService(deps: Deps) {
  const { database, clock, divisions, projects, contracts, rounds } = deps;

  /** Draws with what each drew, in two queries whatever their number. */
  async function presentAll(tx: Transaction, rows: DrawRow[]): Promise<SpotCheckDraw[]> {
    if (rows.length === 0) return [];
    const chosen = await tx
      .select({
        drawId: evaluationRounds.drawId,
        contractId: evaluationRounds.contractId,
        projectTitle: evaluationRounds.projectTitle,
        providerName: evaluationRounds.providerName,
        roundId: evaluationRounds.id,
      })
      .from(evaluationRounds)
      .where(
        isAnyOf(
          evaluationRounds.drawId,
          rows.map((r) => r.id),
        ),
      );
    const names = await divisions.namesOf(
      rows.flatMap((r) => [r.regionCode, ...r.strata.map((s) => s.stratum.split('|')[0]!)]),
    );
    return rows.map((row) => ({
      id: row.id,
      regionCode: row.regionCode,
      regionName: names.get(row.regionCode) ?? row.regionCode,
      year: row.year,
      sharePercent: row.sharePercent,
      seed: row.seed,
      population: row.population,
      strata: row.strata.map((s) => {
        const [region, type] = s.stratum.split('|') as [string, string];
        const typeName = projectTypes.find((p) => p.code === type)?.['zh-CN'] ?? type;
        return { ...s, label: `${names.get(region) ?? region} · ${typeName}` };
      }),
      chosen: chosen.filter((c) => c.drawId === row.id).map(({ drawId: _, ...rest }) => rest),
      drawnByName: row.drawnByName,
      drawnAt: row.drawnAt.toISOString(),
    }));
  }

  async function draw(actor: Actor, input: DrawSpotCheck): Promise<SpotCheckDraw> {
    return withScope(database, actor, async (tx) => {
      regionWithinScope(actor, input.regionCode, 'body.regionCode');
      const [taken] = await tx
        .select({ id: evaluationDraws.id })
        .from(evaluationDraws)
        .where(
          and(
            eq(evaluationDraws.regionCode, input.regionCode),
            eq(evaluationDraws.year, input.year),
          ),
        );
      if (taken)
        throw refused(`${input.year} 年已抽签，不能重抽`, `The ${input.year} draw is made already`);
      const running = (await contracts.contractsInService(tx, actor, input.regionCode)).filter(
        (c) => c.status === 'in_service' && runsAYearOrMore(c.termStart, c.termEnd),
      );
      const types = await projects.titlesOf(
        tx,
        actor,
        running.map((c) => c.projectId),
      );
      const seed = input.seed ?? randomBytes(8).toString('hex');
      const share = input.sharePercent ?? 30;
      const sample = drawSample(
        running.map((c) => ({
          id: c.id,
          stratum: stratumOf(c.regionCode, types.get(c.projectId)?.type ?? ''),
        })),
        share,
        seed,
      );
      const [row] = await tx
        .insert(evaluationDraws)
        .values({
          id: newId(),
          regionCode: input.regionCode,
          year: input.year,
          sharePercent: share,
          seed,
          population: running.length,
          strata: sample.strata,
          chosenContractIds: sample.chosen,
          drawnBy: actor.accountId,
          drawnByName: actor.realName,
          drawnAt: clock(),
        })
        .returning();
      const dueOn = input.dueOn ?? addDays(chinaToday(clock()), 30);
      await rounds.openRounds(
        tx,
        actor,
        running
          .filter((c) => sample.chosen.includes(c.id))
          .map((contract) => ({
            contract,
            plan: {
              kind: 'spot_check',
              year: input.year,
              dueOn,
              objectionDays: 5,
              drawId: row!.id,
            },
          })),
      );
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'evaluation_draw',
        entityId: row!.id,
        regionCode: input.regionCode,
        detail: auditNote('spot_check_drawn', {
          year: input.year,
          share,
          seed,
          drawn: sample.chosen.length,
          population: running.length,
        }),
      });
      return (await presentAll(tx, [row!]))[0]!;
    });
  }

  async function list(actor: Actor, query: { region?: string | undefined }) {
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select()
        .from(evaluationDraws)
        .where(
          and(
            inRegionScope(evaluationDraws.regionCode, actor),
            query.region ? startsWith(evaluationDraws.regionCode, query.region) : undefined,
          ),
        )
        .orderBy(desc(evaluationDraws.drawnAt))
        .limit(50);
      return presentAll(tx, rows);
    });
  }

  return { draw, list };
}

export type DrawService = ReturnType<typeof createDrawService>;
