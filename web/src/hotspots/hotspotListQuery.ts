import { HOTSPOT_KINDS, HOTSPOT_STATUSES, type HotspotKind, type HotspotStatus } from '@needle/contract';

/** The proposals list as the page URL keeps it, with the names GET /api/hotspots/proposals takes. */
export interface HotspotListQuery {
  status?: HotspotStatus;
  kind?: HotspotKind;
  page: number;
  pageSize: number;
}

export const pageSizes = [10, 20, 50, 100];
const defaultPageSize = 20;

const isStatus = (s: string | null): s is HotspotStatus => HOTSPOT_STATUSES.some((v) => v === s);
const isKind = (k: string | null): k is HotspotKind => HOTSPOT_KINDS.some((v) => v === k);

/** A hand-edited or outdated URL falls back to the whole list rather than a 400 from the server. */
export function readHotspotListQuery(params: URLSearchParams): HotspotListQuery {
  const status = params.get('status');
  const kind = params.get('kind');
  const page = Number(params.get('page'));
  const size = Number(params.get('pageSize'));
  return {
    status: isStatus(status) ? status : undefined,
    kind: isKind(kind) ? kind : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: pageSizes.includes(size) ? size : defaultPageSize,
  };
}

export function writeHotspotListQuery(query: HotspotListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.kind) params.set('kind', query.kind);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}
