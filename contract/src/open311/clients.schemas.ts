import { type Static, Type } from 'typebox';
import { Nullable } from '../http/common.schemas.js';

// The pattern Postgres reads as a uuid; ajv's 'uuid' format also lets a `urn:uuid:` prefix through.
const PgUuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
});

/** An Open311 client: a system holding an API key scoped to a region. The key itself is never shown again. */
export const Open311ClientSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  keyPrefix: Type.String({ description: 'The first characters of the key, to tell keys apart' }),
  regionCode: Type.String(),
  userId: Type.String({ description: 'The service account its submissions are made under' }),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
});
export type Open311Client = Static<typeof Open311ClientSchema>;

/** POST /api/open311/clients */
export const IssueOpen311ClientBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    regionCode: Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' }),
  },
  { additionalProperties: false },
);
export type IssueOpen311ClientBody = Static<typeof IssueOpen311ClientBody>;

/** The new client with its API key, shown in this answer only. */
export const IssuedOpen311ClientResponse = Type.Object({
  client: Open311ClientSchema,
  apiKey: Type.String(),
});
export type IssuedOpen311ClientResponse = Static<typeof IssuedOpen311ClientResponse>;

/** GET /api/open311/clients */
export const Open311ClientsResponse = Type.Object({ items: Type.Array(Open311ClientSchema) });
export type Open311ClientsResponse = Static<typeof Open311ClientsResponse>;

/** DELETE /api/open311/clients/:id */
export const Open311ClientParams = Type.Object({ id: PgUuid });
export type Open311ClientParams = Static<typeof Open311ClientParams>;

/** The client as it is once revoked. */
export const RevokedOpen311ClientResponse = Type.Object({ client: Open311ClientSchema });
export type RevokedOpen311ClientResponse = Static<typeof RevokedOpen311ClientResponse>;
