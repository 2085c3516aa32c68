import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors/app-error.js';

/**
 * The first NUL character (U+0000) anywhere in a request's text — query, path parameters, body values
 * and keys — as the path of the field that holds it, e.g. `body/description`; null when there is none.
 * PostgreSQL text cannot hold NUL, so without this check such input reached the database and failed there.
 */
export function fieldWithNul(parts: Record<string, unknown>): string | null {
  // Iterative, so that a deeply nested JSON body cannot exhaust the stack.
  const stack: [path: string, value: unknown][] = Object.entries(parts);
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return path;
    } else if (value instanceof URLSearchParams) {
      for (const [name, text] of value) {
        if (name.includes('\u0000') || text.includes('\u0000')) return `${path}/${printable(name)}`;
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push([`${path}/${i}`, item]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [name, item] of Object.entries(value)) {
        if (name.includes('\u0000')) return `${path}/${printable(name)}`;
        stack.push([`${path}/${name}`, item]);
      }
    }
  }
  return null;
}

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
