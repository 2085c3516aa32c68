import { type Static, Type } from 'typebox';
import { Nullable, PageOf, Uuid } from '../http/common.schemas.js';

// Volunteers (志愿服务, seed 000: 23 teams; Wuhan: 6,930): teams of a community or street, their activities
// with sign-up and check-in/check-out by an on-site QR code, verified hours; party members' 双报到 with a
// yearly star rating; and the partner units' yearly whistle responses against their minimum.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001'] });
const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const At = Type.String({ format: 'date-time' });
const Count = Type.Integer({ minimum: 0 });
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const VolunteerItemParams = Type.Object({ id: Uuid });
export const RatingParams = Type.Object({ id: Uuid, year: Year });

// --- teams (志愿服务队) ---

export const TeamBody = Type.Object(
  {
    /** The community or street the team serves; community staff may leave it out (their own). */
    regionCode: Type.Optional(RegionCode),
    name: Text(100),
    /** What it does: 助老、环保、治安巡逻… */
    focus: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false, examples: [{ name: '永昌社区助老志愿服务队', focus: '助老、陪伴' }] },
);

export const TeamsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), q: Type.Optional(Type.String({ maxLength: 50 })), ...Paging },
  { additionalProperties: false },
);

/** Staff add a resident by the number they signed up with. */
export const TeamMemberBody = Type.Object(
  { phone: Type.String({ pattern: '^(\\+86)?1[3-9][0-9]{9}$', examples: ['13800138000'] }) },
  { additionalProperties: false },
);

export const TeamLeaderBody = Type.Object(
  { userId: Nullable(Uuid) },
  { additionalProperties: false, examples: [{ userId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' }] },
);

export const Team = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  regionName: Type.String(),
  name: Type.String(),
  focus: Type.String(),
  /** The leader as the role they hold (队长), never named outside the team's staff page. */
  hasLeader: Type.Boolean(),
  members: Count,
  /** Verified minutes of all its activities. */
  verifiedMinutes: Count,
  /** Whether the viewer is a member, and whether they lead it. */
  joined: Type.Boolean(),
  leads: Type.Boolean(),
  createdAt: At,
});
export type Team = Static<typeof Team>;
export const TeamPage = PageOf(Team);

/** A member as staff see them: name and number masked, with their verified minutes in the team. */
export const TeamMember = Type.Object({
  userId: Uuid,
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  leader: Type.Boolean(),
  joinedAt: At,
  verifiedMinutes: Count,
});
export const TeamDetail = Type.Object({ ...Team.properties, memberList: Type.Array(TeamMember) });
export type TeamDetail = Static<typeof TeamDetail>;

// --- activities ---

export const ActivityBody = Type.Object(
  {
    teamId: Uuid,
    title: Text(100),
    place: Text(200),
    startsAt: At,
    endsAt: At,
    capacity: Type.Integer({ minimum: 1, maximum: 10_000 }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        teamId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
        title: '周六义剪',
        place: '永昌社区活动室',
        startsAt: '2026-12-05T09:00:00+08:00',
        endsAt: '2026-12-05T11:30:00+08:00',
        capacity: 12,
      },
    ],
  },
);

export const ActivitiesQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    teamId: Type.Optional(Uuid),
    /** Only activities that end after this moment (the upcoming ones, by default all). */
    from: Type.Optional(At),
    ...Paging,
  },
  { additionalProperties: false },
);

export const Activity = Type.Object({
  id: Uuid,
  teamId: Uuid,
  teamName: Type.String(),
  regionCode: Type.String(),
  title: Type.String(),
  place: Type.String(),
  startsAt: At,
  endsAt: At,
  capacity: Count,
  signedUp: Count,
  /** The viewer's own sign-up, if any. */
  mine: Nullable(
    Type.Object({
      signedUpAt: At,
      checkedInAt: Nullable(At),
      checkedOutAt: Nullable(At),
      minutes: Nullable(Count),
      verified: Type.Boolean(),
    }),
  ),
});
export type Activity = Static<typeof Activity>;
export const ActivityPage = PageOf(Activity);

