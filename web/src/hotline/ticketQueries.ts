import type { TicketDetail } from '@needle/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fetchTicket, fetchTickets } from '../api/hotline';
import { listQuery, recordQuery } from '../api/queries';
import { queryKeys, ticketWritten } from '../api/queryKeys';

/**
 * The ticket of a hotline case. An action on the case invalidates it: whether the unit may sign or the
 * operator may call back depends on where the case stands.
 */
export const useTicket = (caseId: string) =>
  useQuery(recordQuery(queryKeys.tickets.detail(caseId), caseId, fetchTicket));

export const useTicketPage = (apiQuery: string) =>
  useQuery(listQuery(queryKeys.tickets.list(apiQuery), apiQuery, fetchTickets));

/** A ticket step (签收, 响应, 回访): the server answers with the ticket as it now is. */
export function useTicketStep<Variables, Result extends TicketDetail>(
  send: (variables: Variables) => Promise<Result>,
) {
  return useMutation({
    mutationFn: send,
    onSuccess: (detail, _variables, _context, { client }) => ticketWritten(client, detail),
  });
}
