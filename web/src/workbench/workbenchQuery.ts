import {
  CHANNELS,
  type Channel,
  isWorkbenchCaseQueue,
  type WorkbenchCaseQueue,
  type WorkbenchSort,
} from '@needle/contract';

/** What the workbench shows, kept in the page URL so Back from a case returns to the same queue. */
export interface WorkbenchQuery {
  view: 'todo' | 'done';
  queue?: WorkbenchCaseQueue;
  sort: WorkbenchSort;
  categoryCode?: string;
  channel?: Channel;
  q?: string;
  page: number;
  pageSize: number;
}

export const pageSizes = [10, 20, 50, 100];
const defaultPageSize = 20;

function positiveInt(text: string | null, fallback: number, max: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** A hand-edited or outdated URL falls back to defaults instead of a 400 from the server. */
export function readWorkbenchQuery(params: URLSearchParams): WorkbenchQuery {
  const queue = params.get('queue') ?? '';
  const channel = params.get('channel') ?? '';
  const categoryCode = params.get('categoryCode') ?? '';
  const q = params.get('q')?.trim() ?? '';
  return {
    view: params.get('view') === 'done' ? 'done' : 'todo',
    queue: isWorkbenchCaseQueue(queue) ? queue : undefined,
    sort: params.get('sort') === 'reported' ? 'reported' : 'deadline',
    categoryCode: /^[CE]\d{4}$/.test(categoryCode) ? categoryCode : undefined,
    channel: CHANNELS.find((c) => c === channel),
    q: q.length > 0 && q.length <= 100 ? q : undefined,
    page: positiveInt(params.get('page'), 1, 10_000),
    pageSize: pageSizes.includes(Number(params.get('pageSize')))
      ? Number(params.get('pageSize'))
      : defaultPageSize,
  };
}

export function writeWorkbenchQuery(query: WorkbenchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.view === 'done') params.set('view', 'done');
  if (query.queue) params.set('queue', query.queue);
  if (query.sort !== 'deadline') params.set('sort', query.sort);
  if (query.categoryCode) params.set('categoryCode', query.categoryCode);
  if (query.channel) params.set('channel', query.channel);
  if (query.q) params.set('q', query.q);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}

/** The GET /api/workbench/queues/:queue query string: the URL's list part, without the queue and view. */
export function queueApiQuery(query: WorkbenchQuery): string {
  const params = writeWorkbenchQuery({ ...query, view: 'todo', queue: undefined });
  params.set('sort', query.sort);
  return params.toString();
}
