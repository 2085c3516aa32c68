import type {
  AcceptHotspotInput,
  HotspotProposal,
  HotspotProposalDetail,
  HotspotRun,
  ProactiveFigureAnswer,
} from '@needle/contract';
import { type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import { api } from '../api/client';
import type { ListPage } from '../api/queries';
import { listQuery, recordQuery } from '../api/queries';
import { queryKeys } from '../api/queryKeys';

export type ProposalDetail = Static<typeof HotspotProposalDetail>;
export type EvidenceCase = ProposalDetail['cases'][number];
export type TrendDay = ProposalDetail['trend'][number];

const keys = {
  all: ['hotspots'] as const,
  list: (query: string) => ['hotspots', 'list', query] as const,
  detail: (id: string) => ['hotspots', 'detail', id] as const,
  proactive: (month: string, regionCode?: string) =>
    ['stats', 'proactive', month, regionCode ?? 'jurisdiction'] as const,
};

const fetchProposals = (query: URLSearchParams, signal: AbortSignal) =>
  api<ListPage<HotspotProposal>>(`/api/hotspots/proposals?${query}`, { signal });

const fetchProposal = (id: string, signal: AbortSignal) =>
  api<ProposalDetail>(`/api/hotspots/proposals/${encodeURIComponent(id)}`, { signal });

/** A page of proposals; `apiQuery` is the GET /api/hotspots/proposals query string the URL keeps. */
export const useProposalPage = (apiQuery: string) =>
  useQuery(listQuery(keys.list(apiQuery), apiQuery, fetchProposals));

export const useProposal = (id: string) => useQuery(recordQuery(keys.detail(id), id, fetchProposal));

/** How many proposals wait on the user: one row asked for, the total read. */
export function useOpenProposalCount(enabled: boolean) {
  return useQuery({
    queryKey: keys.list('status=open&pageSize=1'),
    queryFn: ({ signal }) => fetchProposals(new URLSearchParams({ status: 'open', pageSize: '1' }), signal),
    select: (page) => page.total,
    enabled,
  });
}

/**
 * A decision changes the proposals, and what it made: a case (lists, the workbench), a whistle order,
 * the 未诉先办 figure.
 */
function decided(client: QueryClient, proposal: HotspotProposal) {
  void client.invalidateQueries({ queryKey: keys.all });
  void client.invalidateQueries({ queryKey: queryKeys.stats.all });
  void client.invalidateQueries({ queryKey: queryKeys.cases.lists() });
  void client.invalidateQueries({ queryKey: queryKeys.workbench.all });
  if (proposal.actionWhistleId) void client.invalidateQueries({ queryKey: queryKeys.whistles.all });
}

export function useAcceptProposal(id: string) {
  return useMutation({
    mutationFn: (body: AcceptHotspotInput) =>
      api<HotspotProposal>(`/api/hotspots/proposals/${encodeURIComponent(id)}/accept`, {
        method: 'POST',
        body,
      }),
    onSuccess: (proposal, _body, _context, { client }) => decided(client, proposal),
  });
}

export function useDismissProposal(id: string) {
  return useMutation({
    mutationFn: (reason: string) =>
      api<HotspotProposal>(`/api/hotspots/proposals/${encodeURIComponent(id)}/dismiss`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: (proposal, _reason, _context, { client }) => decided(client, proposal),
  });
}

/** Detection on demand; what it found shows in the list at once. */
export function useRunDetection() {
  return useMutation({
    mutationFn: () => api<HotspotRun>('/api/hotspots/run', { method: 'POST' }),
    onSuccess: (_run, _none, _context, { client }) => client.invalidateQueries({ queryKey: keys.all }),
  });
}

/** 未诉先办 of a month over the chosen area (the jurisdiction when none). */
export function useProactiveFigure(month: string, regionCode?: string) {
  return useQuery({
    queryKey: keys.proactive(month, regionCode),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ month });
      if (regionCode) query.set('regionCode', regionCode);
      return api<ProactiveFigureAnswer>(`/api/stats/proactive?${query}`, { signal });
    },
  });
}
