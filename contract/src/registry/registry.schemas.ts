import { type Static, Type } from 'typebox';
import { Nullable, PageOf, Uuid } from '../http/common.schemas.js';

// Buildings, households and people (楼栋—单元—户—人, seed 000: 493 building leaders, 924 unit leaders).
// ID numbers and phones are sealed at rest and masked in every answer; the full values come only from
// the reveal route, which needs people:unmask and a reason, and leaves an access record.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const GridCode = Type.String({ pattern: '^[0-9]{15}$', examples: ['220104004001001'] });
const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001'] });
/** An 18-character resident ID number (居民身份证号): 17 digits and a check digit or X. */
const IdNumber = Type.String({ pattern: '^[0-9]{17}[0-9Xx]$', examples: ['220104195001011234'] });
const Phone = Type.String({ pattern: '^(\\+86)?1[3-9][0-9]{9}$', examples: ['13800138000'] });
const CareTagCode = Type.String({ pattern: '^[a-z0-9_]{2,40}$', examples: ['living_alone'] });
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export const RegistryIdParams = Type.Object({ id: Uuid });

export const BuildingBody = Type.Object(
  {
    regionCode: GridCode,
    name: Text(40),
    address: Text(200),
    floors: Type.Integer({ minimum: 1, maximum: 200 }),
    /** The stairwells' names, 1单元, 2单元, …; at least one. */
    units: Type.Array(Text(20), { minItems: 1, maxItems: 50, uniqueItems: true }),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lng: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        regionCode: '220104004001001',
        name: '3号楼',
        address: '义和路88号3号楼',
        floors: 6,
        units: ['1单元', '2单元'],
      },
    ],
  },
);
export type BuildingInput = Static<typeof BuildingBody>;

export const BuildingsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), ...Paging },
  { additionalProperties: false },
);

export const Building = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  name: Type.String(),
  address: Type.String(),
  floors: Type.Integer(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  units: Type.Array(Type.Object({ id: Uuid, name: Type.String() })),
  households: Type.Integer(),
  residents: Type.Integer(),
  /** Residents under care, for the grid worker's round. */
  underCare: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Building = Static<typeof Building>;
export const BuildingPage = PageOf(Building);

const ResidentFields = {
  name: Text(50),
  relation: Type.Optional(Type.String({ maxLength: 20 })),
  birthYear: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
  idNumber: Type.Optional(IdNumber),
  phone: Type.Optional(Phone),
  careTags: Type.Optional(Type.Array(CareTagCode, { maxItems: 10, uniqueItems: true })),
};

export const ResidentBody = Type.Object(ResidentFields, {
  additionalProperties: false,
  examples: [
    { name: '王秀兰', relation: '户主', birthYear: 1941, phone: '13800138000', careTags: ['living_alone'] },
  ],
});
export type ResidentInput = Static<typeof ResidentBody>;

/** A change to a resident: only what is sent changes; `movedOut` marks them gone (kept for history). */
export const ResidentPatch = Type.Object(
  {
    name: Type.Optional(Text(50)),
    relation: Type.Optional(Type.String({ maxLength: 20 })),
    birthYear: Type.Optional(Nullable(Type.Integer({ minimum: 1900, maximum: 2100 }))),
    idNumber: Type.Optional(Nullable(IdNumber)),
    phone: Type.Optional(Nullable(Phone)),
    careTags: Type.Optional(Type.Array(CareTagCode, { maxItems: 10, uniqueItems: true })),
    movedOut: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ResidentPatch = Static<typeof ResidentPatch>;

export const RegistryHouseholdBody = Type.Object(
  {
    buildingId: Uuid,
    unitId: Uuid,
    room: Type.String({ pattern: '^[0-9A-Za-z-]{1,10}$', examples: ['301'] }),
    floor: Type.Integer({ minimum: -5, maximum: 200 }),
    note: Type.Optional(Type.String({ maxLength: 500 })),
    residents: Type.Array(ResidentBody, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type RegistryHouseholdInput = Static<typeof RegistryHouseholdBody>;

export const RegistryHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the phone makes once per submission (a UUID); a retry with the same key returns the first',
    }),
  ),
});

/** A resident as every list and answer shows them: name, ID number and phone masked. */
export const MaskedResident = Type.Object({
  id: Uuid,
  householdId: Uuid,
  regionCode: Type.String(),
  name: Type.String({ description: 'Masked: the family name and stars' }),
  relation: Type.String(),
  birthYear: Nullable(Type.Integer()),
  idNumber: Nullable(Type.String({ description: 'Masked: region prefix and check digit' })),
  phone: Nullable(Type.String({ description: 'Masked: first three and last four digits' })),
  careTags: Type.Array(Type.String()),
  movedOut: Type.Boolean(),
  /** Where they live, down to the unit; the room stays in the household view. */
  building: Type.String(),
  unit: Type.String(),
});
export type MaskedResident = Static<typeof MaskedResident>;
export const ResidentPage = PageOf(MaskedResident);

export const RegistryHousehold = Type.Object({
  id: Uuid,
  buildingId: Uuid,
  unitId: Uuid,
  unit: Type.String(),
  room: Type.String(),
  floor: Type.Integer(),
  note: Type.String(),
  residents: Type.Array(MaskedResident),
});
export type RegistryHousehold = Static<typeof RegistryHousehold>;
export const RegistryHouseholdSaved = Type.Object({ household: RegistryHousehold, replayed: Type.Boolean() });

export const BuildingDetail = Type.Object({
  building: Building,
  households: Type.Array(RegistryHousehold),
  /** Whether the viewer may change the building's households (staff, its grid worker, its leaders). */
  canEdit: Type.Boolean(),
});

export const ResidentsQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    careTag: Type.Optional(CareTagCode),
    /** An exact ID number or phone (found through the blind index), or part of a name. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    ...Paging,
  },
  { additionalProperties: false },
);

/** GET /api/exports/residents: the resident search's filters, every page, masked. */
export const ResidentExportQuery = Type.Omit(ResidentsQuery, ['page', 'pageSize'], {
  additionalProperties: false,
});

export const RevealBody = Type.Object(
  { reason: Type.String({ minLength: 4, maxLength: 200 }) },
  { additionalProperties: false, examples: [{ reason: '低保复核，需核对身份证号' }] },
);

export const RevealedResident = Type.Object({
  id: Uuid,
  name: Type.String(),
  idNumber: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  room: Type.String(),
  building: Type.String(),
  unit: Type.String(),
});

export const AccessRecordsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), residentId: Type.Optional(Uuid), ...Paging },
  { additionalProperties: false },
);
export const AccessRecord = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  user: Type.String({ description: 'Who looked: their display name' }),
  userId: Uuid,
  residentId: Uuid,
  resident: Type.String({ description: 'Masked' }),
  fields: Type.Array(Type.String()),
  reason: Type.String(),
});
export const AccessRecordPage = PageOf(AccessRecord);
