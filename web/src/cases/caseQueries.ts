import type { ActionInput, CaseAction } from '@needle/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fetchCase, fetchCases, takeCaseAction } from '../api/cases';
import { listQuery, recordQuery } from '../api/queries';
import { caseWritten, queryKeys } from '../api/queryKeys';

export const useCaseDetail = (id: string) => useQuery(recordQuery(queryKeys.cases.detail(id), id, fetchCase));

/** A page of cases; `apiQuery` is the GET /api/cases query string. */
export const casePageQuery = (apiQuery: string) =>
  listQuery(queryKeys.cases.list(apiQuery), apiQuery, fetchCases);

export const useCasePage = (apiQuery: string) => useQuery(casePageQuery(apiQuery));

export interface CaseActionRequest {
  action: CaseAction;
  input: ActionInput;
}

/** The server answers an action with the case as it now is. */
export function useCaseAction(caseId: string) {
  return useMutation({
    mutationFn: ({ action, input }: CaseActionRequest) => takeCaseAction(caseId, action, input),
    onSuccess: (detail, _request, _context, { client }) => caseWritten(client, detail),
  });
}
