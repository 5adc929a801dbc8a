import { describe, expect, it } from 'vitest';
import {
  describeCheck,
  tenderEligibility,
  type BidderFacts,
  type TenderRules,
} from './tender-eligibility';

const rules: TenderRules = {
  minimumRating: '3A',
  minimumInspection: 'pass',
  excludeListed: true,
  serviceFields: ['social_welfare', 'community_building'],
  fieldsMatch: 'any',
  regionRequired: true,
};

const sound: BidderFacts = {
  regionCode: '520102',
  status: 'active',
  deactivatedOn: null,
  serviceFields: ['social_welfare'],
  ratings: [{ grade: '4A', ratedOn: '2023-05-01', validUntil: '2028-04-30' }],
  inspections: [{ year: 2025, result: 'pass', inspectedOn: '2026-04-10' }],
  listEntries: [],
  stationsInRegion: [],
};

const on = { asOf: '2026-06-30', regionCode: '520102' };
const check = (facts: Partial<BidderFacts>, r: Partial<TenderRules> = {}) =>
  tenderEligibility({ ...rules, ...r }, { ...sound, ...facts }, on);
const failed = (facts: Partial<BidderFacts>, r: Partial<TenderRules> = {}) =>
  check(facts, r)
    .checks.filter((c) => !c.passed)
    .map((c) => c.rule);

describe('tender eligibility', () => {
  it('admits a sound bidder and shows every rule with its evidence', () => {
    const verdict = check({});
    expect(verdict.eligible).toBe(true);
    expect(verdict.checks.map((c) => c.rule)).toEqual([
      'registration',
      'rating',
      'inspection',
      'lists',
      'evaluation',
      'fields',
      'region',
    ]);
    expect(describeCheck(verdict.checks[1]!, 'zh-CN')).toBe(
      '4A（2023-05-01 评定，有效期至 2028-04-30），满足 ≥ 3A',
    );
  });

  it('checks the rating on the deadline: too low, expired by then, or none', () => {
    expect(
      failed({ ratings: [{ grade: '2A', ratedOn: '2023-05-01', validUntil: '2028-04-30' }] }),
    ).toEqual(['rating']);
    const expiring = check({
      ratings: [{ grade: '5A', ratedOn: '2021-06-01', validUntil: '2026-05-31' }],
    });
    expect(expiring.eligible).toBe(false);
    expect(expiring.checks[1]).toMatchObject({ evidence: { grade: '5A', validOnDeadline: false } });
    expect(describeCheck(expiring.checks[1]!, 'zh-CN')).toContain('截止日 2026-06-30 不在有效期内');
    expect(failed({ ratings: [] })).toEqual(['rating']);
    expect(failed({ ratings: [] }, { minimumRating: null })).toEqual([]);
  });

  it('reads the latest inspection of the deadline year and the two before it', () => {
    expect(
      failed({ inspections: [{ year: 2025, result: 'basic_pass', inspectedOn: null }] }),
    ).toEqual(['inspection']);
    expect(
      failed(
        { inspections: [{ year: 2025, result: 'basic_pass', inspectedOn: null }] },
        { minimumInspection: 'basic_pass' },
      ),
    ).toEqual([]);
    expect(failed({ inspections: [{ year: 2023, result: 'pass', inspectedOn: null }] })).toEqual([
      'inspection',
    ]);
    expect(
      failed({
        inspections: [
          { year: 2024, result: 'pass', inspectedOn: null },
          { year: 2025, result: 'fail', inspectedOn: null },
        ],
      }),
    ).toEqual(['inspection']);
  });

  it('refuses a bidder barred by a 不合格 evaluation whatever the tender names, until the bar ends', () => {
    const bar = {
      kind: 'evaluation_failed' as const,
      startedOn: '2025-12-20',
      endedOn: '2026-12-31',
      documentRef: 'NM-HT-2025-003 终期评估',
    };
    const barred = check({ listEntries: [bar] });
    expect(failed({ listEntries: [bar] })).toEqual(['evaluation']);
    expect(
      describeCheck(
        barred.checks.find((c) => c.rule === 'evaluation')!,
        'zh-CN',
      ),
    ).toBe('2025-12-20 评估不合格，2026-12-31 前不得参与投标（NM-HT-2025-003 终期评估）');
    expect(failed({ listEntries: [{ ...bar, endedOn: '2026-01-31' }] })).toEqual([]);
    expect(failed({ listEntries: [{ ...bar, kind: 'evaluation_result' }] })).toEqual([]);
  });

  it('refuses a bidder on a list on the deadline, not one taken off before it', () => {
    const listed = check({
      listEntries: [
        {
          kind: 'abnormal_list',
          startedOn: '2026-03-01',
          endedOn: null,
          documentRef: '筑民异〔2026〕3号',
        },
      ],
    });
    expect(listed.eligible).toBe(false);
    expect(
      describeCheck(
        listed.checks.find((c) => c.rule === 'lists')!,
        'zh-CN',
      ),
    ).toBe('2026-03-01 起列入活动异常名录（筑民异〔2026〕3号）');
    expect(
      failed({
        listEntries: [
          {
            kind: 'dishonesty_list',
            startedOn: '2025-01-01',
            endedOn: '2026-01-01',
            documentRef: null,
          },
        ],
      }),
    ).toEqual([]);
    expect(
      failed({
        listEntries: [
          { kind: 'penalty', startedOn: '2026-01-01', endedOn: null, documentRef: null },
        ],
      }),
    ).toEqual([]);
  });

  it('matches fields any or all', () => {
    expect(failed({ serviceFields: ['charity'] })).toEqual(['fields']);
    expect(failed({}, { fieldsMatch: 'all' })).toEqual(['fields']);
    expect(
      failed({ serviceFields: ['community_building', 'social_welfare'] }, { fieldsMatch: 'all' }),
    ).toEqual([]);
  });

  it('admits a bidder registered in, above, or running a station in the region', () => {
    expect(failed({ regionCode: '520102003' })).toEqual([]);
    expect(failed({ regionCode: '5201' })).toEqual([]);
    expect(failed({ regionCode: '520103' })).toEqual(['region']);
    expect(
      failed({
        regionCode: '520103',
        stationsInRegion: [{ id: 's', name: '新华路街道社工站', regionCode: '520102016' }],
      }),
    ).toEqual([]);
  });

  it('never admits a deactivated organisation', () => {
    expect(failed({ status: 'deactivated', deactivatedOn: '2026-01-01' })).toEqual([
      'registration',
    ]);
  });
});
