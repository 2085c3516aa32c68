import { useMutation, useQuery } from '@tanstack/react-query';
import {
  fetchBoard,
  fetchDeliberation,
  fetchDeliberations,
  fetchMyVotes,
  fetchPublicVote,
} from '../api/deliberations';
import { queryKeys } from '../api/queryKeys';
import { fetchHouseholds, fetchMyHousehold, fetchVerifiedResidents } from '../api/voters';

export const useDeliberations = (apiQuery: string) =>
  useQuery({
    queryKey: queryKeys.deliberations.list(apiQuery),
    queryFn: ({ signal }) => fetchDeliberations(new URLSearchParams(apiQuery), signal),
  });

export const useDeliberation = (id: string) =>
  useQuery({
    queryKey: queryKeys.deliberations.detail(id),
    queryFn: ({ signal }) => fetchDeliberation(id, signal),
  });

export const useHouseholds = (regionCode: string | undefined) =>
  useQuery({
    queryKey: queryKeys.deliberations.households(regionCode ?? ''),
    queryFn: ({ signal }) => fetchHouseholds(regionCode, signal),
  });

export const useVerifiedResidents = (regionCode: string | undefined, enabled = true) =>
  useQuery({
    queryKey: queryKeys.deliberations.verified(regionCode ?? ''),
    queryFn: ({ signal }) => fetchVerifiedResidents(regionCode, signal),
    enabled,
  });

export const useMyHousehold = () =>
  useQuery({
    queryKey: queryKeys.deliberations.myHousehold,
    queryFn: ({ signal }) => fetchMyHousehold(signal),
  });

export const useMyVotes = () =>
  useQuery({ queryKey: queryKeys.deliberations.myVotes, queryFn: ({ signal }) => fetchMyVotes(signal) });

export const useBoard = (code: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.deliberations.board(code),
    queryFn: ({ signal }) => fetchBoard(code, signal),
    retry: false,
    enabled,
  });

export const usePublicVote = (voteId: string) =>
  useQuery({
    queryKey: queryKeys.deliberations.publicVote(voteId),
    queryFn: ({ signal }) => fetchPublicVote(voteId, signal),
    retry: false,
  });

/** A write to a deliberation, a vote or a household: each shows in the others' lists, so all are asked again. */
export function useDeliberationsWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.deliberations.all }),
  });
}
