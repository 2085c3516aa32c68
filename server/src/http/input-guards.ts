import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors/app-error.js';

/**
 * The path of the first value in a request's parts that `bad` picks (e.g. `body/description`), looking
 * at every value and key of the query, path parameters and body; null when there is none.
 */
function fieldWhere(
  parts: Record<string, unknown>,
  bad: { text?: (text: string) => boolean; number?: (n: number) => boolean },
): string | null {
  // Iterative, so that a deeply nested JSON body cannot exhaust the stack.
  const stack: [path: string, value: unknown][] = Object.entries(parts);
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    if (typeof value === 'string') {
      if (bad.text?.(value)) return path;
    } else if (typeof value === 'number') {
      if (bad.number?.(value)) return path;
    } else if (value instanceof URLSearchParams) {
      for (const [name, text] of value) {
        if (bad.text?.(name) || bad.text?.(text)) return `${path}/${printable(name)}`;
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([`${path}/${i}`, item]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (bad.text?.(name)) return `${path}/${printable(name)}`;
        stack.push([`${path}/${name}`, item]);
      }
    }
  }
  return null;
}

/**
 * The first NUL character (U+0000) anywhere in a request's text, as the path of the field that holds
 * it. PostgreSQL text cannot hold NUL, so without this check such input reached the database and failed there.
 */
export const fieldWithNul = (parts: Record<string, unknown>): string | null =>
  fieldWhere(parts, { text: (t) => t.includes('\u0000') });

/** The smallest normal double: PostgreSQL's double precision refuses the subnormal ones JavaScript reads. */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * The first number the database cannot store: a subnormal one (5e-324), or an infinite one that a
 * query string's 1e999 becomes. Found by the route fuzzer: such a latitude failed in PostgreSQL with a 500.
 */
export const fieldWithUnstorableNumber = (parts: Record<string, unknown>): string | null =>
  fieldWhere(parts, { number: (n) => !Number.isFinite(n) || (n !== 0 && Math.abs(n) < SMALLEST_NORMAL) });

const printable = (name: string) => name.replaceAll('\u0000', '\\u0000');

function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === '') return true;
  return body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0;
}

/**
 * Whether the route reads its body itself, with no schema: the scopes that take forms or uploads (Open311,
 * photos) register a parser for them, and give their own, more telling refusal of any other body.
 */
function readsOwnBody(request: FastifyRequest): boolean {
  return (
    request.server.hasContentTypeParser('multipart/form-data') ||
    request.server.hasContentTypeParser('application/x-www-form-urlencoded')
  );
}

/**
 * A preValidation hook for every route. Refuses text holding NUL, naming the field, and a body sent to a
 * route that takes none (logout, mark-all-read…): such a body is a client's mistake, not something to
 * ignore — it was accepted silently before, so a client never learned it was sending the wrong thing.
 */
export async function guardInput(request: FastifyRequest): Promise<void> {
  const field = fieldWithNul({ querystring: request.query, params: request.params, body: request.body });
  if (field !== null) {
    throw new AppError(
      400,
      'INVALID_CHARACTER',
      `${field} contains a NUL character (\\u0000), which text in Needle cannot hold`,
    );
  }
  if (
    !request.is404 &&
    request.routeOptions.schema?.body === undefined &&
    !isEmptyBody(request.body) &&
    !readsOwnBody(request)
  ) {
    throw new AppError(400, 'UNEXPECTED_BODY', `${request.method} ${request.routeOptions.url} takes no body`);
  }
}

/**
 * A preHandler hook for every route, after the schemas have turned query strings into numbers: refuses
 * a number the database cannot store, naming the field.
 */
export async function guardNumbers(request: FastifyRequest): Promise<void> {
  const field = fieldWithUnstorableNumber({
    querystring: request.query,
    params: request.params,
    body: request.body,
  });
  if (field !== null) {
    throw new AppError(
      400,
      'NUMBER_OUT_OF_RANGE',
      `${field} is a number too large or too close to zero to store`,
    );
  }
}
