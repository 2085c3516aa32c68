import { useMutation, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import {
  fetchActivities,
  fetchActivity,
  fetchMyHours,
  fetchMyParty,
  fetchPartnerResponses,
  fetchPartyMembers,
  fetchSiteCode,
  fetchTeam,
  fetchTeams,
} from '../api/volunteers';

/** The on-site code changes every two minutes; asked again a little before, so a scan never meets a stale one. */
export const SITE_CODE_REFRESH_MS = 110_000;

export const useTeams = (query: string) =>
  useQuery({
    queryKey: queryKeys.volunteers.teams(query),
    queryFn: ({ signal }) => fetchTeams(query, signal),
  });

export const useTeam = (id: string) =>
  useQuery({ queryKey: queryKeys.volunteers.team(id), queryFn: ({ signal }) => fetchTeam(id, signal) });

export const useActivities = (query: string) =>
  useQuery({
    queryKey: queryKeys.volunteers.activities(query),
    queryFn: ({ signal }) => fetchActivities(query, signal),
  });

export const useActivity = (id: string) =>
  useQuery({
    queryKey: queryKeys.volunteers.activity(id),
    queryFn: ({ signal }) => fetchActivity(id, signal),
  });

export const useSiteCode = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.volunteers.siteCode(id),
    queryFn: ({ signal }) => fetchSiteCode(id, signal),
    enabled,
    refetchInterval: SITE_CODE_REFRESH_MS,
    refetchIntervalInBackground: true,
    retry: false,
  });

export const useMyHours = () =>
  useQuery({ queryKey: queryKeys.volunteers.myHours, queryFn: ({ signal }) => fetchMyHours(signal) });

export const usePartyMembers = (query: string) =>
  useQuery({
    queryKey: queryKeys.volunteers.party(query),
    queryFn: ({ signal }) => fetchPartyMembers(query, signal),
  });

export const useMyParty = () =>
  useQuery({ queryKey: queryKeys.volunteers.myParty, queryFn: ({ signal }) => fetchMyParty(signal) });

export const usePartnerResponses = (query: string) =>
  useQuery({
    queryKey: queryKeys.volunteers.partners(query),
    queryFn: ({ signal }) => fetchPartnerResponses(query, signal),
  });

/** A write to teams, activities or 双报到: counts and hours show in several lists, so all are asked again. */
export function useVolunteersWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.volunteers.all }),
  });
}
