import {
  ageBands,
  certificateLevels,
  educationLevels,
  employerKinds,
  serviceYearBands,
  type Language,
  type TalentCensus,
} from '@shegong/domain';
import type { Translate } from '../../i18n/language-context';
import type { WorkerFilters } from '../workers/workers-api';

export interface Bucket {
  key: string;
  label: string;
  count: number;
  /** The worker list behind the count, when the list can filter by it. */
  filters: WorkerFilters | null;
}

type Dimension =
  | 'byLevel'
  | 'byAgeBand'
  | 'byServiceYears'
  | 'byEducation'
  | 'bySex'
  | 'bySocialWorkMajor'
  | 'byEmployerKind';

/**
 * The buckets of one dimension of the census in their natural order (bands young to old, levels
 * high to low), every known bucket present even when empty, with labels in the UI language and the
 * worker-list filter each count drills into.
 */
export function bucketsOf(
  census: TalentCensus,
  dimension: Dimension,
  language: Language,
  t: Translate,
): Bucket[] {
  const counts = new Map(census[dimension].map((b) => [b.key, b.count]));
  const entry = (key: string, label: string, filters: WorkerFilters | null): Bucket => ({
    key,
    label,
    count: counts.get(key) ?? 0,
    filters,
  });
  const known = (() => {
    switch (dimension) {
      case 'byLevel':
        return [
          ...[...certificateLevels]
            .reverse()
            .map((l) => entry(l.code, l[language], { level: l.code })),
          entry('none', t('workers.level.none'), { level: 'none' }),
        ];
      case 'byAgeBand':
        return ageBands.map((b) => entry(b.code, b[language], { ageBand: b.code }));
      case 'byServiceYears':
        return serviceYearBands.map((b) => entry(b.code, b[language], { serviceYears: b.code }));
      case 'byEducation':
        return educationLevels.map((e) => entry(e.code, e[language], { educationLevel: e.code }));
      case 'bySex':
        return (['male', 'female'] as const).map((sex) =>
          entry(sex, t(`workers.sex.${sex}`), { sex }),
        );
      case 'bySocialWorkMajor':
        return [
          entry('yes', t('workers.socialWorkMajor.yes'), { socialWorkMajor: true }),
          entry('no', t('workers.socialWorkMajor.no'), { socialWorkMajor: false }),
        ];
      case 'byEmployerKind':
        return [
          ...employerKinds.map((k) => entry(k.code, k[language], { employerKind: k.code })),
          // Without a current employer is exactly "not in post".
          entry('none', t('workers.employed.no'), { employed: false }),
        ];
    }
  })();
  // Keys this version does not know (a new band on the server) are kept, at the end.
  const extra = census[dimension]
    .filter((b) => !known.some((k) => k.key === b.key))
    .map((b) => entry(b.key, b.key, null));
  return [...known, ...extra];
}
