import type { RouteOptions } from 'fastify';
import { ErrorSchema } from './schemas.js';

/** Routes anyone may call without a session. */
const PUBLIC_ROUTES = new Set(['/api/auth/login', '/api/health', '/api/openapi.json']);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const refusal = (description: string) => ({ ...ErrorSchema, description });

/**
 * The refusals the edge makes before a route's handler runs (bad input, no session, a cross-site
 * request, a body too large or of the wrong type), added to every documented route's responses, so
 * that the OpenAPI document lists every status a route can answer without each route repeating them.
 * A route's own description of a status wins.
 */
export function documentEdgeStatuses(route: RouteOptions): void {
  const schema = route.schema;
  if (!schema || schema.hide || !route.url.startsWith('/api/')) return;
  const response = (schema.response ?? {}) as Record<string, unknown>;
  schema.response = response;
  const add = (status: number, description: string) => {
    response[status] ??= refusal(description);
  };
  add(400, 'The request is malformed or a field is invalid (the message names it)');
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (!PUBLIC_ROUTES.has(route.url)) {
    add(401, 'Not signed in, or the session has ended');
    add(403, 'Not allowed: a permission is missing, or the request does not come from a Needle page');
  }
  if (methods.some((m) => WITH_BODY.has(m))) {
    add(413, 'The request body is too large');
    add(415, 'This content type is not accepted here');
  }
  if (route.url === '/api/auth/login') add(429, 'Too many failed sign-ins: wait as Retry-After says');
}

/** Whether the route's response schemas list the status (exactly, as `4xx`, or as `default`). */
export function isDocumented(responses: unknown, status: number): boolean {
  if (!responses || typeof responses !== 'object') return false;
  const keys = Object.keys(responses);
  return keys.some((k) => k === String(status) || k === `${String(status)[0]}xx` || k === 'default');
}
