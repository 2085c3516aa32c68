import { useMutation, useQuery } from '@tanstack/react-query';
import { fetchEvaluation, fetchEvaluations, fetchMyEvaluation, fetchMyEvaluations } from '../api/evaluations';
import { queryKeys } from '../api/queryKeys';

export const useEvaluations = (query: string) =>
  useQuery({
    queryKey: queryKeys.evaluations.list(query),
    queryFn: ({ signal }) => fetchEvaluations(query, signal),
  });

export const useEvaluation = (id: string) =>
  useQuery({
    queryKey: queryKeys.evaluations.detail(id),
    queryFn: ({ signal }) => fetchEvaluation(id, signal),
  });

export const useMyEvaluations = () =>
  useQuery({ queryKey: queryKeys.evaluations.mine, queryFn: ({ signal }) => fetchMyEvaluations(signal) });

export const useMyEvaluation = (id: string) =>
  useQuery({
    queryKey: queryKeys.evaluations.myDetail(id),
    queryFn: ({ signal }) => fetchMyEvaluation(id, signal),
  });

/** A write to an evaluation (created, closed, a household's submission): every list and page counts it. */
export function useEvaluationsWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.evaluations.all }),
  });
}
