import { type Static, Type } from 'typebox';
import { DELIBERATION_STATES, ELECTOR_CAPACITIES, VOTE_CHOICES } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// 四步议事 (seed 000: 32 a year): the party organisation proposes, the two committees (两委) discuss and
// minute it, party members and resident representatives review and vote, and the resolution is on the
// community board for N days, when residents may object. Ballots are secret; receipts make the count
// checkable by each voter and recountable by anyone.

const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Percent = Type.Integer({ minimum: 1, maximum: 100 });
const DateTime = Type.String({ format: 'date-time' });

export const DeliberationParams = Type.Object({ id: Uuid });
export const VoteParams = Type.Object({ id: Uuid });
export const PublicBoardParams = Type.Object({ code: CommunityCode });

export const DeliberationBody = Type.Object(
  {
    regionCode: Type.Optional(CommunityCode),
    title: Text(200),
    /** What the party organisation proposes, and why. */
    proposal: Text(4000),
    /** The community's need it answers, when it came from one (需求清单). */
    needId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    examples: [{ title: '3号楼加装电梯', proposal: '3号楼老人多，经入户走访，提议加装电梯，费用按楼层分摊' }],
  },
);

export const DeliberationsQuery = Type.Object(
  { regionCode: Type.Optional(CommunityCode), state: Type.Optional(LiteralUnion(DELIBERATION_STATES)) },
  { additionalProperties: false },
);

export const DiscussionBody = Type.Object(
  { minutes: Text(8000) },
  { additionalProperties: false, examples: [{ minutes: '两委联席会议：同意提交党员和居民代表审议' }] },
);

/** Which step a meeting was held for: 1 proposal, 2 two committees, 3 review and vote, 4 publication. */
const Step = Type.Integer({ minimum: 1, maximum: 4 });

export const MeetingBody = Type.Object(
  {
    step: Step,
    heldAt: DateTime,
    place: Text(200),
    attendees: Type.Integer({ minimum: 1, maximum: 10000 }),
    /** Who attended as roles (党委书记、居委会主任、居民代表5名), not as names of residents. */
    attendeeRoles: Type.Optional(Type.String({ maxLength: 1000 })),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
    /** Photos uploaded by the one who records the meeting. */
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        step: 2,
        heldAt: '2026-12-01T09:00:00+08:00',
        place: '社区会议室',
        attendees: 9,
        attendeeRoles: '两委委员',
      },
    ],
  },
);

export const Elector = Type.Object(
  { userId: Uuid, capacity: LiteralUnion(ELECTOR_CAPACITIES) },
  { additionalProperties: false },
);

export const OpenVoteBody = Type.Object(
  {
    /** Verified residents of the community, named when the vote opens. */
    electorate: Type.Array(Elector, { minItems: 1, maxItems: 2000 }),
    /** The share of the electorate that must vote, in percent (default 50: at least half). */
    quorumPercent: Type.Optional(Percent),
    /** The share of ballots cast that must be "for", in percent, strictly exceeded (default 50: more than half). */
    majorityPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 99 })),
  },
  { additionalProperties: false },
);

export const PublicationBody = Type.Object(
  {
    resolution: Text(8000),
    /** How many days the resolution stays on the community board (default 7). */
    publishDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  },
  { additionalProperties: false, examples: [{ resolution: '同意3号楼加装电梯', publishDays: 7 }] },
);

/** A phone may retry an objection it could not see recorded: the same key returns the first (200, replayed). */
export const ObjectionHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the client makes once per objection (a UUID); a retry with the same key returns the first',
    }),
  ),
});

export const ObjectionBody = Type.Object(
  { text: Text(2000) },
  { additionalProperties: false, examples: [{ text: '一楼住户采光受影响，请补充方案' }] },
);

export const BallotBody = Type.Object(
  { choice: LiteralUnion(VOTE_CHOICES) },
  { additionalProperties: false, examples: [{ choice: 'for' }] },
);

export const ReceiptBody = Type.Object(
  { receipt: Type.String({ minLength: 16, maxLength: 200 }) },
  { additionalProperties: false },
);

const Tally = Type.Object({ for: Type.Integer(), against: Type.Integer(), abstain: Type.Integer() });

/** A vote as staff see it: turnout by elector, never who chose what. */
export const VoteView = Type.Object({
  id: Uuid,
  state: LiteralUnion(['open', 'closed'] as const),
  quorumPercent: Type.Integer(),
  majorityPercent: Type.Integer(),
  electorateSize: Type.Integer(),
  votedCount: Type.Integer(),
  electorate: Type.Array(
    Type.Object({
      userId: Uuid,
      name: Type.String(),
      capacity: LiteralUnion(ELECTOR_CAPACITIES),
      hasVoted: Type.Boolean(),
    }),
  ),
  openedAt: DateTime,
  closedAt: Nullable(DateTime),
  tally: Nullable(Tally),
  quorumReached: Nullable(Type.Boolean()),
  passed: Nullable(Type.Boolean()),
});

