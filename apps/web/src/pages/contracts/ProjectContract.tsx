import type { ContractDetail, ProjectDetail, ProjectState } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { contractKeys, getContract, listContracts } from './contracts-api';

const contractStates: readonly ProjectState[] = [
  'awarded',
  'signed',
  'in_service',
  'completed',
  'closed',
];

/** From 已中标 on (and a project terminated after it had a provider) a project may have a contract. */
export const mayHaveContract = (project: ProjectDetail) =>
  contractStates.includes(project.state) ||
  (project.state === 'terminated' && project.providerOrganisationId !== null);

/** From 已签约 on the contract is in force: payments and reports. */
export const contractInForce = (project: ProjectDetail) =>
  mayHaveContract(project) && project.state !== 'awarded';

/**
 * The contract of a project as its tabs read it (one contract per project): what `none` says
 * while there is none, else `children` with it. The tabs share the one query.
 */
export function ProjectContract({
  project,
  none,
  children,
}: {
  project: ProjectDetail;
  none: ReactNode;
  children: (contract: ContractDetail) => ReactNode;
}) {
  const list = useQuery({
    queryKey: contractKeys.list({ projectId: project.id }),
    queryFn: ({ signal }) => listContracts({ projectId: project.id }, signal),
  });
  const id = list.data?.items[0]?.id;
  const detail = useQuery({
    queryKey: contractKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getContract(id!, signal),
    enabled: !!id,
  });
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  if (detail.isError)
    return <ErrorResult error={detail.error} onRetry={() => void detail.refetch()} />;
  if (list.isPending) return <PageSpinner />;
  if (!id) return none;
  if (detail.isPending) return <PageSpinner />;
  return children(detail.data);
}
