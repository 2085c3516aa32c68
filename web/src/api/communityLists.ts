import type {
  ClaimInput,
  Need,
  NeedInput,
  NeedStatus,
  Project,
  ProjectDetail,
  ProjectInput,
  PublicProjects,
  Resource,
  ResourceInput,
} from '@needle/contract';
import { api } from './client';

export type {
  ClaimInput,
  Need,
  NeedInput,
  Project,
  ProjectDetail,
  ProjectEvent,
  ProjectInput,
  PublicProjects,
  Resource,
  ResourceInput,
} from '@needle/contract';

const projectPath = (id: string) => `/api/community-projects/${encodeURIComponent(id)}`;

export async function fetchNeeds(query: URLSearchParams, signal?: AbortSignal): Promise<Need[]> {
  return (await api<{ items: Need[] }>(`/api/community-needs?${query}`, { signal })).items;
}

export async function recordNeed(input: NeedInput): Promise<Need> {
  return (await api<{ need: Need }>('/api/community-needs', { method: 'POST', body: input })).need;
}

export function setNeedStatus(id: string, status: NeedStatus): Promise<Need> {
  return api<Need>(`/api/community-needs/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status } });
}

export async function fetchResources(query: URLSearchParams, signal?: AbortSignal): Promise<Resource[]> {
  return (await api<{ items: Resource[] }>(`/api/partner-resources?${query}`, { signal })).items;
}

export function recordResource(input: ResourceInput): Promise<Resource> {
  return api<Resource>('/api/partner-resources', { method: 'POST', body: input });
}

export async function fetchProjects(query: URLSearchParams, signal?: AbortSignal): Promise<Project[]> {
  return (await api<{ items: Project[] }>(`/api/community-projects?${query}`, { signal })).items;
}

export function fetchProject(id: string, signal?: AbortSignal): Promise<ProjectDetail> {
  return api<ProjectDetail>(projectPath(id), { signal });
}

export function createProject(input: ProjectInput): Promise<Project> {
  return api<Project>('/api/community-projects', { method: 'POST', body: input });
}

export function moveProject(id: string, move: 'open' | 'start'): Promise<Project> {
  return api<Project>(`${projectPath(id)}/${move}`, { method: 'POST', body: {} });
}

export function claimProject(id: string, input: ClaimInput): Promise<Project> {
  return api<Project>(`${projectPath(id)}/claim`, { method: 'POST', body: input });
}

export function addMilestone(id: string, input: { title: string; dueDate: string }): Promise<Project> {
  return api<Project>(`${projectPath(id)}/milestones`, { method: 'POST', body: input });
}

export function completeMilestone(
  id: string,
  milestoneId: string,
  input: { note?: string; photoIds: string[] },
): Promise<Project> {
  return api<Project>(`${projectPath(id)}/milestones/${encodeURIComponent(milestoneId)}/done`, {
    method: 'POST',
    body: input,
  });
}

export function giveEvidence(id: string, input: { note: string; photoIds: string[] }): Promise<Project> {
  return api<Project>(`${projectPath(id)}/evidence`, { method: 'POST', body: input });
}

export function signOff(id: string, note: string): Promise<Project> {
  return api<Project>(`${projectPath(id)}/sign-off`, { method: 'POST', body: note ? { note } : {} });
}

export function fetchPublicProjects(code: string, signal?: AbortSignal): Promise<PublicProjects> {
  return api<PublicProjects>(`/api/public/communities/${encodeURIComponent(code)}/projects`, { signal });
}
