import type {
  CallbackInput,
  CallbackResult,
  CallInput,
  CallResult,
  TicketDetail,
  TicketPage,
} from '@needle/contract';
import { api } from './client';

const ticketPath = (caseId: string) => `/api/hotline/tickets/${encodeURIComponent(caseId)}`;

/** The key is made once per call taken and reused on every retry of it, as for a report. */
export function takeCall(call: CallInput, idempotencyKey: string): Promise<CallResult> {
  return api<CallResult>('/api/hotline/tickets', {
    method: 'POST',
    body: call,
    headers: { 'idempotency-key': idempotencyKey },
  });
}

export function fetchTickets(query: URLSearchParams, signal?: AbortSignal): Promise<TicketPage> {
  return api<TicketPage>(`/api/hotline/tickets?${query}`, { signal });
}

export function fetchTicket(caseId: string, signal?: AbortSignal): Promise<TicketDetail> {
  return api<TicketDetail>(ticketPath(caseId), { signal });
}

export function signTicket(caseId: string, note?: string): Promise<TicketDetail> {
  return api<TicketDetail>(`${ticketPath(caseId)}/sign`, { method: 'POST', body: note ? { note } : {} });
}

export function contactCaller(caseId: string, note: string): Promise<TicketDetail> {
  return api<TicketDetail>(`${ticketPath(caseId)}/contact`, { method: 'POST', body: { note } });
}

export function recordCallback(caseId: string, input: CallbackInput): Promise<CallbackResult> {
  return api<CallbackResult>(`${ticketPath(caseId)}/callback`, { method: 'POST', body: input });
}
