import type { HotspotProposal } from '@needle/contract';
import { eq, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cellToLatLng } from 'h3-js';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { categories } from '../categories/categories.tables.js';
import type { RegionsService } from '../regions/regions.service.js';
import { users } from '../users/users.tables.js';
import { hotspotProposals } from './hotspots.tables.js';

const actionCase = alias(cases, 'action_case');

/** Proposals as the API shows them, with their street's and category's names; the subject (a caller's
 * key, for a repeated caller) never leaves the server. */
/**
 * The expected count to three significant figures: a quiet place may expect 0.004 of a case, which two
 * decimals would show as nothing and the page as "no ratio".
 */
export const threeFigures = (x: number): number => Number(x.toPrecision(3));

export function selectProposals(tx: Executor, where: SQL) {
  return tx
    .select({
      p: hotspotProposals,
      categoryName: categories.nameZh,
      decidedByName: users.displayName,
      actionCaseCode: actionCase.code,
    })
    .from(hotspotProposals)
    .innerJoin(categories, eq(categories.code, hotspotProposals.categoryCode))
    .leftJoin(users, eq(users.id, hotspotProposals.decidedBy))
    .leftJoin(actionCase, eq(actionCase.id, hotspotProposals.actionCaseId))
    .where(where)
    .$dynamic();
}

type Row = Awaited<ReturnType<ReturnType<typeof selectProposals>['execute']>>[number];

export function proposalView(row: Row, regions: RegionsService): HotspotProposal {
  const p = row.p;
  const [lat, lng] = cellToLatLng(p.area);
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    streetName: regions.directory.node(p.streetCode)?.name ?? p.streetCode,
    area: p.area,
    radius: p.radius,
    lat,
    lng,
    categoryCode: p.categoryCode,
    categoryName: row.categoryName,
    observed: p.observed,
    expected: threeFigures(p.expected),
    surprise: Math.round(p.surprise * 100) / 100,
    threshold: Math.round(p.threshold * 100) / 100,
    windowStart: p.windowStart.toISOString(),
    windowEnd: p.windowEnd.toISOString(),
    caseCount: p.caseIds.length,
    detectedAt: p.detectedAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decidedByName: row.decidedByName ?? null,
    dismissReason: p.dismissReason,
    action: p.action,
    actionCaseId: p.actionCaseId,
    actionCaseCode: row.actionCaseCode ?? null,
    actionWhistleId: p.actionWhistleId,
  };
}
