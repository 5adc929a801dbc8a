import { certificateLevels, type CertificateLevel } from '@shegong/domain';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useT } from '../../../i18n/useT';

// Highest first, as people read levels.
const levelsHighFirst = [...certificateLevels].reverse();

/** Certificate levels as options, highest first; with 持证（任一等级） and 未持证 for a filter. */
export function useLevelOptions({ withNone = false }: { withNone?: boolean } = {}): {
  value: CertificateLevel | 'none' | 'any';
  label: string;
}[] {
  const t = useT();
  const options = useEnumOptions(levelsHighFirst);
  return withNone
    ? [
        ...options,
        { value: 'any', label: t('workers.level.any') },
        { value: 'none', label: t('workers.level.none') },
      ]
    : options;
}
