import { chinaToday } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { withSystemScope } from '../../platform/access/region-scope';
import type { Clock } from '../../platform/clock';
import { refreshCensusFacts } from './census-facts';

const checkEveryMs = 10 * 60_000;

/**
 * Brings the census facts of the whole country up to today at start and after each midnight
 * (China time), so that no officer's census waits for a day's recomputation. Returns a stop.
 */
export function startCensusUpkeep(
  database: Database,
  clock: Clock,
  say: (line: string) => void,
): () => void {
  let doneFor = '';
  let busy = false;
  const upkeep = async () => {
    const today = chinaToday(clock());
    if (today === doneFor || busy) return;
    busy = true;
    try {
      await withSystemScope(database, (tx) =>
        refreshCensusFacts(tx, { regionCode: '' }, '', today),
      );
      doneFor = today;
    } catch (error) {
      say(`census facts not brought up to date: ${(error as Error).message}`);
    } finally {
      busy = false;
    }
  };
  void upkeep();
  const timer = setInterval(() => void upkeep(), checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
