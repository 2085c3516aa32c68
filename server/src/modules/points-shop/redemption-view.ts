import type { Redemption, StaffRedemption } from '@needle/contract';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import type { shopRedemptions } from './points-shop.tables.js';

type RedemptionRow = typeof shopRedemptions.$inferSelect;

/** The ledger's name for a redemption: the source of its hold and of the hold's release. */
export const redemptionSource = (id: string): string => `redemption:${id}`;

/** A redemption as its resident sees it: the pickup code only while there is something to pick up. */
export function redemptionView(r: RedemptionRow, item: { name: string; unitName: string }): Redemption {
  return {
    id: r.id,
    itemId: r.itemId,
    itemName: item.name,
    partnerUnitName: item.unitName,
    regionCode: r.regionCode,
    points: r.points,
    state: r.state,
    pickupCode: r.state === 'pending' ? r.pickupCode : null,
    pickupDeadline: r.pickupDeadline.toISOString(),
    createdAt: r.createdAt.toISOString(),
    endedAt: r.endedAt?.toISOString() ?? null,
  };
}

/** A redemption as staff see it: the resident masked, and never the code, which is the resident's to show. */
export function staffRedemptionView(
  r: RedemptionRow,
  item: { name: string; unitName: string },
  resident: { displayName: string | null; phone: string | null },
): StaffRedemption {
  const { pickupCode: _code, ...view } = redemptionView(r, item);
  return {
    ...view,
    residentName: maskName(resident.displayName),
    residentPhone: maskPhone(resident.phone),
  };
}

/** What an audit row keeps of a redemption: everything but the pickup code, which would let a reader collect it. */
export function auditedRedemption(r: RedemptionRow) {
  const { pickupCode: _code, clientKey: _key, clientKeyHash: _hash, ...kept } = r;
  return kept;
}
