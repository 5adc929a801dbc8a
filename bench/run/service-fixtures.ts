import { addMonths } from '@shegong/domain';
import { benchCounty } from './bench-accounts';
import type { Query } from './raw-driver';
import type { Worker } from './raw-service';

/** Parameters of the service endpoints, read once from the generated service data. */
export interface ServiceFixtures {
  /** The bench's social worker: the generated one of the bench county with the largest caseload. */
  worker: (Worker & { username: string; openCases: number }) | null;
  /** Cases the worker carries, open or not. */
  caseIds: string[];
  /** Stations of the bench county with sessions, and months that have sessions (`YYYY-MM`). */
  stationIds: string[];
  months: string[];
  /** The half year before the data's last month, as the person-times page asks for it. */
  halfYear: { from: string; to: string };
}

export async function readServiceFixtures(query: Query): Promise<ServiceFixtures> {
  const [worker] = await query(
    `select a.id, a.username, a.organisation_id, a.region_code, count(*)::int as n
     from account a join case_worker w on w.account_id = a.id join case_work c on c.id = w.case_id
     where 'social_worker' = any(a.roles) and a.status = 'active' and a.region_code like $1
       and c.status in ('open', 'closure_requested')
     group by a.id order by n desc, a.username limit 1`,
    [`${benchCounty}%`],
  );
  const caseIds = worker
    ? (
        await query(
          `select case_id from case_worker where account_id = $1 order by md5(case_id::text) limit 50`,
          [worker.id],
        )
      ).map((r) => String(r.case_id))
    : [];
  const [last] = await query(
    `select to_char(max(held_on), 'YYYY-MM') as month from service_session`,
  );
  const to = String(last?.month ?? '2026-10');
  const months = Array.from({ length: 6 }, (_, i) => addMonths(`${to}-01`, i - 5).slice(0, 7));
  const stationIds = (
    await query(
      `select station_id from service_session where region_code like $1 and held_on >= $2
       group by station_id order by count(*) desc, station_id limit 30`,
      [`${benchCounty}%`, `${months[0]}-01`],
    )
  ).map((r) => String(r.station_id));
  return {
    worker: worker
      ? {
          id: String(worker.id),
          username: String(worker.username),
          organisationId: String(worker.organisation_id),
          regionCode: String(worker.region_code),
          openCases: Number(worker.n),
        }
      : null,
    caseIds,
    stationIds,
    months,
    halfYear: { from: months[0]!, to },
  };
}
