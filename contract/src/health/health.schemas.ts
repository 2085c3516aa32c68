import { type Static, Type } from 'typebox';

/** GET /api/health: the server answers and its database does too. */
export const HealthResponse = Type.Object({ status: Type.Literal('ok') });
export type HealthResponse = Static<typeof HealthResponse>;
