import {
  leavesOf,
  partyOf,
  type IndicatorItem,
  type ItemMarkRecord,
  type ScoringParty,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';

/**
 * One party's marks on a round's items as a scorer of the given quality (0–1) would give them: a
 * graded item's level nearer the top the better the provider, a checklist's parts each found with
 * that chance. `share` < 1 leaves the later items unmarked (a draft saved half-way).
 */
export function marksOf(
  random: Random,
  items: readonly IndicatorItem[],
  party: ScoringParty,
  quality: number,
  share = 1,
): ItemMarkRecord[] {
  const own = leavesOf(items).filter((item) => partyOf(item) === party);
  const marked = own.slice(0, Math.max(share < 1 ? 1 : own.length, Math.round(own.length * share)));
  return marked.map((item) => {
    const q = Math.min(1, Math.max(0, quality + (random.next() - 0.5) * 0.3));
    if (item.scoringType === 'graded') {
      // Levels run from the top (优, 完成) down: the better the quality, the nearer the first.
      const index = Math.min(item.levels.length - 1, Math.floor((1 - q) * item.levels.length));
      return {
        key: item.key,
        checkedParts: [],
        level: item.levels[index]!.label,
        note: '',
        evidence: [],
      };
    }
    const checkedParts = item.parts.flatMap((_, i) => (random.chance(q) ? [i] : []));
    return { key: item.key, checkedParts, level: null, note: '', evidence: [] };
  });
}

/** The parties other than the evaluators that score a round's items: one office sheet each. */
export const officePartiesOf = (items: readonly IndicatorItem[]): ScoringParty[] => [
  ...new Set(
    leavesOf(items)
      .map(partyOf)
      .filter((party) => party !== 'third_party'),
  ),
];
