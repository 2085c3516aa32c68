import { MAP_CASES_LIMIT, type MapCases, type MapCasesQuery } from '@needle/contract';
import { type AnyColumn, and, asc, eq, gte, inArray, like, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { badRequest } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { FINAL_STATUSES } from '../cases/lifecycle/case-status.js';

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** "west,south,east,north" in degrees; a box that is not one (south above north, off the globe) is refused. */
export function parseBoundingBox(text: string): BoundingBox {
  const [west, south, east, north] = text.split(',').map(Number) as [number, number, number, number];
  const inRange = (v: number, limit: number) => Number.isFinite(v) && Math.abs(v) <= limit;
  if (![west, east].every((v) => inRange(v, 180)) || ![south, north].every((v) => inRange(v, 90))) {
    throw badRequest('BBOX_INVALID', `bbox ${text} is not west,south,east,north in degrees`);
  }
  if (south > north || west > east) {
    throw badRequest(
      'BBOX_INVALID',
      `bbox ${text} has its south above its north or its west east of its east`,
    );
  }
  return { west, south, east, north };
}

/** A day's start in China time, as the case list counts days. */
const chinaDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
const DAY_MS = 86_400_000;

/**
 * The traffic light in the database, so that 50,000 cases need no calendar arithmetic in the process:
 * step_warn_at is where the step turns yellow (80 % of its limit in working time, set with the deadline)
 * and step_due_at where it turns red. Closed cases and steps without a clock have none (0).
 */
const lightCode = sql<number>`case
  when ${inArray(cases.status, [...FINAL_STATUSES])} or ${cases.stepDueAt} is null then 0
  when now() > ${cases.stepDueAt} then 3
  when ${cases.stepWarnAt} is not null and now() >= ${cases.stepWarnAt} then 2
  else 1 end`;

/** Index of each distinct value, in the order first met: the dictionary a column is coded against. */
function dictionary() {
  const values: string[] = [];
  const index = new Map<string, number>();
  return {
    values,
    // An arrow, so that it can be handed to map() as is.
    code: (value: string): number => {
      let i = index.get(value);
      if (i === undefined) {
        i = values.length;
        index.set(value, i);
        values.push(value);
      }
      return i;
    },
  };
}

/** The cases the viewer may see that match the filters, as columns (see MapCasesResponse). */
export async function mapCases(db: Executor, viewer: AuthUser, q: MapCasesQuery): Promise<MapCases> {
  if (q.from && q.to && q.from > q.to) {
    throw badRequest('DATE_RANGE_INVALID', `from ${q.from} is after to ${q.to}`);
  }
  const box = q.bbox ? parseBoundingBox(q.bbox) : null;
  const where: (SQL | undefined)[] = [
    casesVisibleTo(viewer),
    q.status?.length ? inArray(cases.status, q.status) : undefined,
    q.categoryCode ? eq(cases.categoryCode, q.categoryCode) : undefined,
    q.regionCode ? like(cases.regionCode, `${regionPrefix(q.regionCode)}%`) : undefined,
    q.from ? gte(cases.createdAt, chinaDay(q.from)) : undefined,
    q.to ? lt(cases.createdAt, new Date(chinaDay(q.to).getTime() + DAY_MS)) : undefined,
    box ? sql`${cases.lat} between ${box.south} and ${box.north}` : undefined,
    box ? sql`${cases.lng} between ${box.west} and ${box.east}` : undefined,
  ];
  // One more than the limit tells whether the limit cut the answer short.
  const picked = db
    .select({
      id: cases.id,
      createdAt: cases.createdAt,
      // Six decimals are about 0.1 m: the map needs no more, and the answer stays short.
      lat: sql<string>`round(${cases.lat}::numeric, 6)`.as('lat6'),
      lng: sql<string>`round(${cases.lng}::numeric, 6)`.as('lng6'),
      status: cases.status,
      categoryCode: cases.categoryCode,
      light: lightCode.as('light'),
    })
    .from(cases)
    .where(and(...where))
    .orderBy(asc(cases.createdAt), asc(cases.id))
    .limit(MAP_CASES_LIMIT + 1)
    .as('picked');
  // Each column comes back as one comma-joined text: 50,000 rows as 50,000 driver objects cost seconds on
  // the embedded database, one row of six texts a fraction of that.
  const column = (value: SQL | SQL.Aliased | AnyColumn) =>
    sql<string>`coalesce(string_agg(${value}::text, ',' order by ${picked.createdAt}, ${picked.id}), '')`;
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
      id: column(picked.id),
      lat: column(picked.lat),
      lng: column(picked.lng),
      status: column(picked.status),
      category: column(picked.categoryCode),
      light: column(picked.light),
    })
    .from(picked);
  const total = Number(row?.n ?? 0);
  const n = Math.min(total, MAP_CASES_LIMIT);
  const split = (text: string | undefined) => (n === 0 || !text ? [] : text.split(',', n));
  const statuses = dictionary();
  const categories = dictionary();
  const answer: MapCases = {
    count: n,
    truncated: total > MAP_CASES_LIMIT,
    statuses: statuses.values,
    categories: categories.values,
    id: split(row?.id),
    lat: split(row?.lat).map(Number),
    lng: split(row?.lng).map(Number),
    light: split(row?.light).map(Number),
    status: split(row?.status).map(statuses.code),
    category: split(row?.category).map(categories.code),
  };
  return answer;
}
