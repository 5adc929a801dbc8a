import { regionAncestors } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Typography } from 'antd';
import { Link } from 'react-router';
import { divisionKeys, divisionStaleTime, fetchDivisionPath } from '../../api/divisions';
import { useT } from '../../i18n/useT';

/**
 * The way back up from the division shown to the top of the user's scope: 南明区 / 新华路街道,
 * each step a link but the last.
 */
export function RegionTrail({
  scope,
  region,
  linkTo,
}: {
  scope: string;
  region: string;
  /** Where a step leads: the page showing that division. */
  linkTo: (code: string) => string;
}) {
  const t = useT();
  const path = useQuery({
    queryKey: divisionKeys.path(region),
    queryFn: () => fetchDivisionPath(region),
    enabled: region !== '',
    staleTime: divisionStaleTime,
  });
  const chain = region === '' ? [] : [...regionAncestors(region), region];
  const names = path.data?.pathNames;
  // The path names run from the province down, one per code of the chain.
  const steps = chain
    .map((code, index) => ({
      code,
      name: names && names.length === chain.length ? (names[index] ?? code) : code,
    }))
    .filter((step) => step.code.length >= scope.length);
  if (scope === '') steps.unshift({ code: '', name: t('region.country') });

  return (
    <Breadcrumb
      items={steps.map((step, index) => ({
        key: step.code,
        title:
          index < steps.length - 1 ? (
            <Link to={linkTo(step.code)}>{step.name}</Link>
          ) : (
            <Typography.Text strong>{step.name}</Typography.Text>
          ),
      }))}
    />
  );
}
