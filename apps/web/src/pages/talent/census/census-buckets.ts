import {
  ageBands,
  censusBuckets,
  certificateLevels,
  educationLevels,
  employerKinds,
  serviceYearBands,
  type CensusBucket,
  type CensusDimension,
  type Language,
  type TalentCensus,
} from '@shegong/domain';
import type { Translate } from '../../../i18n/language-context';

export interface Bucket extends CensusBucket {
  label: string;
}

/** The label of a bucket in the UI language; a key this version does not know shows itself. */
function labelOf(dimension: CensusDimension, key: string, language: Language, t: Translate) {
  const named = (entries: readonly { code: string; 'zh-CN': string; 'en-US': string }[]) =>
    entries.find((e) => e.code === key)?.[language];
  switch (dimension) {
    case 'byLevel':
      return key === 'none' ? t('workers.level.none') : named(certificateLevels);
    case 'byAgeBand':
      return named(ageBands);
    case 'byServiceYears':
      return named(serviceYearBands);
    case 'byEducation':
      return named(educationLevels);
    case 'bySex':
      return key === 'male' || key === 'female' ? t(`workers.sex.${key}`) : undefined;
    case 'bySocialWorkMajor':
      return key === 'yes' || key === 'no' ? t(`workers.socialWorkMajor.${key}`) : undefined;
    case 'byEmployerKind':
      // Without a current employer is exactly "not in post".
      return key === 'none' ? t('workers.employed.no') : named(employerKinds);
  }
}

/**
 * The buckets of one dimension of the census in their natural order (bands young to old, levels
 * high to low), every known bucket present even when empty, with labels in the UI language and the
 * worker list each count opens (the domain's census links, which the drill-down test checks).
 */
export function bucketsOf(
  census: TalentCensus,
  dimension: CensusDimension,
  language: Language,
  t: Translate,
): Bucket[] {
  return censusBuckets(census, dimension).map((bucket) => ({
    ...bucket,
    label: labelOf(dimension, bucket.key, language, t) ?? bucket.key,
  }));
}
