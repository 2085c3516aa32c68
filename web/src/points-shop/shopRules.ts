import type { Me, RegionTreeNode, ShopItem, ShopItemPatch } from '@needle/contract';

/** Why a resident cannot redeem an item now; the card shows it next to the disabled button. */
export type RedeemBlock = 'out_of_stock' | 'short' | 'unknown_balance';

/**
 * Whether the resident may redeem the item, and if not why. Out of stock comes first: topping up the
 * balance would not help. The server decides again (the stock or the balance may have moved meanwhile);
 * this only spares the resident a refusal they could have seen coming.
 */
export function redeemBlock(
  item: Pick<ShopItem, 'points' | 'stock'>,
  balance: number | undefined,
): RedeemBlock | null {
  if (item.stock <= 0) return 'out_of_stock';
  if (balance === undefined) return 'unknown_balance';
  if (balance < item.points) return 'short';
  return null;
}

/** How many points the resident still lacks for the item (0 when the balance covers it). */
export const pointsShort = (item: Pick<ShopItem, 'points'>, balance: number): number =>
  Math.max(0, item.points - balance);

/** Community and street staff (and the administrator) keep the shop; a department's staff do not. */
export const keepsShop = (me: Me): boolean =>
  me.jurisdiction.kind !== 'department' &&
  me.roles.some((role) => role === 'community_staff' || role === 'street_staff' || role === 'admin');

/** The code as the merchant reads it out or a scanner types it: spaces and dashes dropped, upper case. */
export const normalizePickupCode = (typed: string): string => typed.replace(/[\s-]+/g, '').toUpperCase();

/** What the pickup form may send: the server's pattern (4 to 16 letters or digits). */
export const pickupCodeLooksValid = (code: string): boolean => /^[A-Z0-9]{4,16}$/.test(code);

export interface ShopRegion {
  code: string;
  /** "街道 / 社区" for a community under a street the user keeps, so two 一社区 tell apart. */
  label: string;
}

/** The streets and communities in the user's tree, where an item can be offered, street before its communities. */
export function shopRegions(root: RegionTreeNode | undefined): ShopRegion[] {
  const found: ShopRegion[] = [];
  const walk = (node: RegionTreeNode, street: string | undefined) => {
    if (node.level === 'community') {
      found.push({ code: node.code, label: street ? `${street} / ${node.name}` : node.name });
      return;
    }
    if (node.level === 'street') found.push({ code: node.code, label: node.name });
    if (node.level === 'grid') return;
    for (const child of node.children) walk(child, node.level === 'street' ? node.name : street);
  };
  if (root) walk(root, undefined);
  return found;
}

export interface ItemFormValues {
  name: string;
  description?: string;
  points: number;
  stock: number;
  active: boolean;
}

/** Only what the edit changed, names trimmed; undefined when nothing did (the server wants at least one field). */
export function itemPatch(before: ShopItem, values: ItemFormValues): ShopItemPatch | undefined {
  const patch: ShopItemPatch = {};
  const name = values.name.trim();
  const description = (values.description ?? '').trim();
  if (name !== before.name) patch.name = name;
  if (description !== before.description) patch.description = description;
  if (values.points !== before.points) patch.points = values.points;
  if (values.stock !== before.stock) patch.stock = values.stock;
  if (values.active !== before.active) patch.active = values.active;
  return Object.keys(patch).length === 0 ? undefined : patch;
}
