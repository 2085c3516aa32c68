import type { MonthlyProblemDetail } from '@needle/contract';
import { and, desc, eq, gte, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { hotspotProposals } from '../hotspots/hotspots.tables.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { whistleOrderCases, whistleOrders } from '../whistle/whistle.tables.js';
import { COMPLAINT_CHANNELS } from './complaint-channels.js';
import type { ProblemArea } from './problem-areas.js';

/** A list of actions is evidence, not a register: the latest this many of each kind. */
const LISTED = 50;

type Actions = MonthlyProblemDetail['actions'];

/**
 * What was done about the problem from the month on: proactive cases opened in its category in the area
 * (未诉先办), whistle orders (吹哨报到) that took up its complaints, and hotspot proposals of its category
 * that staff accepted. Each read stays within the district and the category, by an index.
 */
export async function problemActions(
  db: Executor,
  directory: RegionDirectory,
  area: ProblemArea,
  categoryCode: string,
  since: Date,
): Promise<Actions> {
  const name = (code: string) => directory.node(code)?.name ?? code;
  const inArea = area.prefix.length > 6 ? like(cases.regionCode, `${area.prefix}%`) : undefined;
  const ofCategory = (channels: string[]) =>
    and(
      eq(cases.districtCode, area.districtCode),
      eq(cases.categoryCode, categoryCode),
      inArray(cases.channel, channels),
      gte(cases.createdAt, since),
      inArea,
    );

  const proactive = await db
    .select({
      id: cases.id,
      code: cases.code,
      status: cases.status,
      createdAt: cases.createdAt,
      closedAt: cases.closedAt,
      streetCode: cases.streetCode,
    })
    .from(cases)
    .where(ofCategory(['proactive']))
    .orderBy(desc(cases.createdAt))
    .limit(LISTED);

  const whistles = await db
    .select({
      id: whistleOrders.id,
      code: whistleOrders.code,
      title: whistleOrders.title,
      status: whistleOrders.status,
      issuedAt: whistleOrders.issuedAt,
      cases: sql<number>`count(*)::int`,
    })
    .from(whistleOrderCases)
    .innerJoin(
      cases,
      and(eq(cases.districtCode, whistleOrderCases.districtCode), eq(cases.id, whistleOrderCases.caseId)),
    )
    .innerJoin(
      whistleOrders,
      and(
        eq(whistleOrders.districtCode, whistleOrderCases.districtCode),
        eq(whistleOrders.id, whistleOrderCases.orderId),
      ),
    )
    .where(and(eq(whistleOrderCases.districtCode, area.districtCode), ofCategory(COMPLAINT_CHANNELS)))
    .groupBy(
      whistleOrders.id,
      whistleOrders.code,
      whistleOrders.title,
      whistleOrders.status,
      whistleOrders.issuedAt,
    )
    .orderBy(desc(whistleOrders.issuedAt))
    .limit(LISTED);

  // A proposal is on its street's workbench; a community's or grid's staff see their street's, as the
  // hotspots module shows them.
  const streets = area.prefix.slice(0, 9);
  const hotspots = await db
    .select({
      id: hotspotProposals.id,
      kind: hotspotProposals.kind,
      streetCode: hotspotProposals.streetCode,
      observed: hotspotProposals.observed,
      expected: hotspotProposals.expected,
      action: hotspotProposals.action,
      decidedAt: hotspotProposals.decidedAt,
    })
    .from(hotspotProposals)
    .where(
      and(
        eq(hotspotProposals.districtCode, area.districtCode),
        eq(hotspotProposals.categoryCode, categoryCode),
        eq(hotspotProposals.status, 'accepted'),
        gte(hotspotProposals.decidedAt, since),
        like(hotspotProposals.streetCode, `${streets}%`),
      ),
    )
    .orderBy(desc(hotspotProposals.decidedAt))
    .limit(LISTED);

  return {
    proactiveCases: proactive.map((c) => ({
      id: c.id,
      code: c.code,
      status: c.status as Actions['proactiveCases'][number]['status'],
      createdAt: c.createdAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
      streetName: name(c.streetCode),
    })),
    whistleOrders: whistles.map((o) => ({
      id: o.id,
      code: o.code,
      title: o.title,
      status: o.status,
      createdAt: o.issuedAt.toISOString(),
      cases: Number(o.cases),
    })),
    acceptedHotspots: hotspots.map((h) => ({
      id: h.id,
      kind: h.kind,
      streetName: name(h.streetCode),
      observed: h.observed,
      expected: h.expected,
      action: h.action,
      decidedAt: h.decidedAt?.toISOString() ?? null,
    })),
  };
}
