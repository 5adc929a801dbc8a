import { benchCounty } from './bench-accounts';
import type { Fixtures } from './fixtures';
import * as raw from './raw-service';
import { cycle, reads, type Scenario } from './scenarios';

/** Like the talent endpoints, at 1 and 8 connections: a desk, a file, a station, an office. */
const serviceConcurrency = 8;

/**
 * Service delivery (issue #16): the social worker's desk and a case file as the generated worker
 * with the county's largest caseload, a station's month of person-times and the half year the
 * person-times page asks for as the county officer, and the offices' figures — case statistics,
 * person-times, the referral board — of a county and of the province.
 */
export function buildServiceScenarios(f: Fixtures, day: string): Scenario[] {
  const s = f.service;
  const scenarios: Scenario[] = [];
  const worker = s.worker;
  if (worker && s.caseIds.length) {
    scenarios.push(
      reads(
        'GET /case-desk (social worker)',
        () => worker,
        () => '/api/v1/case-desk',
        (q, w) => raw.caseDesk(q, w, day),
        'worker',
      ),
      reads(
        'GET /cases/:id (social worker)',
        cycle(s.caseIds),
        (id) => `/api/v1/cases/${id}`,
        (q, id) => raw.caseFile(q, worker, id),
        'worker',
      ),
    );
  }
  if (s.stationIds.length) {
    const stationMonths = cycle(
      s.stationIds.flatMap((stationId) => s.months.map((month) => ({ stationId, month }))),
    );
    scenarios.push(
      reads(
        'GET /person-times/station-month (county)',
        stationMonths,
        (p) => `/api/v1/person-times/station-month?stationId=${p.stationId}&month=${p.month}`,
        (q, p) => raw.stationMonth(q, benchCounty, p.stationId, p.month),
        'county',
      ),
    );
  }
  const half = s.halfYear;
  const halfYear = `from=${half.from}&to=${half.to}`;
  const counties = cycle(f.counties);
  scenarios.push(
    reads(
      'GET /person-times/by-division half year (county)',
      () => benchCounty,
      () => `/api/v1/person-times/by-division?${halfYear}`,
      (q, c) => raw.personTimesByDivision(q, c, half.from, half.to),
      'county',
    ),
    reads(
      'GET /person-times/by-division half year (province)',
      () => f.scope,
      () => `/api/v1/person-times/by-division?${halfYear}`,
      (q, c) => raw.personTimesByDivision(q, c, half.from, half.to),
    ),
    reads(
      'GET /case-statistics?region=<county>',
      counties,
      (c) => `/api/v1/case-statistics?region=${c}`,
      (q, c) => raw.caseStatistics(q, f.scope, c, day),
    ),
    reads(
      'GET /case-statistics?region=52',
      () => f.scope,
      (c) => `/api/v1/case-statistics?region=${c}`,
      (q, c) => raw.caseStatistics(q, f.scope, c, day),
    ),
    reads(
      'GET /referral-board?region=<county>',
      counties,
      (c) => `/api/v1/referral-board?region=${c}`,
      (q, c) => raw.referralBoard(q, f.scope, c, day),
    ),
    reads(
      'GET /referral-board?region=52',
      () => f.scope,
      (c) => `/api/v1/referral-board?region=${c}`,
      (q, c) => raw.referralBoard(q, f.scope, c, day),
    ),
  );
  return scenarios.map((scenario) => ({ ...scenario, maxConcurrency: serviceConcurrency }));
}
