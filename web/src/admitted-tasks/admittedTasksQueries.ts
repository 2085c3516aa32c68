import { useMutation, useQuery } from '@tanstack/react-query';
import { fetchAdmittedTasks, fetchCommunityTasks, fetchTaskReport } from '../api/admittedTasks';
import { queryKeys } from '../api/queryKeys';

export const useAdmittedTasks = () =>
  useQuery({
    queryKey: queryKeys.admittedTasks.list,
    queryFn: ({ signal }) => fetchAdmittedTasks(signal),
  });

export const useCommunityTasks = (query: string) =>
  useQuery({
    queryKey: queryKeys.admittedTasks.tasks(query),
    queryFn: ({ signal }) => fetchCommunityTasks(query, signal),
  });

export const useTaskReport = (from: string, to: string) =>
  useQuery({
    queryKey: queryKeys.admittedTasks.report(from, to),
    queryFn: ({ signal }) => fetchTaskReport(from, to, signal),
  });

/** A write to the list or the tasks: the report counts both, so everything under them is asked again. */
export function useTasksWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.admittedTasks.all }),
  });
}
