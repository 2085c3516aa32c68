import { and, desc, eq, gte, inArray, like, lte, notInArray, type SQL } from 'drizzle-orm';
import type { CaseDeps } from '../cases/case-deps.js';
import { cases } from '../cases/cases.tables.js';
import { FINAL_STATUSES } from '../cases/lifecycle/case-status.js';
import { clientForKey } from './api-keys.js';
import { clientRegionPrefix } from './clients.service.js';
import { list, type Open311Document } from './document.js';
import { type Fields, text } from './form-fields.js';
import { badRequest, notFound } from './open311-errors.js';
import { commaList, MAX_PAGE_SIZE, pagingOf, windowOf } from './query-window.js';
import { requestNodes } from './request-view.js';

const CASE_CODE = /^[0-9A-Za-z-]{1,40}$/;

/**
 * GET requests is public in the standard. Without an api_key every case of the installation may be
 * read (public fields only); with one, the client's region only. A bad key is still refused.
 */
export async function readScope(deps: CaseDeps, fields: Fields): Promise<SQL | undefined> {
  const key = text(fields, 'api_key');
  if (key === undefined) return undefined;
  const { client } = await clientForKey(deps.db, key);
  return like(cases.regionCode, `${clientRegionPrefix(client)}%`);
}

function statusFilter(fields: Fields): SQL | undefined {
  const wanted = commaList(fields, 'status', 2);
  if (!wanted || wanted.length === 0) return undefined;
  for (const s of wanted)
    if (s !== 'open' && s !== 'closed') throw badRequest('status must be open or closed');
  if (wanted.length === 2) return undefined;
  return wanted[0] === 'closed'
    ? inArray(cases.status, [...FINAL_STATUSES])
    : notInArray(cases.status, [...FINAL_STATUSES]);
}

function filters(fields: Fields, now: Date): SQL[] {
  const ids = commaList(fields, 'service_request_id', MAX_PAGE_SIZE);
  // A list of ids overrides every other filter, as the standard says.
  if (ids && ids.length > 0) {
    for (const id of ids)
      if (!CASE_CODE.test(id)) throw badRequest(`${id.slice(0, 50)} is not a service_request_id`);
    return [inArray(cases.code, ids)];
  }
  const window = windowOf(fields, now);
  const codes = commaList(fields, 'service_code', 200);
  return [
    gte(cases.createdAt, window.start),
    lte(cases.createdAt, window.end),
    ...(codes && codes.length > 0 ? [inArray(cases.categoryCode, codes)] : []),
    ...[statusFilter(fields)].filter((f) => f !== undefined),
  ];
}

/** GET requests: filtered, newest first, a page at a time. */
export async function listRequests(deps: CaseDeps, fields: Fields): Promise<Open311Document> {
  const now = deps.now?.() ?? new Date();
  const scope = await readScope(deps, fields);
  const where = filters(fields, now);
  const hasIds = (commaList(fields, 'service_request_id', MAX_PAGE_SIZE) ?? []).length > 0;
  const { page, pageSize } = hasIds ? { page: 1, pageSize: MAX_PAGE_SIZE } : pagingOf(fields);
  const rows = await deps.db
    .select()
    .from(cases)
    .where(and(scope, ...where))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { root: 'service_requests', body: list('request', await requestNodes(deps.db, deps.regions, rows)) };
}

/** GET requests/{id}: one request, as a list of one; unknown (or outside the key's region) is a 404. */
export async function getRequest(deps: CaseDeps, id: string, fields: Fields): Promise<Open311Document> {
  const scope = await readScope(deps, fields);
  const [row] = CASE_CODE.test(id)
    ? await deps.db
        .select()
        .from(cases)
        .where(and(eq(cases.code, id), scope))
    : [];
  if (!row) throw notFound(`No service request ${id.slice(0, 50)}`);
  return {
    root: 'service_requests',
    body: list('request', await requestNodes(deps.db, deps.regions, [row])),
  };
}
