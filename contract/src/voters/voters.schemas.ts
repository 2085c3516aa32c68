import { type Static, Type } from 'typebox';
import { VERIFICATION_METHODS } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// The household registry (户籍台账) residents are verified against before they vote: a household is a
// place (3号楼2单元301), never the people in it; a resident is verified by a grid worker at the door or
// by a one-time code the community hands out there.

const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });

export const HouseholdParams = Type.Object({ id: Uuid });

export const HouseholdBody = Type.Object(
  {
    /** The community; community staff and grid workers may leave it out (their own). */
    regionCode: Type.Optional(CommunityCode),
    /** Building, unit and door: a place, not a person. */
    placeLabel: Type.String({ minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false, examples: [{ placeLabel: '3号楼2单元301' }] },
);

export const HouseholdsQuery = Type.Object(
  { regionCode: Type.Optional(CommunityCode) },
  { additionalProperties: false },
);

export const Household = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  placeLabel: Type.String(),
  /** Whether a door code is out (issued), was redeemed (used), or none was printed. */
  doorCode: LiteralUnion(['none', 'issued', 'used'] as const),
  /** How many residents are verified against it. */
  residents: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Household = Static<typeof Household>;
export const HouseholdList = Type.Object({ items: Type.Array(Household) });

/** The one time the plain code is shown: print it for the door, it is not stored. */
export const DoorCodeIssued = Type.Object({
  householdId: Uuid,
  placeLabel: Type.String(),
  code: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
});

/** A grid worker verifies the resident in front of them by the phone number they signed up with. */
export const VerifyResidentBody = Type.Object(
  { phone: Type.String({ pattern: '^\\+?[0-9 -]{6,20}$', examples: ['13812345678'] }) },
  { additionalProperties: false, examples: [{ phone: '13812345678' }] },
);

export const VerifiedResident = Type.Object({
  userId: Uuid,
  /** Masked (张**): enough to recognise a neighbour, not to identify a stranger. */
  name: Type.String(),
  phone: Nullable(Type.String()),
  householdId: Uuid,
  placeLabel: Type.String(),
  regionCode: Type.String(),
  method: LiteralUnion(VERIFICATION_METHODS),
  verifiedAt: Type.String({ format: 'date-time' }),
});
export type VerifiedResident = Static<typeof VerifiedResident>;
export const VerifiedResidentList = Type.Object({ items: Type.Array(VerifiedResident) });

export const RedeemDoorCodeBody = Type.Object(
  { code: Type.String({ minLength: 4, maxLength: 32 }) },
  { additionalProperties: false, examples: [{ code: 'K7MPQ-4XH2R' }] },
);

/** The signed-in resident's own household, if verified. */
export const MyHousehold = Type.Object({
  verified: Type.Boolean(),
  householdId: Nullable(Uuid),
  placeLabel: Nullable(Type.String()),
  communityCode: Nullable(Type.String()),
  method: Nullable(LiteralUnion(VERIFICATION_METHODS)),
  verifiedAt: Nullable(Type.String({ format: 'date-time' })),
});
export type MyHousehold = Static<typeof MyHousehold>;

export type DoorCodeIssued = Static<typeof DoorCodeIssued>;
