import type { SettingKey } from '@needle/contract';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { fetchPosts } from '../api/posts';
import { queryKeys } from '../api/queryKeys';
import {
  assignPost,
  createUser,
  fetchAudit,
  fetchCalendar,
  fetchCategoryHistory,
  fetchCategoryTree,
  fetchOpen311Clients,
  fetchUsers,
  issueOpen311Client,
  removeCalendarOverride,
  removePost,
  revokeOpen311Client,
  setCalendarOverride,
  type UserSearch,
  updateCategory,
  updateSetting,
  updateUser,
} from './adminApi';

export function useUsers(search: UserSearch) {
  return useQuery({
    queryKey: queryKeys.admin.users(JSON.stringify(search)),
    queryFn: ({ signal }) => fetchUsers(search, signal),
    // Typing a search keeps the last rows on screen until the new ones come.
    placeholderData: keepPreviousData,
  });
}

/** A new or changed account shows in every user list, and in the posts' names. */
export function useUserWrite<V, R>(write: (variables: V) => Promise<R>) {
  return useMutation({
    mutationFn: write,
    onSuccess: (_result, _variables, _context, { client }) => {
      void client.invalidateQueries({ queryKey: ['admin', 'users'] });
      void client.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export const useCreateUser = () => useUserWrite(createUser);
export const useUpdateUser = () =>
  useUserWrite(({ id, changes }: { id: string; changes: Parameters<typeof updateUser>[1] }) =>
    updateUser(id, changes),
  );

export function useGridPosts(regionCode: string | null) {
  return useQuery({
    queryKey: queryKeys.posts(regionCode ?? ''),
    queryFn: ({ signal }) => fetchPosts(regionCode ?? '', signal),
    enabled: regionCode !== null,
  });
}

function usePostWrite<V, R>(write: (variables: V) => Promise<R>) {
  return useMutation({
    mutationFn: write,
    onSuccess: (_result, _variables, _context, { client }) => {
      void client.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export const useAssignPost = () => usePostWrite(assignPost);
export const useRemovePost = () => usePostWrite(removePost);

export function useCategoryTree() {
  return useQuery({
    queryKey: queryKeys.admin.categoryTree,
    queryFn: ({ signal }) => fetchCategoryTree(signal),
  });
}

export function useCategoryHistory(code: string | null) {
  return useQuery({
    queryKey: queryKeys.admin.categoryHistory(code ?? ''),
    queryFn: ({ signal }) => fetchCategoryHistory(code ?? '', signal),
    enabled: code !== null,
  });
}

/** A changed line of the responsibility list: the admin tree, its history, and the pickers' tree. */
export function useUpdateCategory() {
  return useMutation({
    mutationFn: ({ code, changes }: { code: string; changes: Parameters<typeof updateCategory>[1] }) =>
      updateCategory(code, changes),
    onSuccess: (_result, _variables, _context, { client }) => {
      void client.invalidateQueries({ queryKey: queryKeys.admin.categoryTree });
      void client.invalidateQueries({ queryKey: ['admin', 'categoryHistory'] });
      void client.invalidateQueries({ queryKey: ['admin', 'audit'] });
      void client.invalidateQueries({ queryKey: queryKeys.categories });
    },
  });
}

export function useAudit(entity: string, entityId: string, limit = 100) {
  return useQuery({
    queryKey: queryKeys.admin.audit(entity, entityId),
    queryFn: ({ signal }) =>
      fetchAudit({ entity: entity || undefined, entityId: entityId || undefined, limit }, signal),
  });
}

export function useCalendar(from: string, to: string) {
  return useQuery({
    queryKey: queryKeys.admin.calendar(from, to),
    queryFn: ({ signal }) => fetchCalendar(from, to, signal),
    placeholderData: keepPreviousData,
  });
}

function useCalendarWrite<V, R>(write: (variables: V) => Promise<R>) {
  return useMutation({
    mutationFn: write,
    onSuccess: (_result, _variables, _context, { client }) => {
      void client.invalidateQueries({ queryKey: ['admin', 'calendar'] });
    },
  });
}

export const useSetOverride = () =>
  useCalendarWrite(({ day, kind, note }: { day: string; kind: 'workday' | 'holiday'; note: string }) =>
    setCalendarOverride(day, kind, note),
  );
export const useRemoveOverride = () => useCalendarWrite(removeCalendarOverride);

/** One setting saved: the answer is every setting now in force, put straight into the cache. */
export function useUpdateSetting(key: SettingKey) {
  return useMutation({
    mutationFn: (value: unknown) => updateSetting(key, value),
    onSuccess: (settings, _value, _context, { client }) => {
      client.setQueryData(queryKeys.settings, settings);
      void client.invalidateQueries({ queryKey: ['admin', 'audit'] });
    },
  });
}

export function useOpen311Clients() {
  return useQuery({
    queryKey: queryKeys.admin.open311Clients,
    queryFn: ({ signal }) => fetchOpen311Clients(signal),
  });
}

function useClientWrite<V, R>(write: (variables: V) => Promise<R>) {
  return useMutation({
    mutationFn: write,
    onSuccess: (_result, _variables, _context, { client }) => {
      void client.invalidateQueries({ queryKey: queryKeys.admin.open311Clients });
    },
  });
}

export const useIssueOpen311Client = () => useClientWrite(issueOpen311Client);
export const useRevokeOpen311Client = () => useClientWrite(revokeOpen311Client);
