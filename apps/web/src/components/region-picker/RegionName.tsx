import { useQuery } from '@tanstack/react-query';
import { divisionKeys, divisionStaleTime, fetchDivisionPath } from '../../api/divisions';
import { useT } from '../../i18n/useT';

/** The full path of a division (贵州省 / 贵阳市 / 南明区); the code until it is known. */
export function RegionName({ code }: { code: string }) {
  const t = useT();
  const path = useQuery({
    queryKey: divisionKeys.path(code),
    queryFn: () => fetchDivisionPath(code),
    enabled: code !== '',
    staleTime: divisionStaleTime,
  });
  if (code === '') return <>{t('region.country')}</>;
  return <span title={code}>{path.data ? path.data.pathNames.join(' / ') : code}</span>;
}
