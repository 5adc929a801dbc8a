import { parseArgs } from 'node:util';
import { chinaToday } from '@shegong/domain';
import { ensureDataset } from '../generate/ensure-dataset';
import { scales } from '../generate/scales';
import { databaseKindOf, runMain, scaleOf, seedOf, UsageError } from '../lib/options';
import { benchTarget } from '../lib/targets';
import { measureApp } from './app-phase';
import { benchAccounts, ensureBenchAccounts, signInBenchAccounts } from './bench-accounts';
import { readFixtures } from './fixtures';
import { copyBaseline, importRows, measureImport } from './import-bench';
import { describeMachine, loadAverageNow } from './machine';
import { openRawDriver } from './raw-driver';
import { measureRaw } from './raw-phase';
import { formatTable, saveResult, type BenchResult } from './report';
import { buildScenarios, StationPool } from './scenarios';
import { buildServiceScenarios } from './service-scenarios';
import { buildPurchaseScenarios } from './purchase-scenarios';
import { buildEvaluationScenarios } from './evaluation-scenarios';
import { buildTalentScenarios } from './talent-scenarios';
import { ensureServerBuilt } from './server-build';
import { memoryOf, startServer } from './server-process';
import {
  measureWorkerImport,
  removeImportedWorkers,
  workerCopyBaseline,
  workerImportRows,
} from './worker-import-bench';

const usage = `usage: npm run bench -- [--db pglite|postgres] [--scale small|province] [--seed N]
                        [--levels 1,8,32] [--seconds 3] [--max-requests 4000]
                        [--raw-seconds 1.5] [--import-rows N] [--worker-import-rows N]
                        [--only <text>] [--cpu-prof] [--server-node-args "<args>"] [--regenerate]

Builds the server if needed, generates the scale into its own database if absent, measures the
raw queries, starts the built server and drives the request mix with autocannon at each level
(talent endpoints up to 8), imports organisations, then imports workers through a fresh server.
Prints one table; writes bench/results/<date>-<db>-<scale>.json. PostgreSQL: the database
shegong_bench_<scale> on BENCH_DATABASE_URL (default postgres://postgres:postgres@127.0.0.1:5432/postgres).
--only keeps the endpoints whose name contains the text (or any of several, comma-separated); --cpu-prof profiles the worker import;
--server-node-args go to node in both server processes (e.g. "--max-old-space-size=192").`;

function numbers(value: string, flag: string, integers = true): number[] {
  const list = value.split(',').map(Number);
  if (list.some((x) => !(x > 0) || (integers && !Number.isInteger(x))))
    throw new UsageError(`${flag} takes positive ${integers ? 'integers' : 'numbers'}`);
  return list;
}
const one = (value: string, flag: string, integers = true) => numbers(value, flag, integers)[0]!;

