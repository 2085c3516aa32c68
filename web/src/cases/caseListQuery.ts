import { type CaseStatus, type Channel, isCaseStatus, isChannel } from '@needle/contract';

/** What the case list shows: kept in the page URL so Back from a case returns to the same list. */
export interface CaseListQuery {
  status: CaseStatus[];
  categoryCode?: string;
  /**
   * Where the cases are (a district, street, community or grid code), and which unit holds them (a
   * department, or a street or community office): how a dashboard links a figure to the cases behind it.
   */
  regionCode?: string;
  departmentId?: string;
  unitRegionCode?: string;
  channel?: Channel;
  /** Only overdue cases when set; the list has no "only on time" view. */
  overdue: boolean;
  /** Report dates, YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export const pageSizes = [10, 20, 50, 100];
const defaultPageSize = 20;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function positiveInt(text: string | null, fallback: number, max: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

const optional = (text: string | null, valid: (value: string) => boolean): string | undefined =>
  text && valid(text) ? text : undefined;

/** A hand-edited or outdated URL falls back to defaults instead of a 400 from the server. */
export function readCaseListQuery(params: URLSearchParams): CaseListQuery {
  const channel = params.get('channel');
  return {
    status: params.getAll('status').filter(isCaseStatus),
    categoryCode: optional(params.get('categoryCode'), (code) => /^[CE]\d{4}$/.test(code)),
    regionCode: optional(params.get('regionCode'), (code) => /^\d{12}(\d{3})?$/.test(code)),
    departmentId: optional(params.get('departmentId'), (id) => uuid.test(id)),
    unitRegionCode: optional(params.get('unitRegionCode'), (code) => /^\d{12}$/.test(code)),
    channel: channel && isChannel(channel) ? channel : undefined,
    overdue: params.get('overdue') === 'true',
    from: optional(params.get('from'), (day) => isoDate.test(day)),
    to: optional(params.get('to'), (day) => isoDate.test(day)),
    q: optional(params.get('q'), (text) => text.trim().length > 0 && text.length <= 100),
    page: positiveInt(params.get('page'), 1, 10_000),
    pageSize: pageSizes.includes(Number(params.get('pageSize')))
      ? Number(params.get('pageSize'))
      : defaultPageSize,
  };
}

/** The same names as GET /api/cases takes, so one string serves the page URL and the API call. */
export function writeCaseListQuery(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of query.status) params.append('status', status);
  if (query.categoryCode) params.set('categoryCode', query.categoryCode);
  if (query.regionCode) params.set('regionCode', query.regionCode);
  if (query.departmentId) params.set('departmentId', query.departmentId);
  if (query.unitRegionCode) params.set('unitRegionCode', query.unitRegionCode);
  if (query.channel) params.set('channel', query.channel);
  if (query.overdue) params.set('overdue', 'true');
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.q) params.set('q', query.q);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}
