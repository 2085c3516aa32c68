import { REQUEST_TYPES, type RequestType, URGENCIES, type Urgency } from '@needle/contract';

/** Done or not yet, for each step of the ticket; undefined shows both. */
export type StepFilter = boolean | undefined;

/** What the ticket list shows: kept in the page URL, so Back from a ticket returns to the same list. */
export interface TicketListQuery {
  requestType?: RequestType;
  urgency?: Urgency;
  signed: StepFilter;
  contacted: StepFilter;
  calledBack: StepFilter;
  page: number;
  pageSize: number;
}

export const stepFilters = ['signed', 'contacted', 'calledBack'] as const;
export type StepFilterName = (typeof stepFilters)[number];

export const ticketPageSizes = [10, 20, 50];
const defaultPageSize = 10;

const oneOf = <T extends string>(values: readonly T[], text: string | null): T | undefined =>
  values.find((value) => value === text);

const flag = (text: string | null): StepFilter =>
  text === 'true' ? true : text === 'false' ? false : undefined;

/** A hand-edited URL falls back to defaults instead of a 400 from the server. */
export function readTicketListQuery(params: URLSearchParams): TicketListQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    requestType: oneOf(REQUEST_TYPES, params.get('requestType')),
    urgency: oneOf(URGENCIES, params.get('urgency')),
    signed: flag(params.get('signed')),
    contacted: flag(params.get('contacted')),
    calledBack: flag(params.get('calledBack')),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: ticketPageSizes.includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** The same names as GET /api/hotline/tickets takes, so one string serves the page URL and the API call. */
export function writeTicketListQuery(query: TicketListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.requestType) params.set('requestType', query.requestType);
  if (query.urgency) params.set('urgency', query.urgency);
  for (const name of stepFilters) {
    const value = query[name];
    if (value !== undefined) params.set(name, String(value));
  }
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}
