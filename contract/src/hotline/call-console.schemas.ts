import { type Static, Type } from 'typebox';
import { URGENCIES } from '../enums/enums.js';
import { RelatedTicket } from './hotline.schemas.js';

/** GET /api/hotline/callers/tickets: the number the operator typed while the caller is on the line. */
export const CallerHistoryQuery = Type.Object(
  {
    phone: Type.String({
      minLength: 5,
      maxLength: 20,
      pattern: '^[0-9+() -]+$',
      examples: ['138 1234 5678'],
    }),
  },
  { additionalProperties: false },
);
export type CallerHistoryQuery = Static<typeof CallerHistoryQuery>;

/** The caller's earlier tickets, newest first, before anything else about the call is typed. */
export const CallerHistory = Type.Object({ tickets: Type.Array(RelatedTicket) });
export type CallerHistory = Static<typeof CallerHistory>;

/** GET /api/hotline/due-dates: when a call taken now would be due, for each urgency tier. */
export const CallDueDates = Type.Object({
  now: Type.String(),
  dueAt: Type.Object(
    Object.fromEntries(URGENCIES.map((u) => [u, Type.String()])) as Record<
      (typeof URGENCIES)[number],
      ReturnType<typeof Type.String>
    >,
  ),
});
export type CallDueDates = Static<typeof CallDueDates>;
