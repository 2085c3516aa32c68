import {
  PickupBody,
  Redeemed,
  RedeemHeaders,
  Redemption,
  RedemptionList,
  RedemptionParams,
  RedemptionsQuery,
  ShopItem,
  ShopItemBody,
  ShopItemList,
  ShopItemParams,
  ShopItemPatch,
  ShopItemsQuery,
  StaffRedemption,
  StaffRedemptionList,
  StaffRedemptionsQuery,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { createItem, listKeptItems, listShop, updateItem } from './items.js';
import { redeemItem } from './redeem.js';
import { cancelRedemption, completePickup } from './redemption-steps.js';
import { keptRedemptions, myRedemptions } from './redemptions.js';
import type { ShopDeps } from './shop-deps.js';
import { shopPrefix } from './shop-office.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['points shop'];

// Everyone signed in may have points and a shop where they live: no permission beyond being signed in.
const signedIn = async (request: Parameters<typeof signedInUser>[0]) => {
  signedInUser(request);
};
/** Lets through community and street staff (and the administrator); the domain scopes them further. */
const keeperOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  shopPrefix(signedInUser(request));
};

/** 积分超市: the shop residents redeem points in, and the staff who keep it for the partner merchants. */
export function registerPointsShopRoutes(app: App, deps: ShopDeps): void {
  app.get(
    '/api/points-shop/items',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'The shop where you live: the items offered in your community and its street, cheapest first',
        querystring: ShopItemsQuery,
        response: { 200: ShopItemList, ...Errors },
      },
    },
    async (request) => listShop(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/points-shop/items/:id/redeem',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary:
          'Redeem one of an item: its points are held and a pickup code given; a retry with the same Idempotency-Key returns the first',
        params: ShopItemParams,
        headers: RedeemHeaders,
        response: { 201: Redeemed, 200: Redeemed, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const redeemed = await redeemItem(
        deps,
        signedInUser(request),
        request.params.id,
        request.headers['idempotency-key'],
      );
      return reply.status(redeemed.replayed ? 200 : 201).send(redeemed);
    },
  );

  app.get(
    '/api/points-shop/redemptions',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Your redemptions, newest first, the pending ones with their pickup code',
        querystring: RedemptionsQuery,
        response: { 200: RedemptionList, ...Errors },
      },
    },
    async (request) => myRedemptions(deps, signedInUser(request).id, request.query),
  );

  app.post(
    '/api/points-shop/redemptions/:id/cancel',
    {
      preHandler: signedIn,
      schema: {
        tags,
        summary: 'Cancel your pending redemption: the points come back and the item goes back on the shelf',
        params: RedemptionParams,
        response: { 200: Redemption, ...Errors },
      },
    },
    async (request) => cancelRedemption(deps, signedInUser(request), request.params.id),
  );

  app.get(
    '/api/shop-items',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'The items of the shops you keep, offered or not',
        querystring: ShopItemsQuery,
        response: { 200: ShopItemList, ...Errors },
      },
    },
    async (request) => listKeptItems(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/shop-items',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary:
          "Put a partner merchant's item on the shop of a community or street, with its price and stock",
        body: ShopItemBody,
        response: { 201: ShopItem, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem(deps, signedInUser(request), request.body)),
  );

  app.patch(
    '/api/shop-items/:id',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: "Change an item's name, price or stock, or stop offering it",
        params: ShopItemParams,
        body: ShopItemPatch,
        response: { 200: ShopItem, ...Errors },
      },
    },
    async (request) => updateItem(deps, signedInUser(request), request.params.id, request.body),
  );

  app.get(
    '/api/shop-redemptions',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary: 'The redemptions of the shops you keep, newest first, residents masked',
        querystring: StaffRedemptionsQuery,
        response: { 200: StaffRedemptionList, ...Errors },
      },
    },
    async (request) => keptRedemptions(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/shop-pickups',
    {
      preHandler: keeperOnly,
      schema: {
        tags,
        summary:
          "Hand a redeemed item over for the partner merchant: the resident's pickup code completes the redemption",
        body: PickupBody,
        response: { 200: StaffRedemption, ...Errors },
      },
    },
    async (request) => completePickup(deps, signedInUser(request), request.body.code),
  );
}
