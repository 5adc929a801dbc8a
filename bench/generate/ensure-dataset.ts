import { readMarker, type DatasetMarker } from '../lib/dataset-marker';
import { queryRows } from '../../apps/server/src/db/connection';
import { migrate } from '../../apps/server/src/db/migrate';
import { sql } from 'drizzle-orm';
import { describeTarget, openTarget, resetTarget, targetExists, type Target } from '../lib/targets';
import { generateScale, type GenerateOptions } from './generate';

/** Reads what the generator left in a target, or null when it holds no finished dataset. */
export async function datasetIn(target: Target): Promise<DatasetMarker | null> {
  if (!(await targetExists(target))) return null;
  const database = await openTarget(target, { max: 1 });
  try {
    return await readMarker((text) => queryRows(database.drizzle, sql.raw(text)));
  } finally {
    await database.close();
  }
}

/**
 * Generates the scale into its own database unless the same scale and seed are already there
 * (or always, with `force`), migrated to the current schema. Anything else in the target is
 * thrown away first.
 */
export async function ensureDataset(
  target: Target,
  options: GenerateOptions & { force?: boolean },
): Promise<{ marker: DatasetMarker; reused: boolean }> {
  const log = options.log ?? (() => {});
  const found = await datasetIn(target);
  if (
    found &&
    !options.force &&
    found.scale === options.scale.name &&
    found.seed === options.seed
  ) {
    log(`${describeTarget(target)} already holds ${found.scale} (seed ${found.seed})`);
    // The raw queries run before the server would migrate: bring the schema up to the code's first.
    const database = await openTarget(target, { max: 1 });
    try {
      await migrate(database);
    } finally {
      await database.close();
    }
    return { marker: found, reused: true };
  }
  log(`generating ${options.scale.name} (seed ${options.seed}) into ${describeTarget(target)}`);
  await resetTarget(target);
  const database = await openTarget(target, { max: 2 });
  try {
    return { marker: await generateScale(database, options), reused: false };
  } finally {
    await database.close();
  }
}
