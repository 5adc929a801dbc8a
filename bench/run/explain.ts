import { parseArgs } from 'node:util';
import { chinaToday } from '@shegong/domain';
import { scales } from '../generate/scales';
import { databaseKindOf, runMain, scaleOf } from '../lib/options';
import { benchTarget } from '../lib/targets';
import { benchCounty } from './bench-accounts';
import { readFixtures } from './fixtures';
import { openRawDriver, type Query, type RawDriver, type Row } from './raw-driver';
import { buildPurchaseScenarios } from './purchase-scenarios';
import { buildEvaluationScenarios } from './evaluation-scenarios';
import { buildScenarios, StationPool, type Scenario } from './scenarios';
import { buildServiceScenarios } from './service-scenarios';
import { buildTalentScenarios } from './talent-scenarios';

const usage = `usage: npx tsx bench/run/explain.ts [--db pglite|postgres] [--scale small|province]
                                  [--only <text>] [--min-ms 2] [--plans 5]

Runs each endpoint's hand-written SQL (bench/run/raw-*.ts) once as the app does: as the role
shegong_app with the account's scope set, so row-level security applies. Prints every statement
with its EXPLAIN (ANALYZE, BUFFERS) time, slowest first, and the whole plans of the slowest.
Changes roll back. Needs an existing bench dataset (npm run gen).`;

interface Explained {
  endpoint: string;
  sql: string;
  ms: number;
  plan: string[];
}

const scopeOf = (scenario: Scenario, province: string, worker?: string) =>
  scenario.as === 'county' ? benchCounty : scenario.as === 'worker' && worker ? worker : province;

/** A driver whose transactions run as the app role and explain every read they send. */
function explainingDriver(driver: RawDriver, scenario: Scenario, scope: string, out: Explained[]) {
  return {
    ...driver,
    transaction: <T>(work: (query: Query) => Promise<T>) =>
      driver
        .transaction(async (query) => {
          await query(
            `select set_config('role', 'shegong_app', true), set_config('shegong.scope', $1, true)`,
            [`scope:${scope}`],
          );
          const explaining: Query = async (text, params = []) => {
            const rows = await query(text, params);
            if (/^\s*(select|with)/i.test(text)) {
              const plan = await query(`explain (analyze, buffers) ${text}`, params);
              const lines = plan.map((r: Row) => String(r['QUERY PLAN']));
              const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? 0);
              out.push({
                endpoint: scenario.name,
                sql: text.replace(/\s+/g, ' ').trim(),
                ms,
                plan: lines,
              });
            }
            return rows;
          };
          const result = await work(explaining);
          throw Object.assign(new Error('rollback'), { result });
        })
        .catch((error: { message?: string; result?: T }) => {
          if (error.message === 'rollback') return error.result as T;
          throw error;
        }),
  };
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      scale: { type: 'string' },
      only: { type: 'string' },
      'min-ms': { type: 'string', default: '2' },
      plans: { type: 'string', default: '5' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const scale = scales[scaleOf(values.scale)];
  const driver = await openRawDriver(benchTarget(databaseKindOf(values.db), scale.name));
  try {
    const fixtures = await readFixtures(driver.query, scale, []);
    const day = chinaToday();
    const scenarios = [
      ...buildScenarios(fixtures, day, new StationPool(fixtures.stations)),
      ...buildTalentScenarios(fixtures, day),
      ...buildServiceScenarios(fixtures, day),
      ...buildPurchaseScenarios(fixtures),
      ...buildEvaluationScenarios(fixtures),
    ].filter((s) => !values.only || s.name.includes(values.only));
    const out: Explained[] = [];
    for (const scenario of scenarios)
      await scenario.raw(
        explainingDriver(
          driver,
          scenario,
          scopeOf(scenario, fixtures.scope, fixtures.service.worker?.regionCode),
          out,
        ),
      );
    const slow = out.filter((e) => e.ms >= Number(values['min-ms'])).sort((a, b) => b.ms - a.ms);
    for (const e of slow)
      console.log(`${e.ms.toFixed(1).padStart(8)} ms  ${e.endpoint}: ${e.sql.slice(0, 140)}`);
    for (const e of slow.slice(0, Number(values.plans)))
      console.log(`\n--- ${e.endpoint} (${e.ms} ms)\n${e.sql}\n${e.plan.join('\n')}`);
  } finally {
    await driver.close();
  }
});
