import { type Static, Type } from 'typebox';
import { ROLES } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// The document has always listed these values as a union of literals (anyOf of consts); kept so, typed as
// the union of the values.

const RoleList = Type.Array(LiteralUnion(ROLES), { minItems: 1, uniqueItems: true });
const Phone = Type.String({ pattern: '^\\+?[0-9 -]{5,20}$' });
const RegionCode = Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' });

/** An account as others see it; lists mask the phone number. */
export const UserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  phone: Nullable(Type.String()),
  roles: Type.Array(Type.String()),
  regionCode: Nullable(Type.String()),
  departmentId: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type User = Static<typeof UserSchema>;

/** GET /api/users */
export const UsersQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    q: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'part of the username or the name' }),
    ),
    role: Type.Optional(LiteralUnion(ROLES)),
  },
  { additionalProperties: false },
);
export type UsersQuery = Static<typeof UsersQuery>;

export const UsersResponse = Type.Object({ items: Type.Array(UserSchema) });
export type UsersResponse = Static<typeof UsersResponse>;

/** GET and PATCH /api/users/:id */
export const UserParams = Type.Object({ id: Uuid });
export type UserParams = Static<typeof UserParams>;

/** POST /api/users: an account bound to a region node or a department. */
export const UserBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-zA-Z0-9._-]{2,64}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 8, maxLength: 256 }),
    phone: Type.Optional(Nullable(Phone)),
    roles: RoleList,
    regionCode: Type.Optional(RegionCode),
    departmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type UserBody = Static<typeof UserBody>;

/** PATCH /api/users/:id: name, phone, roles, jurisdiction, password, or deactivate; at least one. */
export const UserChangesBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    phone: Type.Optional(Nullable(Phone)),
    roles: Type.Optional(RoleList),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 256 })),
    regionCode: Type.Optional(RegionCode),
    departmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserChangesBody = Static<typeof UserChangesBody>;
