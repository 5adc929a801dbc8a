import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { caseKeys, getCase } from './casework-api';
import { CaseFileView } from './CaseFileView';

/** A case file for its team and the organisation's administrator; reading it is audited. */
export function CaseFilePage() {
  const { id = '' } = useParams();
  const file = useQuery({
    queryKey: caseKeys.one(id),
    queryFn: ({ signal }) => getCase(id, signal),
    // Every read is audited: read it when opened, not whenever the window regains focus.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
  if (file.isPending) return <PageSpinner />;
  if (file.isError) return <ErrorResult error={file.error} onRetry={() => void file.refetch()} />;
  return <CaseFileView file={file.data} />;
}