/** Who came, as staff see them: masked, with their times and minutes. */
export const ActivityDetail = Type.Object({
  ...Activity.properties,
  signups: Type.Array(
    Type.Object({
      userId: Uuid,
      name: Nullable(Type.String()),
      phone: Nullable(Type.String()),
      signedUpAt: At,
      checkedInAt: Nullable(At),
      checkedOutAt: Nullable(At),
      minutes: Nullable(Count),
      verified: Type.Boolean(),
    }),
  ),
});

/** The on-site code staff or the team leader show; the phone scans it and posts the token back. */
export const SiteCode = Type.Object({
  token: Type.String(),
  /** The code changes about every two minutes; a scanned token is taken until then. */
  validUntil: At,
});

export const SiteTokenBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const Attendance = Type.Object({
  activityId: Uuid,
  checkedInAt: Nullable(At),
  checkedOutAt: Nullable(At),
  minutes: Nullable(Count),
  verified: Type.Boolean(),
  /** Points credited for the hours by the city's rule (0 when the rule gives none). */
  points: Count,
});

export const MyHours = Type.Object({
  verifiedMinutes: Count,
  items: Type.Array(
    Type.Object({
      activityId: Uuid,
      title: Type.String(),
      teamName: Type.String(),
      startsAt: At,
      minutes: Count,
      verifiedAt: At,
    }),
  ),
});

// --- 双报到: party members register with the community where they live ---

export const PartyRegistrationBody = Type.Object(
  {
    /** The community where they live. */
    regionCode: CommunityCode,
    /** The party organisation they belong to (所在党组织). */
    branch: Text(200),
  },
  { additionalProperties: false, examples: [{ regionCode: '220104004001', branch: '市税务局第三党支部' }] },
);

export const PartyMembersQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    confirmed: Type.Optional(Type.Boolean()),
    year: Type.Optional(Year),
    ...Paging,
  },
  { additionalProperties: false },
);

export const RatingBody = Type.Object(
  { stars: Type.Integer({ minimum: 1, maximum: 5 }), note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false, examples: [{ stars: 5, note: '积极参加志愿服务' }] },
);

export const PartyMember = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  /** Masked in every list (张**, 138****5678). */
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  branch: Type.String(),
  registeredAt: At,
  confirmedAt: Nullable(At),
  /** The rating of the year asked for (this year by default). */
  year: Type.Integer(),
  stars: Nullable(Type.Integer({ minimum: 1, maximum: 5 })),
});
export type PartyMember = Static<typeof PartyMember>;
export const PartyMemberPage = PageOf(PartyMember);

export const MyPartyRegistration = Type.Object({
  registration: Nullable(
    Type.Object({
      id: Uuid,
      regionCode: Type.String(),
      regionName: Type.String(),
      branch: Type.String(),
      registeredAt: At,
      confirmedAt: Nullable(At),
      ratings: Type.Array(Type.Object({ year: Type.Integer(), stars: Type.Integer() })),
    }),
  ),
});

// --- partner units' whistle responses ---

export const PartnerResponsesQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), year: Type.Optional(Year) },
  { additionalProperties: false },
);

export const PartnerResponses = Type.Object({
  regionCode: Type.String(),
  year: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      kind: Type.String(),
      /** The alliance it belongs to: the community's own, or its street's. */
      regionCode: Type.String(),
      responses: Count,
      requiredYearlyResponses: Count,
      belowMinimum: Type.Boolean(),
    }),
  ),
});

export type TeamInput = Static<typeof TeamBody>;
export type ActivityInput = Static<typeof ActivityBody>;
export type PartyRegistrationInput = Static<typeof PartyRegistrationBody>;
export type ActivityDetail = Static<typeof ActivityDetail>;
export type SiteCode = Static<typeof SiteCode>;
export type Attendance = Static<typeof Attendance>;
export type MyHours = Static<typeof MyHours>;
export type MyPartyRegistration = Static<typeof MyPartyRegistration>;
export type PartnerResponses = Static<typeof PartnerResponses>;
export type RatingInput = Static<typeof RatingBody>;
