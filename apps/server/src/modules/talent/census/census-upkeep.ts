import { chinaToday } from '@shegong/domain';
import type { Database } from '../../../db/connection';
import { withSystemScope } from '../../../platform/access/region-scope';
import type { Clock } from '../../../platform/clock';
import { refreshCountyCounts } from './census-counts';
import { refreshCensusFacts } from './census-facts';

const checkEveryMs = 10 * 60_000;

/**
 * Brings the census facts of the whole country, and the counties' counts, up to today at start and after each midnight
 * (China time), so that no officer's census waits for a day's recomputation. Returns a stop that
 * waits for a refresh under way, so that the database is not closed beneath it.
 */
export function startCensusUpkeep(
  database: Database,
  clock: Clock,
  say: (line: string) => void,
): () => Promise<void> {
  let doneFor = '';
  let running: Promise<void> | null = null;
  const refresh = async (today: string) => {
    try {
      await withSystemScope(database, async (tx) => {
        await refreshCensusFacts(tx, { regionCode: '' }, '', today);
        await refreshCountyCounts(tx, { regionCode: '' }, '');
      });
      doneFor = today;
    } catch (error) {
      say(`census facts not brought up to date: ${(error as Error).message}`);
    }
  };
  const upkeep = () => {
    const today = chinaToday(clock());
    if (today === doneFor || running) return;
    running = refresh(today).finally(() => (running = null));
  };
  upkeep();
  const timer = setInterval(upkeep, checkEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
