import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/connection';
import { createTestApp, type TestApp, type TestClient } from './test-app';

/** The people and the station the groupwork tests work with. */
export interface GroupworkWorld {
  t: TestApp;
  /** shegong: 社工 of the demo operator at 新华路街道 (520102016). */
  worker: TestClient;
  /** A social worker of another organisation in the same county. */
  otherWorker: TestClient;
  /** A social worker of the demo organisation placed in the sibling county. */
  yunyanWorker: TestClient;
  nanming: TestClient;
  yunyan: TestClient;
  xinhua: TestClient;
  station: { id: string; name: string; regionCode: string };
}

export const paths = {
  stage: (id: string) => `/api/v1/groups/${id}/stage`,
  members: (id: string) => `/api/v1/groups/${id}/members`,
  leave: (id: string, memberId: string) => `/api/v1/groups/${id}/members/${memberId}/leave`,
  groupSessions: (id: string) => `/api/v1/groups/${id}/sessions`,
  activitySessions: (id: string) => `/api/v1/activities/${id}/sessions`,
  participants: (id: string) => `/api/v1/activities/${id}/participants`,
  attendance: (sessionId: string) => `/api/v1/service-sessions/${sessionId}/attendance`,
};

export async function setUpGroupwork(t: TestApp): Promise<GroupworkWorld> {
  const worker = await t.signIn('shegong');
  const [other] = await queryRows<{ id: string }>(
    t.database.drizzle,
    sql`select id from organisation where region_code like '520102%' and status = 'active'
        and id <> (select organisation_id from account where username = 'shegong')
        order by id limit 1`,
  );
  const otherWorker = await t.accountWith({
    username: 'groupwork.other',
    roles: ['social_worker'],
    regionCode: '520102',
    organisationId: other!.id,
  });
  const yunyanWorker = await t.accountWith({
    username: 'groupwork.yunyan',
    roles: ['social_worker'],
    regionCode: '520103',
  });
  const stations = (await worker.strict().get('/api/v1/groupwork/stations')).json();
  return {
    t,
    worker,
    otherWorker,
    yunyanWorker,
    nanming: await t.signIn('nanming'),
    yunyan: await t.signIn('yunyan'),
    xinhua: await t.signIn('xinhua'),
    station: stations[0],
  };
}

export function groupInput(w: GroupworkWorld, name: string) {
  return {
    stationId: w.station.id,
    name,
    goal: '增进组员间的互助与社会支持',
    populationGroups: ['elderly'],
    serviceField: 'social_welfare',
    plannedSessions: 6,
  };
}

/** A client of the township, served by `by`'s organisation (registered by `by`). */
export async function clientOf(w: GroupworkWorld, n: number, by = w.worker): Promise<string> {
  const created = await by.strict().post('/api/v1/clients', {
    name: `组员${n}`,
    sex: n % 2 ? 'male' : 'female',
    birthDate: '1950-03-01',
    regionCode: '520102016001',
    riskLevel: 'low',
    phone: `139${String(n).padStart(8, '0')}`,
    consent: { givenBy: 'self', givenOn: '2026-10-01' },
    duplicatesChecked: true,
  });
  return created.json().id;
}

/** A test app at 2026-11-20 (China) with the groupwork world set up. */
export async function startGroupwork() {
  const t = await createTestApp({ clock: () => new Date('2026-11-20T02:00:00Z') });
  const w = await setUpGroupwork(t);
  return { t, w, worker: w.worker };
}

/** The field errors of a refused request. */
export const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;
