import {
  BallotBody,
  BallotCast,
  BallotHeaders,
  DeliberationBody,
  DeliberationDetail,
  DeliberationList,
  DeliberationParams,
  DeliberationsQuery,
  DiscussionBody,
  MeetingBody,
  MyVoteList,
  ObjectionBody,
  ObjectionHeaders,
  ObjectionRecorded,
  OpenVoteBody,
  PublicationBody,
  PublicBoard,
  PublicBoardParams,
  PublicVoteResult,
  ReceiptBody,
  ReceiptCheck,
  VoteParams,
} from '@needle/contract';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { signedInUser } from '../auth/auth.hooks.js';
import type { CommunityDeps } from '../voters/community-deps.js';
import { castBallot } from './cast-ballot.js';
import { closeVote } from './close-vote.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberationsPrefix } from './deliberations-office.js';
import { recordDiscussion } from './discuss.js';
import { recordMeeting } from './meetings.js';
import { myVotes } from './my-votes.js';
import { openVote } from './open-vote.js';
import { listDeliberations, proposeDeliberation } from './propose.js';
import { checkReceipt, publicBoard, publicVoteResult } from './public-votes.js';
import { closeDeliberation, publishResolution, recordObjection } from './publication.js';

const Errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };
const tags = ['deliberations'];

const staffOnly = async (request: Parameters<typeof signedInUser>[0]) => {
  deliberationsPrefix(signedInUser(request));
};

/** 四步议事: the four steps, their meetings, the secret vote with receipts, and the community board. */
export function registerDeliberationsRoutes(app: App, deps: CommunityDeps): void {
  app.get(
    '/api/deliberations',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'The deliberations (四步议事) of the communities you serve',
        querystring: DeliberationsQuery,
        response: { 200: DeliberationList, ...Errors },
      },
    },
    async (request) => listDeliberations(deps, signedInUser(request), request.query),
  );

  app.post(
    '/api/deliberations',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: "Step 1: enter the party organisation's proposal, from a need of the community or not",
        body: DeliberationBody,
        response: { 201: DeliberationDetail, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeDeliberation(deps, signedInUser(request), request.body)),
  );

  app.get(
    '/api/deliberations/:id',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: "A deliberation: its steps' meetings, its vote's turnout and count, objections and timeline",
        params: DeliberationParams,
        response: { 200: DeliberationDetail, ...Errors },
      },
    },
    async (request) => {
      const user = signedInUser(request);
      return deliberationDetail(deps.db, await deliberationOf(deps.db, user, request.params.id));
    },
  );

  app.post(
    '/api/deliberations/:id/discussion',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Step 2: the two committees (两委) discussed it; record their minutes',
        params: DeliberationParams,
        body: DiscussionBody,
        response: { 200: DeliberationDetail, ...Errors },
      },
    },
    async (request) => recordDiscussion(deps, signedInUser(request), request.params.id, request.body.minutes),
  );

  app.post(
    '/api/deliberations/:id/meetings',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Record a meeting held for a step: time, place, attendees and your photos of it',
        params: DeliberationParams,
        body: MeetingBody,
        response: { 201: DeliberationDetail, ...Errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordMeeting(deps, signedInUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/deliberations/:id/vote',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary:
          'Step 3: open the vote of the party members and resident representatives named, with its quorum and majority',
        params: DeliberationParams,
        body: OpenVoteBody,
        response: { 201: DeliberationDetail, ...Errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await openVote(deps, signedInUser(request), request.params.id, request.body)),
  );

  app.post(
    '/api/deliberations/:id/vote/close',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Close the vote, finally: count it and publish the count with every receipt',
        params: DeliberationParams,
        response: { 200: DeliberationDetail, ...Errors },
      },
    },
    async (request) => closeVote(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/deliberations/:id/publication',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Step 4: put the passed resolution on the community board for N days',
        params: DeliberationParams,
        body: PublicationBody,
        response: { 200: DeliberationDetail, ...Errors },
      },
    },
    async (request) => publishResolution(deps, signedInUser(request), request.params.id, request.body),
  );

  app.post(
    '/api/deliberations/:id/close',
    {
      preHandler: staffOnly,
      schema: {
        tags,
        summary: 'Close the deliberation once its resolution has been on the board its days',
        params: DeliberationParams,
        response: { 200: DeliberationDetail, ...Errors },
      },
    },
    async (request) => closeDeliberation(deps, signedInUser(request), request.params.id),
  );

  app.post(
    '/api/deliberations/:id/objections',
    {
      schema: {
        tags,
        summary: "Object to a resolution on your community's board, while it is there",
        params: DeliberationParams,
        headers: ObjectionHeaders,
        body: ObjectionBody,
        response: { 201: ObjectionRecorded, 200: ObjectionRecorded, ...Errors, 422: ErrorSchema },
      },
    },
    async (request, reply) => {
      const recorded = await recordObjection(
        deps,
        signedInUser(request),
        request.params.id,
        request.body.text,
        request.headers['idempotency-key'],
      );
      return reply.status(recorded.replayed ? 200 : 201).send(recorded);
    },
  );

  app.get(
    '/api/my/votes',
    {
      schema: {
        tags,
        summary: 'The votes you are on the electorate of, and whether you have voted',
        response: { 200: MyVoteList, ...Errors },
      },
    },
    async (request) => myVotes(deps.db, signedInUser(request).id),
  );

  app.post(
    '/api/votes/:id/ballots',
    {
      schema: {
        tags,
        summary: 'Cast your secret ballot, once; keep the receipt it answers to check it was counted',
        params: VoteParams,
        headers: BallotHeaders,
        body: BallotBody,
        response: { 201: BallotCast, 200: BallotCast, ...Errors },
      },
    },
    async (request, reply) => {
      const cast = await castBallot(
        deps,
        signedInUser(request),
        request.params.id,
        request.body.choice,
        request.headers['idempotency-key'],
      );
      return reply.status(cast.replayed ? 200 : 201).send(cast);
    },
  );

  app.get(
    '/api/public/votes/:id',
    {
      schema: {
        tags,
        summary: "A vote's turnout and, once closed, its count with every ballot's receipt hash and choice",
        params: VoteParams,
        response: { 200: PublicVoteResult, 404: ErrorSchema },
      },
    },
    async (request) => publicVoteResult(deps.db, request.params.id),
  );

  app.post(
    '/api/public/vote-receipts',
    {
      schema: {
        tags,
        summary: 'Check a receipt: was the ballot counted, and as what',
        body: ReceiptBody,
        response: { 200: ReceiptCheck },
      },
    },
    async (request) => checkReceipt(deps.db, request.body.receipt),
  );

  app.get(
    '/api/public/communities/:code/deliberations',
    {
      schema: {
        tags,
        summary:
          "A community's board (公示栏): resolutions published, with objections counted; no personal data",
        params: PublicBoardParams,
        response: { 200: PublicBoard, 404: ErrorSchema },
      },
    },
    async (request) => publicBoard(deps.db, deps.regions, request.params.code),
  );
}
