import type { Evaluation, EvaluationInput, EvaluationSubmissionInput } from '@needle/contract';
import { api } from './client';

export type {
  Evaluation,
  EvaluationInput,
  EvaluationResults,
  EvaluationSubmissionInput,
} from '@needle/contract';

/** An evaluation as a resident sees it: whether their household already took part. */
export type ResidentEvaluation = Omit<Evaluation, 'createdAt'> & { householdTookPart: boolean };

const staffPath = (id: string) => `/api/evaluations/${encodeURIComponent(id)}`;
const residentPath = (id: string) => `/api/my/evaluations/${encodeURIComponent(id)}`;

export async function fetchEvaluations(query: string, signal?: AbortSignal): Promise<Evaluation[]> {
  return (await api<{ items: Evaluation[] }>(`/api/evaluations?${query}`, { signal })).items;
}

export function fetchEvaluation(id: string, signal?: AbortSignal): Promise<Evaluation> {
  return api<Evaluation>(staffPath(id), { signal });
}

export function createEvaluation(input: EvaluationInput): Promise<Evaluation> {
  return api<Evaluation>('/api/evaluations', { method: 'POST', body: input });
}

export function closeEvaluation(id: string): Promise<Evaluation> {
  return api<Evaluation>(`${staffPath(id)}/close`, { method: 'POST', body: {} });
}

export async function fetchMyEvaluations(signal?: AbortSignal): Promise<ResidentEvaluation[]> {
  return (await api<{ items: ResidentEvaluation[] }>('/api/my/evaluations', { signal })).items;
}

export function fetchMyEvaluation(id: string, signal?: AbortSignal): Promise<ResidentEvaluation> {
  return api<ResidentEvaluation>(residentPath(id), { signal });
}

/** The household's one submission; a retry with the same key gets the first answer back. */
export function submitEvaluation(
  id: string,
  input: EvaluationSubmissionInput,
  idempotencyKey: string,
): Promise<{ evaluationId: string; submittedAt: string; replayed: boolean }> {
  return api(`${residentPath(id)}/submission`, {
    method: 'POST',
    body: input,
    headers: { 'idempotency-key': idempotencyKey },
  });
}
