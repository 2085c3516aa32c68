import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * JSON Schemas of the GeoReport v2 responses, written from the standard (wiki.open311.org/GeoReport_v2,
 * its Service Discovery page and the servicerequestupdates extension), not from Needle's code. As in the
 * standard's examples, discovery and a service definition are a bare object and every other response a
 * top-level array (even of one request, one token or one error); nothing beyond the standard's fields is
 * allowed, so that a reporter's name, phone or e-mail slipping into an answer fails the contract.
 */
const text = { type: 'string' } as const;
const nullableText = { type: ['string', 'null'] } as const;
// ISO 8601 with an offset, as the standard requires; Needle's cities keep China time.
const dateTime = { type: 'string', format: 'date-time', pattern: '\\+08:00$' } as const;
const arrayOf = (item: object, extra: object = {}) => ({ type: 'array', items: item, ...extra });
const closed = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

export const UPDATE_STATUSES = [
  'OPEN',
  'CLOSED',
  'FIXED',
  'IN_PROGRESS',
  'ACTION_SCHEDULED',
  'INVESTIGATING',
  'DUPLICATE',
  'NOT_COUNCILS_RESPONSIBILITY',
  'NO_FURTHER_ACTION',
  'INTERNAL_REFERRAL',
  'REOPEN',
];

export const SCHEMAS = {
  errors: arrayOf(closed({ code: { type: 'integer', enum: [400, 403, 404] }, description: text }), {
    minItems: 1,
  }),
  discovery: closed({
    changeset: dateTime,
    contact: text,
    key_service: text,
    endpoints: arrayOf(
      closed({
        specification: { type: 'string', format: 'uri' },
        url: { type: 'string', format: 'uri' },
        changeset: dateTime,
        type: { enum: ['production', 'test'] },
        formats: arrayOf({ enum: ['text/xml', 'application/xml', 'application/json'] }, { minItems: 1 }),
      }),
      { minItems: 1 },
    ),
  }),
  services: arrayOf(
    closed({
      service_code: text,
      service_name: text,
      description: text,
      metadata: { type: 'boolean' },
      type: { enum: ['realtime', 'batch', 'blackbox'] },
      keywords: text,
      group: text,
    }),
  ),
  serviceDefinition: closed({
    service_code: text,
    attributes: arrayOf(
      closed({
        variable: { type: 'boolean' },
        code: text,
        datatype: { enum: ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] },
        required: { type: 'boolean' },
        datatype_description: nullableText,
        order: { type: 'integer' },
        description: text,
        values: arrayOf(closed({ key: text, name: text })),
      }),
    ),
  }),
  postRequest: arrayOf(
    {
      ...closed(
        {
          service_request_id: nullableText,
          token: nullableText,
          service_notice: nullableText,
          account_id: nullableText,
        },
        [],
      ),
      // Either the request's id at once, or a token to look it up by later (or both).
      anyOf: [
        { properties: { service_request_id: text }, required: ['service_request_id'] },
        { properties: { token: text }, required: ['token'] },
      ],
    },
    { minItems: 1, maxItems: 1 },
  ),
  tokens: arrayOf(closed({ service_request_id: nullableText, token: text }), { minItems: 1, maxItems: 1 }),
  requests: arrayOf(
    closed(
      {
        service_request_id: text,
        status: { enum: ['open', 'closed'] },
        status_notes: nullableText,
        service_name: nullableText,
        service_code: text,
        description: nullableText,
        agency_responsible: nullableText,
        service_notice: nullableText,
        requested_datetime: dateTime,
        updated_datetime: { anyOf: [dateTime, { type: 'null' }] },
        expected_datetime: { anyOf: [dateTime, { type: 'null' }] },
        address: nullableText,
        address_id: nullableText,
        zipcode: nullableText,
        lat: { type: 'number', minimum: -90, maximum: 90 },
        long: { type: 'number', minimum: -180, maximum: 180 },
        media_url: { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] },
      },
      ['service_request_id', 'status', 'service_code', 'requested_datetime', 'lat', 'long'],
    ),
  ),
  updates: arrayOf(
    closed({
      update_id: text,
      service_request_id: text,
      status: { enum: UPDATE_STATUSES },
      updated_datetime: dateTime,
      description: text,
      media_url: { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] },
    }),
  ),
  postUpdate: arrayOf(
    closed({
      update_id: text,
      service_request_id: text,
      status: { enum: UPDATE_STATUSES },
      applied: { type: 'boolean' },
      service_notice: text,
    }),
    { minItems: 1, maxItems: 1 },
  ),
} as const;

export type SchemaName = keyof typeof SCHEMAS;

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const compiled = new Map<SchemaName, ValidateFunction>();

/** Validates a parsed JSON answer against the named schema; returns ajv's errors as text, or null. */
export function schemaErrors(name: SchemaName, value: unknown): string | null {
  let validate = compiled.get(name);
  if (!validate) {
    validate = ajv.compile(SCHEMAS[name]);
    compiled.set(name, validate);
  }
  return validate(value) ? null : ajv.errorsText(validate.errors);
}
