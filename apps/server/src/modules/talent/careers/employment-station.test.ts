import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';
import { newId } from '../../../db/ids';
import { withSystemScope } from '../../../platform/access/region-scope';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let workerId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  workerId = (await nanming.strict().post('/api/v1/workers', workerInput(61))).json().id;
});
afterAll(() => t.close());

const stationJob = (stationId: string) => ({
  employerKind: 'station',
  stationId,
  postType: 'community_post',
  startedOn: '2025-03-01',
});

const firstStationOf = async (client: TestClient) =>
  (await client.get('/api/v1/stations?tier=county_station')).json().items[0] as {
    id: string;
    name: string;
    regionCode: string;
  };

describe('a job at a station', () => {
  it('takes the employer’s name and region from a station in the officer’s scope', async () => {
    const station = await firstStationOf(nanming);
    const response = await nanming.post(
      `/api/v1/workers/${workerId}/employments`,
      stationJob(station.id),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      stationId: station.id,
      employerName: station.name,
      employerRegionCode: station.regionCode,
    });
  });

  it('refuses another county’s station and a station that does not exist, naming the field', async () => {
    const elsewhere = await firstStationOf(yunyan);
    for (const stationId of [elsewhere.id, newId()]) {
      const response = await nanming.post(`/api/v1/workers/${workerId}/employments`, {
        ...stationJob(stationId),
        employerName: '随便写的站点',
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details).toEqual([
        { path: 'body.stationId', message: '服务站点不存在或不在您的管辖范围内' },
      ]);
    }
    const { employments } = (await nanming.get(`/api/v1/workers/${workerId}`)).json();
    expect(employments.map((e: { stationId: string }) => e.stationId)).not.toContain(elsewhere.id);
  });

  it('cannot name a missing station even when written around the service', async () => {
    const write = withSystemScope(t.database, (tx) =>
      tx.execute(sql`
        insert into employment (id, worker_id, region_code, employer_kind, station_id,
          employer_name, employer_region_code, post_type, started_on)
        values (${newId()}, ${workerId}, '520102016', 'station', ${newId()}, '幽灵站', '520102016',
          'community_post', '2025-01-01')`),
    );
    const refusal = await write.then(
      () => null,
      (error: { cause?: { code?: string; constraint?: string } }) => error.cause,
    );
    // 23503: foreign_key_violation.
    expect(refusal).toMatchObject({
      code: '23503',
      constraint: 'employment_station_id_station_id_fk',
    });
  });
});
