import { useMutation, useQuery } from '@tanstack/react-query';
import {
  fetchNeeds,
  fetchProject,
  fetchProjects,
  fetchPublicProjects,
  fetchResources,
} from '../api/communityLists';
import { queryKeys } from '../api/queryKeys';

export const useNeeds = (apiQuery: string) =>
  useQuery({
    queryKey: queryKeys.lists.needs(apiQuery),
    queryFn: ({ signal }) => fetchNeeds(new URLSearchParams(apiQuery), signal),
  });

export const useResources = (apiQuery: string, enabled = true) =>
  useQuery({
    queryKey: queryKeys.lists.resources(apiQuery),
    queryFn: ({ signal }) => fetchResources(new URLSearchParams(apiQuery), signal),
    enabled,
  });

export const useProjects = (apiQuery: string) =>
  useQuery({
    queryKey: queryKeys.lists.projects(apiQuery),
    queryFn: ({ signal }) => fetchProjects(new URLSearchParams(apiQuery), signal),
  });

export const useProject = (id: string) =>
  useQuery({ queryKey: queryKeys.lists.project(id), queryFn: ({ signal }) => fetchProject(id, signal) });

export const usePublicProjects = (code: string) =>
  useQuery({
    queryKey: queryKeys.lists.public(code),
    queryFn: ({ signal }) => fetchPublicProjects(code, signal),
    retry: false,
  });

/**
 * A write to the three lists: a need moves with its project and a project's step shows in every list,
 * so everything under the lists is asked again.
 */
export function useListsWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.lists.all }),
  });
}
