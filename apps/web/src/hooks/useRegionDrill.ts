import { regionLevelOf } from '@shegong/domain';
import { useCallback } from 'react';
import { useLocation } from 'react-router';
import { useSession } from '../auth/useSession';
import { useUrlFilters } from './useUrlFilters';

const addressKeys = ['region'] as const;

/** Villages have no divisions below them: there is nothing to drill into. */
export const canDrill = (code: string) => code === '' || regionLevelOf(code) !== 'village';

/**
 * The division a figures page shows (`?region=`, the user's scope by default) and the way to
 * drill into another one — with `linkTo` for the trail back up (RegionTrail).
 */
export function useRegionDrill(): {
  scope: string;
  region: string;
  drill: (code: string) => void;
  linkTo: (code: string) => string;
} {
  const { session } = useSession();
  const { pathname } = useLocation();
  const scope = session?.account.regionCode ?? '';
  const [address, setAddress] = useUrlFilters(addressKeys);
  const region = address.region ?? scope;
  const drill = useCallback(
    (code: string) => setAddress({ region: code === scope ? undefined : code }),
    [scope, setAddress],
  );
  const linkTo = useCallback(
    (code: string) => (code === scope ? pathname : `${pathname}?region=${code}`),
    [pathname, scope],
  );
  return { scope, region, drill, linkTo };
}
