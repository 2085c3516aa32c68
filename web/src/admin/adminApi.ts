import type {
  AssignedPost,
  AssignPostBody,
  AuditEntry,
  CalendarOverride,
  CalendarResponse,
  Category,
  CategoryChangesBody,
  CategoryClass,
  CategoryVersion,
  CitySettings,
  DayKind,
  IssuedOpen311ClientResponse,
  IssueOpen311ClientBody,
  Open311Client,
  RegionImportPreviewResponse,
  RegionImportResponse,
  Role,
  SettingKey,
  User,
  UserBody,
  UserChangesBody,
} from '@needle/contract';
import { api } from '../api/client';

// The admin screens' requests: each one of the API's admin endpoints, typed by the contract.

export interface UserSearch {
  q?: string;
  role?: Role;
  limit: number;
  offset: number;
}

export async function fetchUsers(search: UserSearch, signal?: AbortSignal): Promise<User[]> {
  const query = new URLSearchParams({ limit: String(search.limit), offset: String(search.offset) });
  if (search.q) query.set('q', search.q);
  if (search.role) query.set('role', search.role);
  const { items } = await api<{ items: User[] }>(`/api/users?${query}`, { signal });
  return items;
}

export const createUser = (body: UserBody) => api<User>('/api/users', { method: 'POST', body });

export const updateUser = (id: string, body: UserChangesBody) =>
  api<User>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const assignPost = (body: AssignPostBody) => api<AssignedPost>('/api/posts', { method: 'POST', body });

export const removePost = (id: string) =>
  api<void>(`/api/posts/${encodeURIComponent(id)}`, { method: 'DELETE' });

export async function fetchCategoryTree(signal?: AbortSignal): Promise<CategoryClass[]> {
  // Inactive subclasses too: an admin turns them back on from here.
  const { items } = await api<{ items: CategoryClass[] }>('/api/categories?includeInactive=true', {
    signal,
  });
  return items;
}

export const updateCategory = (code: string, body: CategoryChangesBody) =>
  api<Category>(`/api/categories/${encodeURIComponent(code)}`, { method: 'PATCH', body });

export async function fetchCategoryHistory(code: string, signal?: AbortSignal): Promise<CategoryVersion[]> {
  const { items } = await api<{ items: CategoryVersion[] }>(
    `/api/categories/${encodeURIComponent(code)}/history`,
    { signal },
  );
  return items;
}

export async function fetchAudit(
  filter: { entity?: string; entityId?: string; limit: number },
  signal?: AbortSignal,
): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ limit: String(filter.limit) });
  if (filter.entity) query.set('entity', filter.entity);
  if (filter.entityId) query.set('entityId', filter.entityId);
  const { items } = await api<{ items: AuditEntry[] }>(`/api/audit?${query}`, { signal });
  return items;
}

export const fetchCalendar = (from: string, to: string, signal?: AbortSignal) =>
  api<CalendarResponse>(`/api/calendar?${new URLSearchParams({ from, to })}`, { signal });

export const setCalendarOverride = (day: string, kind: DayKind, note: string) =>
  api<CalendarOverride>(`/api/calendar/overrides/${day}`, {
    method: 'PUT',
    body: note ? { kind, note } : { kind },
  });

export const removeCalendarOverride = (day: string) =>
  api<void>(`/api/calendar/overrides/${day}`, { method: 'DELETE' });

export const updateSetting = (key: SettingKey, value: unknown) =>
  api<CitySettings>(`/api/settings/${key}`, { method: 'PUT', body: { value } });

export const previewRegionImport = (file: unknown) =>
  api<RegionImportPreviewResponse>('/api/regions/import/preview', { method: 'POST', body: file });

export const importRegions = (file: unknown) =>
  api<RegionImportResponse>('/api/regions/import', { method: 'POST', body: file });

export async function fetchOpen311Clients(signal?: AbortSignal): Promise<Open311Client[]> {
  const { items } = await api<{ items: Open311Client[] }>('/api/open311/clients', { signal });
  return items;
}

export const issueOpen311Client = (body: IssueOpen311ClientBody) =>
  api<IssuedOpen311ClientResponse>('/api/open311/clients', { method: 'POST', body });

export const revokeOpen311Client = (id: string) =>
  api<{ client: Open311Client }>(`/api/open311/clients/${encodeURIComponent(id)}`, { method: 'DELETE' });
