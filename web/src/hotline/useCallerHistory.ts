import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '../addresses/useDebounced';
import { queryKeys } from '../api/queryKeys';
import { phonePattern } from '../report/ProblemFields';
import { fetchCallerHistory } from './callConsoleApi';

/** The caller's earlier tickets once a whole number is typed: the first thing the operator sees. */
export function useCallerHistory(phone: string | undefined) {
  const typed = useDebounced((phone ?? '').trim(), 200);
  const complete = phonePattern.test(typed) && typed.replace(/\D/g, '').length >= 7;
  return {
    complete,
    query: useQuery({
      queryKey: queryKeys.tickets.caller(typed),
      queryFn: ({ signal }) => fetchCallerHistory(typed, signal),
      enabled: complete,
    }),
  };
}
