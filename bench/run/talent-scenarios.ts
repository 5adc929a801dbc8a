import { benchCounty } from './bench-accounts';
import type { Fixtures } from './fixtures';
import * as raw from './raw-talent';
import { cycle, reads, type Scenario } from './scenarios';

/** The talent endpoints run at up to 8 connections: the targets are at 1 and 8. */
const talentConcurrency = 8;

/** The talent registry's reads: lists, a record (an audited read, so a write), registrations, census. */
export function buildTalentScenarios(f: Fixtures, day: string): Scenario[] {
  const t = f.talent;
  const counties = cycle(f.counties);
  const cities = cycle(f.cities.length ? f.cities : [f.area]);
  const pages = cycle(t.secondPages);
  const surnames = cycle(t.surnames);
  const ids = cycle(t.workerIds);
  const scenarios = [
    reads(
      'GET /workers?region=<county>',
      counties,
      (c) => `/api/v1/workers?region=${c}&limit=20`,
      (q, c) => raw.listWorkers(q, f.scope, { region: c }),
    ),
    reads(
      'GET /workers?region&cursor (page 2)',
      pages,
      (p) => `/api/v1/workers?region=${p.region}&limit=20&cursor=${p.cursor}`,
      (q, p) => raw.listWorkers(q, f.scope, { region: p.region, after: p.after }),
    ),
    reads(
      'GET /workers?q=<surname>',
      surnames,
      (s) => `/api/v1/workers?q=${encodeURIComponent(s)}&limit=20`,
      (q, s) => raw.listWorkers(q, f.scope, { q: s }),
    ),
    reads(
      'GET /workers?level&region=<city>',
      cities,
      (c) => `/api/v1/workers?level=social_worker&region=${c}&limit=20`,
      (q, c) => raw.listWorkers(q, f.scope, { region: c, level: 'social_worker' }),
    ),
    reads(
      'GET /workers (county officer)',
      () => benchCounty,
      () => '/api/v1/workers?limit=20',
      (q, c) => raw.listWorkers(q, c, {}),
      'county',
    ),
    reads(
      'GET /workers/:id',
      ids,
      (id) => `/api/v1/workers/${id}`,
      (q, id) => raw.getWorker(q, f.scope, id),
    ),
    reads(
      'GET /registrations?view=due',
      () => 'due',
      () => '/api/v1/registrations?view=due',
      (q) => raw.registrationsDue(q, f.scope, day),
    ),
    reads(
      'GET /talent-statistics?region=<county>',
      counties,
      (c) => `/api/v1/talent-statistics?region=${c}`,
      (q, c) => raw.census(q, f.scope, day, c),
    ),
    reads(
      'GET /talent-statistics?region=52',
      () => f.scope,
      (c) => `/api/v1/talent-statistics?region=${c}`,
      (q, c) => raw.census(q, f.scope, day, c),
    ),
  ];
  return scenarios.map((s) => ({ ...s, maxConcurrency: talentConcurrency }));
}
