import { Ajv, type Format, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import formats from 'ajv-formats/dist/formats.js';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { isRegionCode } from '../lib/codes/region-code.js';

// Days before year 1000 are no one's case, and JavaScript's Date reads years 0–99 as 1900–1999: a date
// the client wrote as 0027-07-13 would come back as another day. Refused at the door instead.
const FOUR_DIGIT_YEAR = /^[1-9]\d{3}-/;

function withFourDigitYear(name: 'date' | 'date-time'): Format {
  const base = formats.fullFormats[name] as { validate: (value: string) => boolean };
  return { ...base, validate: (value: string) => FOUR_DIGIT_YEAR.test(value) && base.validate(value) };
}

/**
 * Formats of Needle's own. `region-code` and `region-or-grid-code` are codes that name a node of the
 * region tree (a pattern of 12 digits lets through 000000000000, which reads would then choke on).
 */
const NEEDLE_FORMATS: Record<string, Format> = {
  date: withFourDigitYear('date'),
  'date-time': withFourDigitYear('date-time'),
  'year-month': /^[1-9]\d{3}-(0[1-9]|1[0-2])$/,
  'region-code': (code: string) => code.length === 12 && isRegionCode(code),
  'region-or-grid-code': (code: string) => isRegionCode(code),
};

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({
    allErrors: false,
    useDefaults: true,
    removeAdditional: false,
    strict: false,
    ...options,
  });
  addFormats.default(ajv);
  for (const [name, format] of Object.entries(NEEDLE_FORMATS)) ajv.addFormat(name, format);
  return ajv;
}

// Query strings and path parameters arrive as text, so numbers there are read from strings. A JSON body
// has real types: a string where a number belongs is the client's mistake and is refused, not guessed at.
const fromText = makeAjv({ coerceTypes: 'array' });
const fromJson = makeAjv({ coerceTypes: false });

export const validatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? fromJson : fromText).compile(schema as object);
