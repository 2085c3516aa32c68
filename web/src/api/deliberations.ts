import type {
  BallotCast,
  BoardResolution,
  Deliberation,
  DeliberationBodyInput,
  DeliberationDetail,
  MeetingInput,
  MyVote,
  ObjectionRecorded,
  OpenVoteInput,
  PublicVoteResult,
  ReceiptCheck,
  VoteChoice,
} from '@needle/contract';
import { api } from './client';

export type {
  BoardResolution,
  Deliberation,
  DeliberationBodyInput,
  DeliberationDetail,
  DeliberationEvent,
  Meeting,
  MeetingInput,
  MyVote,
  OpenVoteInput,
  PublicVoteResult,
  ReceiptCheck,
  VoteChoice,
  VoteView,
} from '@needle/contract';

const path = (id: string) => `/api/deliberations/${encodeURIComponent(id)}`;

export async function fetchDeliberations(
  query: URLSearchParams,
  signal?: AbortSignal,
): Promise<Deliberation[]> {
  return (await api<{ items: Deliberation[] }>(`/api/deliberations?${query}`, { signal })).items;
}

export function fetchDeliberation(id: string, signal?: AbortSignal): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(path(id), { signal });
}

export function propose(input: DeliberationBodyInput): Promise<DeliberationDetail> {
  return api<DeliberationDetail>('/api/deliberations', { method: 'POST', body: input });
}

export function recordDiscussion(id: string, minutes: string): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/discussion`, { method: 'POST', body: { minutes } });
}

export function recordMeeting(id: string, input: MeetingInput): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/meetings`, { method: 'POST', body: input });
}

export function openVote(id: string, input: OpenVoteInput): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/vote`, { method: 'POST', body: input });
}

/** Final: a closed vote takes no more ballots and never opens again. */
export function closeVote(id: string): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/vote/close`, { method: 'POST', body: {} });
}

export function publish(
  id: string,
  input: { resolution: string; publishDays?: number },
): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/publication`, { method: 'POST', body: input });
}

export function closeDeliberation(id: string): Promise<DeliberationDetail> {
  return api<DeliberationDetail>(`${path(id)}/close`, { method: 'POST', body: {} });
}

/** `key`: made once per objection, so a retry after a lost answer records it once. */
export function object(id: string, text: string, key: string): Promise<ObjectionRecorded> {
  return api<ObjectionRecorded>(`${path(id)}/objections`, {
    method: 'POST',
    body: { text },
    headers: { 'idempotency-key': key },
  });
}

export async function fetchMyVotes(signal?: AbortSignal): Promise<MyVote[]> {
  return (await api<{ items: MyVote[] }>('/api/my/votes', { signal })).items;
}

/** `key`: a secret made once per ballot; a retry with it answers the same receipt. */
export function castBallot(voteId: string, choice: VoteChoice, key: string): Promise<BallotCast> {
  return api<BallotCast>(`/api/votes/${encodeURIComponent(voteId)}/ballots`, {
    method: 'POST',
    body: { choice },
    headers: { 'idempotency-key': key },
  });
}

export function fetchPublicVote(voteId: string, signal?: AbortSignal): Promise<PublicVoteResult> {
  return api<PublicVoteResult>(`/api/public/votes/${encodeURIComponent(voteId)}`, { signal });
}

export function checkReceipt(receipt: string): Promise<ReceiptCheck> {
  return api<ReceiptCheck>('/api/public/vote-receipts', { method: 'POST', body: { receipt } });
}

export async function fetchBoard(code: string, signal?: AbortSignal): Promise<BoardResolution[]> {
  return (
    await api<{ items: BoardResolution[] }>(
      `/api/public/communities/${encodeURIComponent(code)}/deliberations`,
      {
        signal,
      },
    )
  ).items;
}
