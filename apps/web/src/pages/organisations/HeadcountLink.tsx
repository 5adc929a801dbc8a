import { workerListPath, type Organisation } from '@shegong/domain';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';

/** The organisation's social workers employed today, leading to them in the worker list. */
export function HeadcountLink({ organisation }: { organisation: Organisation }) {
  const { can } = useSession();
  if (organisation.headcount === null) return null;
  if (!can('workers:read') && !can('workers:read_own')) return <>{organisation.headcount}</>;
  return (
    <Link to={workerListPath({ organisation: organisation.id })}>{organisation.headcount}</Link>
  );
}
