import type {
  ArrivalInput,
  CallEvaluationInput,
  Evaluations,
  IssueInput,
  WhistleDetail,
  WhistleList,
} from '@needle/contract';
import { api } from './client';

const orderPath = (id: string) => `/api/whistles/${encodeURIComponent(id)}`;
const callPath = (id: string, callId: string) => `${orderPath(id)}/calls/${encodeURIComponent(callId)}`;

export function fetchWhistles(query: URLSearchParams, signal?: AbortSignal): Promise<WhistleList> {
  return api<WhistleList>(`/api/whistles?${query}`, { signal });
}

export function fetchWhistle(id: string, signal?: AbortSignal): Promise<WhistleDetail> {
  return api<WhistleDetail>(orderPath(id), { signal });
}

export function issueWhistle(input: IssueInput): Promise<WhistleDetail> {
  return api<WhistleDetail>('/api/whistles', { method: 'POST', body: input });
}

export function acknowledgeCall(id: string, callId: string): Promise<WhistleDetail> {
  return api<WhistleDetail>(`${callPath(id, callId)}/acknowledge`, { method: 'POST', body: {} });
}

// Unlike the other steps, arriving and evaluating wrap the order in an envelope with their own result.
export async function arriveOnCall(id: string, callId: string, input: ArrivalInput): Promise<WhistleDetail> {
  const { whistle } = await api<{ late: boolean; whistle: WhistleDetail }>(`${callPath(id, callId)}/arrive`, {
    method: 'POST',
    body: input,
  });
  return whistle;
}

export function completeCall(id: string, callId: string, note: string): Promise<WhistleDetail> {
  return api<WhistleDetail>(`${callPath(id, callId)}/complete`, { method: 'POST', body: { note } });
}

export async function evaluateCall(
  id: string,
  callId: string,
  input: CallEvaluationInput,
): Promise<WhistleDetail> {
  const { whistle } = await api<{ score: number; whistle: WhistleDetail }>(
    `${callPath(id, callId)}/evaluation`,
    { method: 'POST', body: input },
  );
  return whistle;
}

export function closeWhistle(id: string, note: string): Promise<WhistleDetail> {
  return api<WhistleDetail>(`${orderPath(id)}/close`, { method: 'POST', body: note ? { note } : {} });
}

export function cancelWhistle(id: string, reason: string): Promise<WhistleDetail> {
  return api<WhistleDetail>(`${orderPath(id)}/cancel`, { method: 'POST', body: { reason } });
}

export function fetchEvaluations(month: string, signal?: AbortSignal): Promise<Evaluations> {
  return api<Evaluations>(`/api/whistles/evaluations?month=${encodeURIComponent(month)}`, { signal });
}

/** 上报街道: a community hands a case it cannot solve to its street, which may then whistle. */
export function escalateCase(
  caseId: string,
  reason: string,
): Promise<{ caseCode: string; notified: number }> {
  return api<{ caseCode: string; notified: number }>('/api/whistles/escalations', {
    method: 'POST',
    body: { caseId, reason },
  });
}
