import { describe, expect, it } from 'vitest';
import { conflictSignals, type ConflictFacts } from './conflict-of-interest';

const facts = (change: Partial<ConflictFacts> = {}): ConflictFacts => ({
  asOf: '2026-12-02',
  providerId: 'p',
  providerName: '南明区阳光社工服务中心',
  jobs: [],
  agencyId: 'a',
  lastRound: null,
  ...change,
});
const job = (organisationId: string, startedOn: string, endedOn: string | null) => ({
  organisationId,
  organisationName: 'x',
  startedOn,
  endedOn,
});

describe('conflict-of-interest signals', () => {
  it('sees nobody conflicted without a link to the provider', () => {
    expect(conflictSignals(facts({ jobs: [job('other', '2020-01-01', null)] }))).toEqual([]);
  });

  it('flags a job with the provider today', () => {
    const [signal] = conflictSignals(facts({ jobs: [job('p', '2024-03-01', null)] }));
    expect(signal).toMatchObject({ kind: 'employed_by_provider' });
    expect(signal!.message['zh-CN']).toBe(
      '评估人员现就职于承接机构「南明区阳光社工服务中心」（2024-03-01 起）',
    );
  });

  it('flags a job that ended within three years, not one that ended before', () => {
    expect(
      conflictSignals(facts({ jobs: [job('p', '2019-01-01', '2023-12-02')] })).map((s) => s.kind),
    ).toEqual(['recently_employed']);
    expect(conflictSignals(facts({ jobs: [job('p', '2019-01-01', '2023-12-01')] }))).toEqual([]);
  });

  it('flags the agency that evaluated the same provider in the last round', () => {
    expect(
      conflictSignals(facts({ lastRound: { providerId: 'p', roundLabel: '2025 年终期' } })).map(
        (s) => s.kind,
      ),
    ).toEqual(['agency_last_round']);
    expect(
      conflictSignals(facts({ lastRound: { providerId: 'q', roundLabel: '2025 年终期' } })),
    ).toEqual([]);
  });
});
