import {
  ApproveWishBody,
  ClaimWishBody,
  ConfirmWishBody,
  FulfilWishBody,
  OpenWishesQuery,
  PublicWishCounts,
  PublicWishParams,
  RejectWishBody,
  Wish,
  WishBody,
  WishCounts,
  WishCountsQuery,
  WishDetail,
  WishesQuery,
  WishHeaders,
  WishPage,
  WishParams,
  WishPosted,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import { claimWish } from './claim-wish.js';
import { confirmWish } from './confirm-wish.js';
import { fulfilWish } from './fulfil-wish.js';
import { getWish, listOpenWishes, listWishes } from './list-wishes.js';
import { postWish } from './post-wish.js';
import { reviewWish } from './review-wish.js';
import { publicWishCounts, wishCounts } from './wish-counts.js';
import { wishRole } from './wish-office.js';
import type { WishesDeps } from './wishes-deps.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['micro-wishes'];

/** Lets through residents, grid workers and community and street staff; the domain decides the rest. */
const takesPart = async (request: Parameters<typeof signedInUser>[0]) => {
  wishRole(signedInUser(request));
};

/** 微心愿: residents' small wishes, reviewed, claimed, fulfilled with a photo and confirmed. */
export function registerWishRoutes(app: App, deps: WishesDeps): void {
  app.post(
    '/api/micro-wishes',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'Post a micro-wish for review: a resident their own, a grid worker or staff for a resident they name; a retry with the same Idempotency-Key returns the first',
        headers: WishHeaders,
        body: WishBody,
        response: { 201: WishPosted, 200: WishPosted, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const posted = await postWish(
        deps,
        signedInUser(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(posted.replayed ? 200 : 201).send(posted);
    },
  );

  app.get(
    '/api/micro-wishes',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'The wishes you follow: of your area (staff), posted by you (grid worker), wished or claimed by you (resident); wishers masked',
        querystring: WishesQuery,
        response: { 200: WishPage, ...Errors },
      },
    },
    async (request) => listWishes(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/micro-wishes/open',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'Approved wishes waiting for a volunteer or partner to claim them; nothing about the wishers',
        querystring: OpenWishesQuery,
        response: { 200: WishPage, ...Errors },
      },
    },
    async (request) => listOpenWishes(deps, signedInUser(request), request.query),
  );

  app.get(
    '/api/micro-wishes/counts',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'How many wishes each community of your area had posted, approved, claimed, fulfilled, confirmed',
        querystring: WishCountsQuery,
        response: { 200: WishCounts, ...Errors },
      },
    },
    async (request) => wishCounts(deps, signedInUser(request), request.query.regionCode),
  );

  app.get(
    '/api/micro-wishes/:id',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary: 'One wish with its timeline',
        params: WishParams,
        response: { 200: WishDetail, ...Errors },
      },
    },
    async (request) => getWish(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/micro-wishes/:id/approve',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary: 'Approve a wish under review, so that volunteers and partners may claim it (staff)',
        params: WishParams,
        body: ApproveWishBody,
        response: { 200: Wish, ...Errors },
      },
    },
    async (request) =>
      reviewWish(deps, signedInUser(request), request.params.id, { approve: true, note: request.body.note }),
  );

  app.post(
    '/api/micro-wishes/:id/reject',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary: 'Reject a wish under review, with the reason (staff)',
        params: WishParams,
        body: RejectWishBody,
        response: { 200: Wish, ...Errors },
      },
    },
    async (request) =>
      reviewWish(deps, signedInUser(request), request.params.id, {
        approve: false,
        reason: request.body.reason,
      }),
  );

  app.post(
    '/api/micro-wishes/:id/claim',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          "Claim an approved wish: a resident as a volunteer, or staff recording a partner unit's claim on its behalf",
        params: WishParams,
        body: ClaimWishBody,
        response: { 200: Wish, ...Errors },
      },
    },
    async (request) => claimWish(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/micro-wishes/:id/fulfil',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'Show a claimed wish fulfilled, with your own photos (the claimer, or staff for a partner unit)',
        params: WishParams,
        body: FulfilWishBody,
        response: { 200: Wish, ...Errors },
      },
    },
    async (request) => fulfilWish(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/micro-wishes/:id/confirm',
    {
      preHandler: takesPart,
      schema: {
        tags,
        summary:
          'Confirm a fulfilled wish: the wisher, or staff for a wisher a grid worker posted for; credits the volunteer',
        params: WishParams,
        body: ConfirmWishBody,
        response: { 200: Wish, ...Errors },
      },
    },
    async (request) => confirmWish(deps, signedInUser(request), request.params.id, request.body.note),
  );

  app.get(
    '/api/public/communities/:code/wishes',
    {
      schema: {
        tags,
        summary: "A community's micro-wish counts, for anyone, signed in or not",
        params: PublicWishParams,
        response: { 200: PublicWishCounts, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request) => publicWishCounts(deps, request.params.code),
  );
}
