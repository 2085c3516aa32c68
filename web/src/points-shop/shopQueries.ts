import type {
  Redeemed,
  Redemption,
  RedemptionList,
  RedemptionState,
  ShopItem,
  ShopItemInput,
  ShopItemList,
  ShopItemPatch,
  StaffRedemption,
  StaffRedemptionList,
} from '@needle/contract';
import { type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

// 积分超市: the resident's shop and redemptions, and the staff's items, redemptions and pickups.

const shopKeys = {
  all: ['points-shop'] as const,
  items: () => ['points-shop', 'items'] as const,
  mine: () => ['points-shop', 'mine'] as const,
  keptItems: () => ['points-shop', 'kept-items'] as const,
  keptRedemptions: (state: RedemptionState | undefined) =>
    ['points-shop', 'kept-redemptions', state ?? 'all'] as const,
};

/** A redemption moves the balance, the stock and the lists at once: everything under both is asked again. */
function refreshShop(client: QueryClient) {
  void client.invalidateQueries({ queryKey: shopKeys.all });
  void client.invalidateQueries({ queryKey: queryKeys.points.all });
}

// --- residents ---

export const useShopItems = () =>
  useQuery({
    queryKey: shopKeys.items(),
    queryFn: ({ signal }) => api<ShopItemList>('/api/points-shop/items', { signal }),
  });

export const useMyRedemptions = () =>
  useQuery({
    queryKey: shopKeys.mine(),
    queryFn: ({ signal }) => api<RedemptionList>('/api/points-shop/redemptions', { signal }),
  });

/** One of an item; the key is the caller's, kept across a retry so a lost answer is not a second redemption. */
export const redeemItem = (itemId: string, idempotencyKey: string): Promise<Redeemed> =>
  api<Redeemed>(`/api/points-shop/items/${itemId}/redeem`, {
    method: 'POST',
    headers: { 'idempotency-key': idempotencyKey },
  });

export function useRedeem() {
  return useMutation({
    mutationFn: ({ itemId, key }: { itemId: string; key: string }) => redeemItem(itemId, key),
    onSettled: (_result, _error, _variables, _context, { client }) => refreshShop(client),
  });
}

export function useCancelRedemption() {
  return useMutation({
    mutationFn: (id: string) =>
      api<Redemption>(`/api/points-shop/redemptions/${id}/cancel`, { method: 'POST' }),
    onSettled: (_result, _error, _variables, _context, { client }) => refreshShop(client),
  });
}

// --- staff ---

export const useKeptItems = () =>
  useQuery({
    queryKey: shopKeys.keptItems(),
    queryFn: ({ signal }) => api<ShopItemList>('/api/shop-items', { signal }),
  });

export const useKeptRedemptions = (state: RedemptionState | undefined) =>
  useQuery({
    queryKey: shopKeys.keptRedemptions(state),
    queryFn: ({ signal }) =>
      api<StaffRedemptionList>(`/api/shop-redemptions${state ? `?state=${state}` : ''}`, { signal }),
  });

export function useCreateItem() {
  return useMutation({
    mutationFn: (input: ShopItemInput) => api<ShopItem>('/api/shop-items', { method: 'POST', body: input }),
    onSuccess: (_result, _variables, _context, { client }) => refreshShop(client),
  });
}

export function useUpdateItem(id: string) {
  return useMutation({
    mutationFn: (patch: ShopItemPatch) =>
      api<ShopItem>(`/api/shop-items/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (_result, _variables, _context, { client }) => refreshShop(client),
  });
}

/** 核销: staff type the resident's code for the merchant; the answer is what to hand out. */
export function usePickup() {
  return useMutation({
    mutationFn: (code: string) =>
      api<StaffRedemption>('/api/shop-pickups', { method: 'POST', body: { code } }),
    onSuccess: (_result, _variables, _context, { client }) => refreshShop(client),
  });
}
