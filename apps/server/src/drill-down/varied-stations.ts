import { addDays, codesOf, stationStatuses } from '@shegong/domain';
import type { TestClient } from '../../test/test-app';

/**
 * Stations in every state on every tier of a county, staffed above, at and below their norm
 * (some staff from the census day on), so that a coverage figure and the station list behind it
 * meet operating, planned, suspended and closed stations alike.
 */
export async function seedVariedStations(options: {
  officer: TestClient;
  county: string;
  townships: readonly string[];
  villages: readonly string[];
  today: string;
}) {
  const { county, townships, villages, today } = options;
  const api = options.officer.strict();
  const statuses = codesOf(stationStatuses);
  let n = 0;
  const station = async (tier: string, regionCode: string, status: string, staff: number) => {
    n++;
    const created = (
      await api.post('/api/v1/stations', {
        name: `测试站点${n}`,
        tier,
        regionCode,
        status,
        serviceFields: [],
        servicePopulation: 1000 * n,
      })
    ).json() as { id: string };
    for (let k = 0; k < staff; k++)
      await api.post(`/api/v1/stations/${created.id}/staff`, {
        workerName: `驻站社工${n}-${k}`,
        role: k % 2 ? 'part_time' : 'full_time',
        startedOn: k === 0 ? today : addDays(today, -100 * (k + 1)),
      });
  };
  await station('county_station', county, 'operating', 3);
  for (const [i, township] of townships.entries())
    await station('township_station', township, statuses[i % statuses.length]!, i);
  // A closed station keeps its record but not its place: another one holds the township now.
  await station('township_station', townships[0]!, 'closed', 1);
  for (const [i, village] of villages.entries()) {
    await station('village_station', village, i % 2 ? 'suspended' : 'operating', i);
    await station('village_studio', village, i % 2 ? 'operating' : 'planned', 2 - i);
  }
}
