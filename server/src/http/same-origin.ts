import type { FastifyRequest } from 'fastify';
import { AppError } from '../lib/errors/app-error.js';
import { SESSION_COOKIE } from '../modules/auth/session-token.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `host` as the browser would write it in an Origin of `protocol`: lower case, default port left out. */
function normalHost(protocol: string, host: string): string | null {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return null;
  }
}

/**
 * Whether the request comes from a page of this very site: its Origin names the host it was sent to
 * (request.host follows a trusted proxy's X-Forwarded-Host, and only then), or the browser says so with
 * Sec-Fetch-Site. A request that names no origin at all is not taken on trust.
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null' || !URL.canParse(origin)) return false;
  const { protocol, host } = new URL(origin);
  const expected = normalHost(protocol, request.host);
  return expected !== null && host === expected;
}

/**
 * An onRequest hook against cross-site request forgery. The session cookie rides along on any request
 * the browser makes to Needle — also one a page of another site (or another port of the same intranet
 * host, which SameSite=Lax counts as the same site) triggers — so an unsafe request carrying it must
 * come from Needle's own pages. Requests without the cookie (sign-in, Open311 with its api_key, public
 * submissions) prove nothing with it and are left alone.
 */
export async function refuseCrossSiteRequests(request: FastifyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  if (!request.cookies[SESSION_COOKIE]) return;
  if (isSameOrigin(request)) return;
  throw new AppError(
    403,
    'CROSS_SITE_REQUEST',
    'This request carries your session but does not come from a Needle page (its Origin is missing or another site); it was refused',
  );
}
