import type {
  Activity,
  ActivityDetail,
  ActivityInput,
  Attendance,
  MyHours,
  MyPartyRegistration,
  PartnerResponses,
  PartyMember,
  PartyRegistrationInput,
  RatingInput,
  SiteCode,
  Team,
  TeamDetail,
  TeamInput,
} from '@needle/contract';
import { api } from './client';

export type {
  Activity,
  ActivityDetail,
  ActivityInput,
  Attendance,
  MyHours,
  MyPartyRegistration,
  PartnerResponses,
  PartyMember,
  PartyRegistrationInput,
  SiteCode,
  Team,
  TeamDetail,
  TeamInput,
} from '@needle/contract';

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

const teamPath = (id: string) => `/api/volunteer-teams/${encodeURIComponent(id)}`;
const activityPath = (id: string) => `/api/volunteer-activities/${encodeURIComponent(id)}`;
const partyPath = (id: string) => `/api/party-members/${encodeURIComponent(id)}`;

export const fetchTeams = (query: string, signal?: AbortSignal) =>
  api<Page<Team>>(`/api/volunteer-teams?${query}`, { signal });
export const fetchTeam = (id: string, signal?: AbortSignal) => api<TeamDetail>(teamPath(id), { signal });
export const createTeam = (input: TeamInput) =>
  api<Team>('/api/volunteer-teams', { method: 'POST', body: input });
export const joinTeam = (id: string) => api<TeamDetail>(`${teamPath(id)}/join`, { method: 'POST', body: {} });
export const addTeamMember = (id: string, phone: string) =>
  api<TeamDetail>(`${teamPath(id)}/members`, { method: 'POST', body: { phone } });
export const setTeamLeader = (id: string, userId: string | null) =>
  api<TeamDetail>(`${teamPath(id)}/leader`, { method: 'PUT', body: { userId } });

export const fetchActivities = (query: string, signal?: AbortSignal) =>
  api<Page<Activity>>(`/api/volunteer-activities?${query}`, { signal });
export const fetchActivity = (id: string, signal?: AbortSignal) =>
  api<ActivityDetail>(activityPath(id), { signal });
export const createActivity = (input: ActivityInput) =>
  api<Activity>('/api/volunteer-activities', { method: 'POST', body: input });
export const signUp = (id: string) =>
  api<Activity>(`${activityPath(id)}/sign-up`, { method: 'POST', body: {} });
export const cancelSignUp = (id: string) =>
  api<Activity>(`${activityPath(id)}/cancel`, { method: 'POST', body: {} });
export const fetchSiteCode = (id: string, signal?: AbortSignal) =>
  api<SiteCode>(`${activityPath(id)}/site-code`, { signal });
export const checkIn = (id: string, token: string) =>
  api<Attendance>(`${activityPath(id)}/check-in`, { method: 'POST', body: { token } });
export const checkOut = (id: string, token: string) =>
  api<Attendance>(`${activityPath(id)}/check-out`, { method: 'POST', body: { token } });
export const fetchMyHours = (signal?: AbortSignal) => api<MyHours>('/api/volunteer-hours/mine', { signal });

export const fetchPartyMembers = (query: string, signal?: AbortSignal) =>
  api<Page<PartyMember>>(`/api/party-members?${query}`, { signal });
export const fetchMyParty = (signal?: AbortSignal) =>
  api<MyPartyRegistration>('/api/party-members/mine', { signal });
export const registerParty = (input: PartyRegistrationInput) =>
  api<unknown>('/api/party-members', { method: 'POST', body: input });
export const confirmParty = (id: string) =>
  api<PartyMember>(`${partyPath(id)}/confirm`, { method: 'POST', body: {} });
export const rateParty = (id: string, year: number, input: RatingInput) =>
  api<PartyMember>(`${partyPath(id)}/ratings/${year}`, { method: 'PUT', body: input });

export const fetchPartnerResponses = (query: string, signal?: AbortSignal) =>
  api<PartnerResponses>(`/api/partner-responses?${query}`, { signal });
