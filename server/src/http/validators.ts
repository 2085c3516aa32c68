import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({
    allErrors: false,
    useDefaults: true,
    removeAdditional: false,
    strict: false,
    ...options,
  });
  addFormats.default(ajv);
  return ajv;
}

// Query strings and path parameters arrive as text, so numbers there are read from strings. A JSON body
// has real types: a string where a number belongs is the client's mistake and is refused, not guessed at.
const fromText = makeAjv({ coerceTypes: 'array' });
const fromJson = makeAjv({ coerceTypes: false });

export const validatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? fromJson : fromText).compile(schema as object);
