import type { Fixtures } from './fixtures';
import * as raw from './raw-purchase';
import { cycle, reads, type Scenario } from './scenarios';

/**
 * The purchase endpoints: the project list by county and by state, a project page, the funds
 * summary (with the contracts' 已签约 and 已支付), the contracts in service and a contract page.
 */
export function buildPurchaseScenarios(f: Fixtures): Scenario[] {
  const p = f.purchase;
  if (p.projectIds.length === 0) return [];
  const counties = cycle(p.counties);
  const ids = cycle(p.projectIds);
  const cities = cycle(f.cities.length ? f.cities : [f.area]);
  return [
    reads(
      'GET /projects?region=<county>',
      counties,
      (c) => `/api/v1/projects?region=${c}&limit=20`,
      (q, c) => raw.listProjects(q, f.scope, { region: c }),
    ),
    reads(
      'GET /projects?state&year&region=<city>',
      cities,
      (c) => `/api/v1/projects?region=${c}&state=in_service&year=${p.year}&limit=20`,
      (q, c) => raw.listProjects(q, f.scope, { region: c, state: 'in_service', year: p.year }),
    ),
    reads(
      'GET /projects/:id',
      ids,
      (id) => `/api/v1/projects/${id}`,
      (q, id) => raw.getProject(q, f.scope, id),
    ),
    reads(
      'GET /funds/summary?region=52&year',
      () => f.scope,
      (r) => `/api/v1/funds/summary?region=${r}&year=${p.year}`,
      (q, r) => raw.fundsSummary(q, f.scope, r, p.year),
    ),
    reads(
      'GET /funds/summary?region=<county>&year',
      counties,
      (c) => `/api/v1/funds/summary?region=${c}&year=${p.year}`,
      (q, c) => raw.fundsSummary(q, f.scope, c, p.year),
    ),
    ...(p.contractIds.length === 0
      ? []
      : [
          reads(
            'GET /contracts?status=in_service',
            () => 'in_service',
            (s) => `/api/v1/contracts?status=${s}&pageSize=20`,
            (q, s) => raw.listContracts(q, f.scope, s),
          ),
          reads(
            'GET /contracts/:id',
            cycle(p.contractIds),
            (id) => `/api/v1/contracts/${id}`,
            (q, id) => raw.getContract(q, f.scope, id),
          ),
        ]),
  ];
}
