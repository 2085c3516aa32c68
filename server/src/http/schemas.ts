import { Type } from '@fastify/type-provider-typebox';

/** The one shape of every error the API returns. */
export const ErrorSchema = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
});
