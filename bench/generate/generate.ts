import { sql } from 'drizzle-orm';
import { chinaToday } from '@shegong/domain';
import { prepareDatabase } from '../../apps/server/src/db/bootstrap';
import type { Database } from '../../apps/server/src/db/connection';
import { loadVillages } from '../../apps/server/src/modules/divisions/village-loader';
import { refreshCountyCounts } from '../../apps/server/src/modules/talent/census/census-counts';
import { refreshCensusFacts } from '../../apps/server/src/modules/talent/census/census-facts';
import { withSystemScope } from '../../apps/server/src/platform/access/region-scope';
import { generatorVersion, writeMarker, type DatasetMarker } from '../lib/dataset-marker';
import { generateAccounts } from './accounts';
import { generateAudit } from './audit';
import { generateCasework } from './casework';
import { generateContracts } from './contracts';
import { generateEvaluations } from './evaluations';
import { generateGroupwork } from './groupwork';
import { inBulkTransaction, type BulkMethod } from './bulk-writer';
import { asOfMs, readDivisions, type GenerationContext } from './context';
import { generateOrganisations } from './organisations';
import { generateReferrals } from './referrals';
import { generatePurchase } from './purchase';
import type { Scale } from './scales';
import { generateServiceUsers } from './service-users';
import { generateStations } from './stations';
import { generateWorkers } from './workers';

/** One family of tables: generates its rows from the context and what earlier families made. */
export interface TableFamily {
  name: string;
  generate(context: GenerationContext): Promise<Record<string, number>>;
}

/**
 * In dependency order. The talent registry comes after accounts: its registration reviews and
 * reward decisions name real officers.
 */
export const families: TableFamily[] = [
  { name: 'organisations', generate: generateOrganisations },
  { name: 'stations', generate: generateStations },
  { name: 'accounts', generate: generateAccounts },
  { name: 'workers', generate: generateWorkers },
  { name: 'service-users', generate: generateServiceUsers },
  { name: 'casework', generate: generateCasework },
  { name: 'groupwork', generate: generateGroupwork },
  { name: 'referrals', generate: generateReferrals },
  { name: 'purchase', generate: generatePurchase },
  { name: 'contracts', generate: generateContracts },
  { name: 'evaluations', generate: generateEvaluations },
  { name: 'audit', generate: generateAudit },
];

/** The day the synthetic data describes: fixed, so that a seed always gives the same rows. */
export const defaultAsOf = '2026-11-01';

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  asOf?: string;
  method?: BulkMethod | 'auto';
  log?: (line: string) => void;
}

/** Migrates, loads divisions, then writes every family in one transaction, and analyzes. */
export async function generateScale(
  database: Database,
  options: GenerateOptions,
): Promise<DatasetMarker> {
  const { scale, seed, asOf = defaultAsOf, method = 'auto', log = () => {} } = options;
  const started = performance.now();
  await prepareDatabase(database, log);
  log('schema and divisions ready');
  for (const province of scale.villageProvinces) {
    const { loaded } = await loadVillages(database.drizzle, province);
    if (loaded) log(`loaded ${loaded} villages of province ${province}`);
  }
  const marker = await inBulkTransaction(database, method, async (writer) => {
    const [existing] = await writer.query('select count(*)::int as n from organisation');
    if (Number(existing?.n) > 0)
      throw new Error('the database already holds organisations: generate into an empty one');
    const context: GenerationContext = {
      scale,
      seed,
      asOf,
      asOfMs: asOfMs(asOf),
      writer,
      divisions: await readDivisions(writer, scale),
      registry: { organisations: [], stations: [], staff: [], accounts: [] },
      log,
    };
    const rows: Record<string, number> = {};
    for (const family of families) {
      const familyStarted = performance.now();
      const written = await family.generate(context);
      Object.assign(rows, written);
      const summary = Object.entries(written).map(([table, n]) => `${table} ${n}`);
      log(
        `${family.name}: ${summary.join(', ')} (${((performance.now() - familyStarted) / 1000).toFixed(1)} s)`,
      );
    }
    const result: DatasetMarker = {
      generator: generatorVersion,
      scale: scale.name,
      seed,
      asOf,
      generatedAt: new Date().toISOString(),
      seconds: Math.round((performance.now() - started) / 100) / 10,
      method: writer.method,
      rows,
    };
    await writeMarker((text) => writer.query(text), result);
    return result;
  });
  // PostgreSQL's autovacuum would soon vacuum the fresh tables (and flush the trigram indexes'
  // pending lists); do it now so that runs do not depend on its timing. PGlite has no autovacuum:
  // analyze only, and measure what an embedded deployment really gets.
  log(database.kind === 'postgres' ? 'committed; vacuum analyze' : 'committed; analyze');
  await database.drizzle.execute(database.kind === 'postgres' ? sql`vacuum analyze` : sql`analyze`);
  // A running server brings the census facts and the counties' counts up to date once a day;
  // start the runs from there.
  const factsStarted = performance.now();
  await withSystemScope(database, async (tx) => {
    await refreshCensusFacts(tx, { regionCode: '' }, '', chinaToday(new Date()));
    await refreshCountyCounts(tx, { regionCode: '' }, '');
  });
  await database.drizzle.execute(sql`analyze worker_census_fact, census_county_count`);
  log(`census facts of today (${((performance.now() - factsStarted) / 1000).toFixed(1)} s)`);
  return marker;
}
