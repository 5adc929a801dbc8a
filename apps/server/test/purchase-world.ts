import { expect } from 'vitest';
import type { TestClient } from './test-app';

let projectNo = 0;

/** Tender rules any active organisation of the demo region meets. */
export const openRules = {
  minimumRating: null,
  minimumInspection: null,
  excludeListed: false,
  serviceFields: [],
  fieldsMatch: 'any',
  regionRequired: false,
};

export interface PurchaseTeam {
  /** Drafts, publishes and awards (a county officer). */
  officer: TestClient;
  /** Another officer of the same county: approves what the first drafted. */
  colleague: TestClient;
  /** The provider's administrator, who bids. */
  provider: TestClient;
}

/**
 * A project of the demo county driven through need study, review, set-up and a tender in which
 * the provider's organisation has bid — the API's own path, as the purchase tests start from it.
 */
export async function tenderWithBid(
  team: PurchaseTeam,
  {
    today,
    budgetFen = 50_000_000,
    priceFen = budgetFen,
    termStart = '2026-04-01',
    termEnd = '2027-03-31',
  }: {
    today: string;
    budgetFen?: number;
    /** The bid's price (中标价 once awarded); the budget by default. */
    priceFen?: number;
    termStart?: string;
    termEnd?: string;
  },
) {
  const { officer, colleague, provider } = team;
  projectNo += 1;
  let project = (
    await officer.strict().post('/api/v1/projects', {
      regionCode: '520102',
      year: Number(termStart.slice(0, 4)),
      code: `HT-${termStart.slice(0, 4)}-${String(projectNo).padStart(3, '0')}`,
      title: `南明区社工站运营项目（${projectNo}）`,
      type: 'station_operation',
      needs: '辖区独居老人 320 人，缺少日常探访。',
      area: { regionCodes: ['520102'], stationIds: [] },
      serviceFields: ['social_welfare'],
      populationGroups: ['elderly'],
      budgetFen,
      termStart,
      termEnd,
    })
  ).json();
  project = (
    await officer
      .strict()
      .post(`/api/v1/projects/${project.id}/review`, { version: project.version })
  ).json();
  project = (
    await officer.strict().post(`/api/v1/projects/${project.id}/reviews`, {
      version: project.version,
      reviewedOn: today,
      reviewers: [{ name: '王教授', affiliation: '贵州大学' }],
      opinion: '需求清楚，预算合理。',
      result: 'passed',
    })
  ).json();
  project = (
    await colleague
      .strict()
      .post(`/api/v1/projects/${project.id}/approve`, { version: project.version })
  ).json();
  const tender = (
    await officer.strict().post('/api/v1/tenders', {
      projectId: project.id,
      projectVersion: project.version,
      notice: '欢迎符合条件的社会工作服务机构投标。',
      opensOn: today,
      deadline: today,
      rules: openRules,
    })
  ).json();
  const staff = (await provider.strict().get('/api/v1/bidder-staff')).json().items as {
    workerId: string;
  }[];
  expect(staff.length).toBeGreaterThan(0);
  const bid = (
    await provider.strict().post(`/api/v1/tenders/${tender.id}/bids`, {
      priceFen,
      team: staff.slice(0, 2).map((s) => s.workerId),
      plan: '以站点为依托，开展入户探访、小组活动与社区营造，配备持证社工。',
    })
  ).json();
  return { project, tender, bid };
}

/** The same project awarded to the provider's organisation. */
export async function awardedProject(
  team: PurchaseTeam,
  options: Parameters<typeof tenderWithBid>[1],
) {
  const { officer } = team;
  const { project, bid, ...opened } = await tenderWithBid(team, options);
  let tender = opened.tender;
  tender = (
    await officer.strict().put(`/api/v1/tenders/${tender.id}/panel`, {
      version: tender.version,
      members: [{ name: '王教授', unit: '贵州大学' }],
    })
  ).json();
  tender = (
    await officer.strict().put(`/api/v1/tenders/${tender.id}/scores`, {
      version: tender.version,
      memberId: tender.panel[0].id,
      scores: [
        { bidId: bid.id, criterion: 'technical', points: 50 },
        { bidId: bid.id, criterion: 'price', points: 25 },
        { bidId: bid.id, criterion: 'credit', points: 8 },
      ],
    })
  ).json();
  await officer.strict().post(`/api/v1/tenders/${tender.id}/award`, {
    version: tender.version,
    bidId: bid.id,
  });
  return (await officer.strict().get(`/api/v1/projects/${project.id}`)).json() as {
    id: string;
    version: number;
    state: string;
    providerOrganisationId: string;
  };
}

export type StaffMember = { workerId: string; name: string; certificateLevel: string | null };

/**
 * Terms a county officer would write: 40 万 over the project's year in three tranches, the second
 * after the Q1 report, the last after the final evaluation.
 */
export function contractTerms(staff: StaffMember[], overrides: Record<string, unknown> = {}) {
  return {
    code: `NM-HT-${Math.random().toString(36).slice(2, 8)}`,
    amountFen: 40_000_000,
    termStart: '2026-04-01',
    termEnd: '2027-03-31',
    workHoursPerYear: 1600,
    staffingWorkers: 2,
    staffingCertified: 0,
    reportCadence: 'quarter',
    indicators: [
      { measure: 'cases_opened', name: '个案服务', level: 40, unit: '个', period: 'year' },
      { measure: 'person_times', name: '服务人次', level: 3000, unit: '人次', period: 'term' },
      { measure: 'other', name: '志愿者培训', level: 4, unit: '场', period: 'year' },
    ],
    workers: staff.slice(0, 2).map((s, i) => ({
      workerId: s.workerId,
      post: i === 0 ? '项目主管' : '一线社工',
      fullTime: false,
    })),
    tranches: [
      { kind: 'advance', dueOn: '2026-04-15', amountFen: 12_000_000, gate: 'none' },
      {
        kind: 'interim',
        dueOn: '2026-10-15',
        amountFen: 16_000_000,
        gate: 'report',
        gatePeriodKey: 'Y1Q1',
      },
      {
        kind: 'final',
        dueOn: '2027-03-31',
        amountFen: 12_000_000,
        gate: 'evaluation',
        gateRound: 'final',
      },
    ],
    ...overrides,
  };
}

/** An awarded project's contract drafted, signed and in service: what an evaluation starts from. */
export async function contractInService(team: PurchaseTeam, { today }: { today: string }) {
  const { officer, provider } = team;
  const project = await awardedProject(team, { today });
  const staff = (await provider.strict().get('/api/v1/bidder-staff')).json().items as StaffMember[];
  let contract = (
    await officer
      .strict()
      .post('/api/v1/contracts', { projectId: project.id, ...contractTerms(staff) })
  ).json();
  contract = (
    await officer
      .strict()
      .post(`/api/v1/contracts/${contract.id}/sign`, { version: contract.version, signedOn: today })
  ).json();
  contract = (
    await officer
      .strict()
      .post(`/api/v1/contracts/${contract.id}/start`, { version: contract.version })
  ).json();
  return { project, contract } as {
    project: Awaited<ReturnType<typeof awardedProject>>;
    contract: { id: string; version: number; status: string; code: string };
  };
}