runMain(async () => {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      scale: { type: 'string' },
      seed: { type: 'string' },
      levels: { type: 'string', default: '1,8,32' },
      seconds: { type: 'string', default: '3' },
      'max-requests': { type: 'string', default: '4000' },
      'raw-seconds': { type: 'string', default: '1.5' },
      'import-rows': { type: 'string' },
      'worker-import-rows': { type: 'string' },
      only: { type: 'string' },
      'cpu-prof': { type: 'boolean', default: false },
      'server-node-args': { type: 'string', default: '' },
      regenerate: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const started = performance.now();
  const log = (line: string) =>
    console.log(
      `bench: ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${line}`,
    );
  const db = databaseKindOf(values.db);
  const scale = scales[scaleOf(values.scale)];
  if (scale.postgresOnly && db === 'pglite')
    throw new UsageError(`${scale.name} runs on PostgreSQL only`);
  const levels = numbers(values.levels, '--levels');
  const bounds = {
    seconds: one(values.seconds, '--seconds', false),
    maxRequests: one(values['max-requests'], '--max-requests'),
  };
  const rawSeconds = one(values['raw-seconds'], '--raw-seconds', false);
  const importCount = values['import-rows']
    ? one(values['import-rows'], '--import-rows')
    : scale.importRows;
  const workerImportCount = values['worker-import-rows']
    ? one(values['worker-import-rows'], '--worker-import-rows')
    : scale.workerImportRows;
  const target = benchTarget(db, scale.name);
  // Several texts, comma-separated, keep the endpoints that contain any of them.
  const only = values.only ? values.only.split(',').filter(Boolean) : [];

  log(`server bundle ${ensureServerBuilt(log)}`);
  const seed = seedOf(values.seed);
  const { marker } = await ensureDataset(target, { scale, seed, log, force: values.regenerate });
  const day = chinaToday();

  // Raw first, while no server holds the database (a PGlite folder opens in one process only).
  log('raw queries on the driver');
  const driver = await openRawDriver(target);
  const usernames = benchAccounts.map((a) => a.username);
  const fixtures = await readFixtures(driver.query, scale, usernames);
  const [version] = await driver.query('select version() as v');
  const machine = describeMachine(String(version?.v ?? '').split(' on ')[0]!);
  const stations = new StationPool(fixtures.stations);
  const scenarios = [
    ...buildScenarios(fixtures, day, stations),
    ...buildTalentScenarios(fixtures, day),
    ...buildServiceScenarios(fixtures, day),
    ...buildPurchaseScenarios(fixtures),
    ...buildEvaluationScenarios(fixtures),
  ].filter((s) => !only.length || only.some((text) => s.name.includes(text)));
  const raw = await measureRaw(driver, scenarios, levels, { ...bounds, seconds: rawSeconds });
  const rows = importRows(fixtures, importCount, marker.seed);
  const copySeconds = await copyBaseline(driver, rows);
  const workerRows = workerImportRows(fixtures, workerImportCount, marker.seed);
  const workerCopySeconds = await workerCopyBaseline(driver, workerRows);
  await driver.close();
  await ensureBenchAccounts(target, fixtures.accounts, log);

  log('starting the server');
  const nodeArgs = values['server-node-args'].split(' ').filter(Boolean);
  const server = await startServer(target, nodeArgs);
  let endpoints: BenchResult['endpoints'];
  let imported: BenchResult['import'];
  let rssAfterStart: number | null;
  let peak: number | null;
  let peakBeforeImport: number | null;
  try {
    rssAfterStart = memoryOf(server.pid, 'VmRSS');
    log(`first request answered ${server.startupMs} ms after spawn (RSS ${rssAfterStart} MiB)`);
    const sessions = await signInBenchAccounts(
      server.port,
      fixtures.accounts,
      fixtures.service.worker?.username ?? null,
      fixtures.evaluations.evaluator?.username ?? null,
    );
    endpoints = await measureApp({
      port: server.port,
      pid: server.pid,
      scenarios,
      sessions,
      stations,
      levels,
      bounds,
      raw,
      log,
    });
    peakBeforeImport = memoryOf(server.pid, 'VmHWM');
    log(`importing ${importCount} organisations through the API`);
    imported = await measureImport(server.port, sessions.officer, rows, copySeconds, log);
    peak = memoryOf(server.pid, 'VmHWM');
  } finally {
    await server.stop();
  }
  log(`importing ${workerImportCount} workers through a fresh server`);
  const workersImported = await measureWorkerImport({
    target,
    accounts: fixtures.accounts,
    rows: workerRows,
    copySeconds: workerCopySeconds,
    cpuProfile: values['cpu-prof'],
    nodeArgs,
    log,
  });
  log(`removed the ${await removeImportedWorkers(target)} imported workers again`);

  machine.loadAverage.end = loadAverageNow();
  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    db,
    scale: scale.name,
    dataset: marker,
    machine,
    settings: {
      levels,
      ...bounds,
      rawSeconds,
      importRows: importCount,
      workerImportRows: workerImportCount,
      // Earlier runs' imports stay in the dataset (--regenerate starts afresh).
      organisationsImportedBefore: fixtures.importBase - 1,
      workersImportedBefore: fixtures.workersImportedBefore,
      ...(values.only ? { only: values.only } : {}),
      ...(nodeArgs.length ? { serverNodeArgs: nodeArgs } : {}),
    },
    endpoints,
    import: imported,
    workerImport: workersImported,
    startupMs: server.startupMs,
    rssAfterStartMiB: rssAfterStart,
    peakRssBeforeImportMiB: peakBeforeImport,
    peakRssMiB: peak,
    totalSeconds: Math.round((performance.now() - started) / 1000),
  };
  const path = saveResult(result);
  console.log(`\n${formatTable(result)}\n`);
  log(`results in ${path}`);
});
