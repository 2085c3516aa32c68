import type { FastifyRequest } from 'fastify';
import { badRequest, Open311Error } from './open311-errors.js';

/** Form fields by name, each with every value it was given (a multi-value attribute repeats its name). */
export type Fields = Map<string, string[]>;

export function fieldsFromPairs(pairs: Iterable<[string, string]>): Fields {
  const fields: Fields = new Map();
  for (const [name, value] of pairs) fields.set(name, [...(fields.get(name) ?? []), value]);
  return fields;
}

/** A parsed query string (fast-querystring gives a string, or an array for a repeated name). */
export function fieldsFromQuery(query: unknown): Fields {
  const fields: Fields = new Map();
  if (query === null || typeof query !== 'object') return fields;
  for (const [name, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    fields.set(
      name,
      values.filter((v): v is string => typeof v === 'string'),
    );
  }
  return fields;
}

/** One value of a field, or undefined; a field given twice where once is meant is refused, not guessed. */
export function single(fields: Fields, name: string): string | undefined {
  const values = fields.get(name);
  if (!values || values.length === 0) return undefined;
  if (values.length > 1) throw badRequest(`${name} may be given only once`);
  return values[0];
}

/** Like `single`, with surrounding blanks trimmed and an empty value treated as absent. */
export function text(fields: Fields, name: string): string | undefined {
  const value = single(fields, name)?.trim();
  return value === '' ? undefined : value;
}

/** The POST body, which the form parser of the Open311 scope turned into a URLSearchParams. */
export async function readPostFields(request: FastifyRequest): Promise<Fields> {
  if (request.isMultipart()) return readMultipart(request);
  if (request.body instanceof URLSearchParams) return fieldsFromPairs(request.body.entries());
  if (request.body === undefined || request.body === null || request.body === '') return new Map();
  throw badRequest('Send the fields as application/x-www-form-urlencoded or multipart/form-data');
}

async function readMultipart(request: FastifyRequest): Promise<Fields> {
  const pairs: [string, string][] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        part.file.resume(); // drained, so the client is not left mid-upload while the refusal is sent
        throw badRequest('Files are not accepted here: give a photo as media_url');
      }
      if (part.valueTruncated) throw badRequest(`The field ${part.fieldname} is too long`);
      pairs.push([part.fieldname, typeof part.value === 'string' ? part.value : String(part.value)]);
    }
  } catch (err) {
    if (err instanceof Open311Error) throw err;
    const code = (err as { code?: unknown }).code;
    // The multipart plugin's limits carry codes the scope's error handler describes; Busboy's own
    // errors (no boundary, a part cut short) carry none and would otherwise be a 500.
    if (typeof code === 'string' && code.startsWith('FST_')) throw err;
    throw badRequest('The multipart/form-data body could not be read');
  }
  // Multipart fields are read here, past the app's NUL guard (server/src/http/input-guards.ts).
  const withNul = pairs.find(([name, value]) => `${name}${value}`.includes('\u0000'));
  if (withNul) throw badRequest(`${withNul[0].replaceAll('\u0000', '\\u0000')} contains a NUL character`);
  return fieldsFromPairs(pairs);
}
