import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { shopItems } from '../../modules/points-shop/points-shop.tables.js';
import type { ParticipationCast } from './participation-people.js';
import { PARTNER_UNITS, SHOP_ITEMS } from './participation-texts.js';

/**
 * Stocks each community's points shop with what the street's merchants offer, so a resident who earned
 * points in the demo year has something to spend them on.
 */
export async function writeShopItems(
  db: Db,
  o: { communities: readonly string[]; cast: ParticipationCast; at: Date },
): Promise<number> {
  const unitOf = (name: string) => {
    const i = PARTNER_UNITS.findIndex(([unit]) => unit === name);
    const id = o.cast.partnerUnitIds[i];
    if (id === undefined) throw new Error(`no partner unit ${name} in the demo year`);
    return id;
  };
  const rows = o.communities.flatMap((community) =>
    SHOP_ITEMS.map(([name, unit, points, stock]) => ({
      districtCode: districtCodeOf(community),
      regionCode: community,
      partnerUnitId: unitOf(unit),
      name,
      points,
      stock,
      createdBy: o.cast.staffFor(community).id,
      createdAt: o.at,
      updatedAt: o.at,
    })),
  );
  await db.insert(shopItems).values(rows);
  return rows.length;
}
