import type { MonthlyProblemDetail } from '@needle/contract';
import { and, desc, eq, gte, inArray, like, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { COMPLAINT_CHANNELS } from './complaint-channels.js';
import type { ProblemArea } from './problem-areas.js';

export interface CasePage {
  page: number;
  pageSize: number;
}

/**
 * A page of the top problem's complaints in the month, newest first: what a case is and where, never
 * who reported it (no name, phone, description or address, which may name people). Read by
 * cases_category_channel_idx: the district's cases of the one category in the month, not the district's
 * month of every category.
 */
export async function problemCases(
  db: Executor,
  directory: RegionDirectory,
  area: ProblemArea,
  categoryCode: string,
  month: { start: Date; end: Date },
  { page, pageSize }: CasePage,
): Promise<MonthlyProblemDetail['cases']> {
  const where = and(
    eq(cases.districtCode, area.districtCode),
    eq(cases.categoryCode, categoryCode),
    inArray(cases.channel, COMPLAINT_CHANNELS),
    gte(cases.createdAt, month.start),
    lt(cases.createdAt, month.end),
    area.prefix.length > 6 ? like(cases.regionCode, `${area.prefix}%`) : undefined,
  );
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where);
  const rows = await db
    .select({
      id: cases.id,
      code: cases.code,
      status: cases.status,
      channel: cases.channel,
      createdAt: cases.createdAt,
      closedAt: cases.closedAt,
      streetCode: cases.streetCode,
      communityCode: cases.communityCode,
    })
    .from(cases)
    .where(where)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const name = (code: string) => directory.node(code)?.name ?? code;
  return {
    total: Number(counted?.n ?? 0),
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status as MonthlyProblemDetail['cases']['items'][number]['status'],
      channel: r.channel as MonthlyProblemDetail['cases']['items'][number]['channel'],
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      streetName: name(r.streetCode),
      communityName: name(r.communityCode),
    })),
  };
}
