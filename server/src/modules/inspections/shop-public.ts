import { desc, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { intakeCase } from '../cases/intake.js';
import { keptTarget } from './inspection-office.js';
import { inspections, inspectionTargets, rectificationOrders, shopCases } from './inspections.tables.js';
import { shopSecret, signShopCode, verifyShopCode } from './shop-code.js';

const invalid = () => notFound('SHOP_CODE_INVALID', 'This is not a shop code Needle issued');

/** The shop a code names, if Needle signed it; anything else is one and the same "not found". */
async function shopOfCode(deps: CaseDeps, code: string) {
  const id = verifyShopCode(await shopSecret(deps.db), code);
  if (!id) throw invalid();
  const [shop] = await deps.db.select().from(inspectionTargets).where(eq(inspectionTargets.id, id));
  if (shop?.kind !== 'shop') throw invalid();
  return shop;
}

/** The code to print for a shop, and the address it opens. */
export async function shopCodeOf(deps: CaseDeps, actor: AuthUser, id: string) {
  const shop = await keptTarget(deps.db, actor, id);
  if (shop.kind !== 'shop') throw notFound('TARGET_NOT_FOUND', 'Only shops have a code (一户一码)');
  const code = signShopCode(await shopSecret(deps.db), shop.id);
  // A query, not a path: the code holds a dot, and a path ending in .xyz is taken for a file.
  return { code, url: `/shop-code?code=${encodeURIComponent(code)}` };
}

/** What the code's public page shows: the shop, its duties and its last inspection; nothing about people. */
export async function publicShop(deps: CaseDeps, code: string) {
  const shop = await shopOfCode(deps, code);
  const [last] = await deps.db
    .select()
    .from(inspections)
    .where(eq(inspections.targetId, shop.id))
    .orderBy(desc(inspections.at))
    .limit(1);
  const orders = await deps.db
    .select({ state: rectificationOrders.state })
    .from(rectificationOrders)
    .where(eq(rectificationOrders.targetId, shop.id));
  return {
    id: shop.id,
    name: shop.name,
    lat: shop.lat,
    lng: shop.lng,
    kind: shop.kind,
    address: shop.address,
    frontageDuties: shop.frontageDuties,
    lastInspection: last
      ? {
          at: last.at.toISOString(),
          passed: last.results.every((r) => r.ok),
          openOrders: orders.filter((o) => o.state === 'open').length,
        }
      : null,
  };
}

/**
 * A resident's report from a shop's code: a case placed at the shop, its address naming the shop, and
 * tied to it; the Idempotency-Key makes a retried submission the same case.
 */
export async function reportAtShop(
  deps: CaseDeps,
  actor: AuthUser,
  code: string,
  input: { categoryCode: string; description: string; photoIds?: string[] },
  key: string,
) {
  const shop = await shopOfCode(deps, code);
  return intakeCase(
    deps,
    actor,
    {
      categoryCode: input.categoryCode,
      description: input.description,
      lat: shop.lat,
      lng: shop.lng,
      address: `${shop.name}${shop.address ? `（${shop.address}）` : ''}`,
      photoIds: input.photoIds,
    },
    key,
    {
      within: async (tx, created) => {
        await tx
          .insert(shopCases)
          .values({ districtCode: shop.districtCode, caseId: created.id, targetId: shop.id })
          .onConflictDoNothing();
      },
    },
  );
}
