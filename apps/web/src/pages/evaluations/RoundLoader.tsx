import type { EvaluationRoundDetail } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import { evaluationKeys, getRound } from './evaluations-api';

/** The round of the address (`:id`), fetched; then `children` draws it (the page, the report). */
export function RoundLoader({
  children,
}: {
  children: (round: EvaluationRoundDetail) => ReactNode;
}) {
  const { id = '' } = useParams();
  const round = useQuery({
    queryKey: evaluationKeys.round(id),
    queryFn: ({ signal }) => getRound(id, signal),
  });
  if (round.isError)
    return <ErrorResult error={round.error} onRetry={() => void round.refetch()} />;
  if (!round.data) return <PageSpinner />;
  return children(round.data);
}