export const Meeting = Type.Object({
  id: Uuid,
  step: Type.Integer(),
  heldAt: DateTime,
  place: Type.String(),
  attendees: Type.Integer(),
  attendeeRoles: Type.String(),
  note: Type.String(),
  photoIds: Type.Array(Uuid),
  recordedBy: Nullable(Uuid),
});

export const Objection = Type.Object({
  id: Uuid,
  /** Masked (张**). */
  name: Type.String(),
  text: Type.String(),
  at: DateTime,
});

export const DeliberationEvent = Type.Object({
  at: DateTime,
  action: Type.String(),
  actorId: Nullable(Uuid),
  note: Type.String(),
});

export const Deliberation = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  title: Type.String(),
  proposal: Type.String(),
  needId: Nullable(Uuid),
  state: LiteralUnion(DELIBERATION_STATES),
  minutes: Nullable(Type.String()),
  resolution: Nullable(Type.String()),
  publishDays: Type.Integer(),
  publishedAt: Nullable(DateTime),
  publishedUntil: Nullable(DateTime),
  proposedBy: Nullable(Uuid),
  proposedAt: DateTime,
  closedAt: Nullable(DateTime),
});
export type Deliberation = Static<typeof Deliberation>;
export const DeliberationList = Type.Object({ items: Type.Array(Deliberation) });

export const DeliberationDetail = Type.Object({
  deliberation: Deliberation,
  meetings: Type.Array(Meeting),
  vote: Nullable(VoteView),
  objections: Type.Array(Objection),
  timeline: Type.Array(DeliberationEvent),
});
export type DeliberationDetail = Static<typeof DeliberationDetail>;

/** What a voter keeps: the only proof their ballot was counted. Shown once, or again to a retry of the same key. */
export const BallotCast = Type.Object({ voteId: Uuid, receipt: Type.String(), replayed: Type.Boolean() });

/**
 * A phone that lost the answer retries with the same key and gets the same receipt back: the receipt is
 * derived from the key, which is never stored, so nothing kept ties the key, or the voter, to the ballot.
 */
export const BallotHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{16,200}$',
      description:
        'A random secret the phone makes once per ballot (a UUID); a retry with it answers the same receipt',
    }),
  ),
});

export const MyVote = Type.Object({
  voteId: Uuid,
  deliberationId: Uuid,
  title: Type.String(),
  proposal: Type.String(),
  state: LiteralUnion(['open', 'closed'] as const),
  capacity: LiteralUnion(ELECTOR_CAPACITIES),
  hasVoted: Type.Boolean(),
});
export const MyVoteList = Type.Object({ items: Type.Array(MyVote) });

/** A closed vote's published count: every ballot's receipt hash and choice, so anyone can recount. */
export const PublicVoteResult = Type.Object({
  voteId: Uuid,
  title: Type.String(),
  state: LiteralUnion(['open', 'closed'] as const),
  electorateSize: Type.Integer(),
  votedCount: Type.Integer(),
  quorumPercent: Type.Integer(),
  majorityPercent: Type.Integer(),
  tally: Nullable(Tally),
  quorumReached: Nullable(Type.Boolean()),
  passed: Nullable(Type.Boolean()),
  ballots: Type.Array(Type.Object({ receiptHash: Type.String(), choice: LiteralUnion(VOTE_CHOICES) })),
});

export const ReceiptCheck = Type.Object({
  counted: Type.Boolean(),
  voteId: Nullable(Uuid),
  choice: Nullable(LiteralUnion(VOTE_CHOICES)),
});

/** A resolution on the community board: no names, no ids of people. */
export const BoardResolution = Type.Object({
  deliberationId: Uuid,
  title: Type.String(),
  resolution: Type.String(),
  state: LiteralUnion(DELIBERATION_STATES),
  publishedAt: DateTime,
  publishedUntil: DateTime,
  voteId: Nullable(Uuid),
  objections: Type.Integer(),
});
export const PublicBoard = Type.Object({ items: Type.Array(BoardResolution) });

export const ObjectionRecorded = Type.Object({
  objection: Type.Object({ id: Uuid, text: Type.String(), at: DateTime }),
  replayed: Type.Boolean(),
});

export type DeliberationBodyInput = Static<typeof DeliberationBody>;
export type MeetingInput = Static<typeof MeetingBody>;
export type OpenVoteInput = Static<typeof OpenVoteBody>;
export type VoteView = Static<typeof VoteView>;
export type Meeting = Static<typeof Meeting>;
export type DeliberationEvent = Static<typeof DeliberationEvent>;
export type BallotCast = Static<typeof BallotCast>;
export type MyVote = Static<typeof MyVote>;
export type PublicVoteResult = Static<typeof PublicVoteResult>;
export type ReceiptCheck = Static<typeof ReceiptCheck>;
export type BoardResolution = Static<typeof BoardResolution>;
export type PublicBoard = Static<typeof PublicBoard>;
export type ObjectionRecorded = Static<typeof ObjectionRecorded>;
