import { type Static, Type } from 'typebox';
import { PERMISSIONS, REGION_LEVELS, ROLES } from '../enums/enums.js';
import { Nullable, OneOf } from '../http/common.schemas.js';
import { CourierCompanySchema } from './phone-auth.schemas.js';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/**
 * Where the user's reach ends, named so the header can show it: a region node, a department (serving
 * an area), or everywhere (the installation's first administrator, who exists before any region does).
 */
export const JurisdictionSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('region'),
    code: Type.String(),
    level: OneOf(REGION_LEVELS),
    name: Type.String(),
  }),
  Type.Object({ kind: Type.Literal('everywhere'), name: Type.String() }),
  Type.Object({
    kind: Type.Literal('department'),
    departmentId: Type.String(),
    name: Type.String(),
    regionCode: Type.String(),
  }),
]);
export type Jurisdiction = Static<typeof JurisdictionSchema>;

/** The signed-in user as the client sees them. */
export const MeSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(OneOf(ROLES)),
  permissions: Type.Array(OneOf(PERMISSIONS)),
  jurisdiction: JurisdictionSchema,
  /** The account's own number, masked (138****8000); null when it has none. */
  phone: Nullable(Type.String()),
  /** A courier's company, as given at sign-up; null for everyone else. */
  company: Nullable(CourierCompanySchema),
});
export type Me = Static<typeof MeSchema>;

/** POST /api/auth/login and GET /api/auth/me. */
export const MeResponse = Type.Object({ user: MeSchema });
export type MeResponse = Static<typeof MeResponse>;

/** POST /api/auth/logout answers 204 with no body. */
export const LogoutResponse = Type.Null();
export type LogoutResponse = Static<typeof LogoutResponse>;
