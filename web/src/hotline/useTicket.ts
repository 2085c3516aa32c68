import { useCallback, useEffect, useMemo, useState } from 'react';
import { fetchTicket } from '../api/hotline';
import type { TicketDetail } from '../api/hotlineTypes';
import { type Resource, useResource } from '../api/useResource';

/**
 * The ticket of a hotline case, loaded again whenever the case moves (`caseStatus`): whether the unit
 * may sign or the operator may call back depends on where the case stands. A step's reply replaces it.
 */
export function useTicket(
  caseId: string,
  caseStatus: string,
): { ticket: Resource<TicketDetail>; replace(detail: TicketDetail): void } {
  const load = useMemo(
    () => (caseStatus ? (signal: AbortSignal) => fetchTicket(caseId, signal) : null),
    [caseId, caseStatus],
  );
  const loaded = useResource(load);
  const [replaced, setReplaced] = useState<TicketDetail | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setReplaced(null);
  }, [loaded]);
  const replace = useCallback((detail: TicketDetail) => setReplaced(detail), []);
  const ticket: Resource<TicketDetail> =
    replaced && replaced.ticket.caseId === caseId ? { status: 'ready', data: replaced } : loaded;
  return { ticket, replace };
}
