import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { isWithin } from '../../lib/codes/region-code.js';
import { AppError } from '../../lib/errors/app-error.js';
import { findCategory } from '../categories/categories.service.js';
import { communityNeeds } from '../community-lists/community-lists.tables.js';
import { routingDepartments } from '../departments/departments.queries.js';
import { shopCases } from '../inspections/inspections.tables.js';
import type { LocatedPoint } from '../regions/regions.service.js';
import { whistleOrderCases } from '../whistle/whistle.tables.js';
import type { ActionInput, CaseRow, StepExtras } from './apply-step.js';
import { cellOf } from './nearby.js';
import { routeCase } from './routing.js';

/** The unit that holds a case: a department, or a street or community office. */
export interface Holder {
  unitDepartmentId: string | null;
  unitRegionCode: string | null;
}

const holderOf = (c: Holder): Holder => ({
  unitDepartmentId: c.unitDepartmentId,
  unitRegionCode: c.unitRegionCode,
});

const sameUnit = (a: Holder, b: Holder) =>
  a.unitDepartmentId === b.unitDepartmentId && a.unitRegionCode === b.unitRegionCode;

/** A street or community office takes cases of its own area only (the same rule as for a dispatch). */
export function assertCovers(unit: Holder, regionCode: string): void {
  if (unit.unitRegionCode && !isWithin(regionCode, unit.unitRegionCode)) {
    throw new AppError(
      422,
      'UNIT_DOES_NOT_COVER_CASE',
      'A street or community office takes cases of its own area only',
    );
  }
}

/**
 * 改派: the dispatcher or shift lead moves a case sent to the wrong unit to another one. The timeline
 * keeps both; the event carries the new unit where a dispatch does, so whoever reads dispatches reads it.
 */
export function reroute(c: CaseRow, unit: Holder): StepExtras {
  if (sameUnit(c, unit)) {
    throw new AppError(422, 'SAME_UNIT', 'The case is with that unit already: choose another one');
  }
  assertCovers(unit, c.regionCode);
  return {
    change: { ...unit },
    data: { from: holderOf(c), to: holderOf(unit), ...unit },
  };
}

const placeOf = (c: Pick<CaseRow, 'gridCode' | 'lat' | 'lng' | 'address'> & Holder) => ({
  gridCode: c.gridCode,
  lat: c.lat,
  lng: c.lng,
  address: c.address,
  ...holderOf(c),
});

/**
 * 重新定位: a case placed in the wrong grid is put where it really is. The new point is located as at
 * intake, and the responsibility list routes the case again from there: it goes, as a fresh dispatch,
 * to the unit the list names for the new place. The case's own due date stays: the caller has waited
 * since the call, wherever the case was put.
 */
export async function relocate(
  db: Executor,
  c: CaseRow,
  place: NonNullable<ActionInput['place']>,
  located: LocatedPoint,
): Promise<StepExtras> {
  if (located.grid.code === c.gridCode) {
    throw new AppError(
      422,
      'SAME_GRID',
      'The point is in the case’s own grid: to send it to another unit, reroute it',
    );
  }
  if (located.district.code !== c.districtCode) await mayLeaveDistrict(db, c.id);
  const category = await findCategory(db, c.categoryCode);
  if (!category) throw new Error(`case ${c.id} has a category that does not exist`);
  const routed = routeCase(
    category,
    { streetCode: located.street.code, regionCode: located.grid.code },
    await routingDepartments(db),
  );
  const unit: Holder = {
    unitDepartmentId: routed.unit.kind === 'department' ? routed.unit.departmentId : null,
    unitRegionCode: routed.unit.kind === 'region' ? routed.unit.regionCode : null,
  };
  const moved = {
    lat: place.lat,
    lng: place.lng,
    address: place.address ?? c.address,
    h3Cell: cellOf(place.lat, place.lng),
    gridCode: located.grid.code,
    communityCode: located.community.code,
    streetCode: located.street.code,
    districtCode: located.district.code,
    regionCode: located.grid.code,
    ...unit,
  };
  return {
    change: moved,
    data: {
      from: placeOf(c),
      to: placeOf(moved),
      routedTo: routed.unit,
      assist: routed.assist,
      routingReason: routed.reason,
      ...unit,
    },
  };
}

/**
 * A case tied to a shop, a whistle order or a community's need stays in their district: its link pairs
 * the district with theirs (docs/scaling.md, section 4), and none of them moves with the case.
 */
async function mayLeaveDistrict(db: Executor, caseId: string): Promise<void> {
  const [shop] = await db
    .select({ id: shopCases.targetId })
    .from(shopCases)
    .where(eq(shopCases.caseId, caseId));
  const [order] = await db
    .select({ id: whistleOrderCases.orderId })
    .from(whistleOrderCases)
    .where(eq(whistleOrderCases.caseId, caseId));
  const [need] = await db
    .select({ id: communityNeeds.id })
    .from(communityNeeds)
    .where(eq(communityNeeds.caseId, caseId));
  if (shop || order || need) {
    throw new AppError(
      409,
      'TIED_TO_DISTRICT',
      shop
        ? 'The case was reported at a shop in this district: correct the shop’s place instead'
        : order
          ? 'A whistle order of this district is about the case: it stays in the district'
          : 'A community of this district listed the case as a need: it stays in the district',
    );
  }
}
