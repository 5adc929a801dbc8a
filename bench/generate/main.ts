import { parseArgs } from 'node:util';
import { isCalendarDate } from '@shegong/domain';
import { openPglite, openPostgres } from '../../apps/server/src/db/connection';
import { databaseKindOf, runMain, scaleOf, seedOf, UsageError } from '../lib/options';
import { benchTarget } from '../lib/targets';
import type { BulkMethod } from './bulk-writer';
import { ensureDataset } from './ensure-dataset';
import { defaultAsOf, generateScale } from './generate';
import { scales } from './scales';

const usage = `usage: npm run gen -- --scale small|province|national [--seed N] [--db pglite|postgres]
                      [--as-of YYYY-MM-DD] [--method auto|copy|insert] [--force]
                      [--database-url URL | --data-dir DIR]

Fills the scale's own bench database (bench/.data/<scale>, or shegong_bench_<scale> on
BENCH_DATABASE_URL) unless it already holds the same scale and seed. --database-url / --data-dir
fill another, empty database instead (the server's DATABASE_URL / DATA_DIR).`;

runMain(async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      db: { type: 'string' },
      'as-of': { type: 'string' },
      method: { type: 'string', default: 'auto' },
      force: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const scale = scales[scaleOf(values.scale)];
  const kind = values['database-url'] ? 'postgres' : databaseKindOf(values.db);
  if (scale.postgresOnly && kind === 'pglite')
    throw new UsageError(`the ${scale.name} scale runs on PostgreSQL only (--db postgres)`);
  const asOf = values['as-of'] ?? defaultAsOf;
  if (!isCalendarDate(asOf)) throw new UsageError('--as-of must be a date YYYY-MM-DD');
  const method = methodOf(values.method);
  const started = performance.now();
  const log = (line: string) =>
    console.log(`gen: ${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s  ${line}`);
  const options = { scale, seed: seedOf(values.seed), asOf, method, log };

  const elsewhere = values['database-url'] ?? values['data-dir'];
  const marker = elsewhere
    ? await generateInto(values['database-url'], values['data-dir'], options)
    : (await ensureDataset(benchTarget(kind, scale.name), { ...options, force: values.force }))
        .marker;
  const total = Object.values(marker.rows).reduce((sum, n) => sum + n, 0);
  console.log(
    `gen: ${scale.name} seed ${marker.seed}: ${total} rows by ${marker.method} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

function methodOf(value: string | undefined): BulkMethod | 'auto' {
  if (value === 'auto' || value === 'copy' || value === 'insert') return value;
  throw new UsageError('--method must be auto, copy or insert');
}

async function generateInto(
  url: string | undefined,
  dataDir: string | undefined,
  options: Parameters<typeof generateScale>[1],
) {
  const database = url
    ? await openPostgres(url)
    : await openPglite({ dataDir: `${dataDir}/pglite` });
  try {
    return await generateScale(database, options);
  } finally {
    await database.close();
  }
}
