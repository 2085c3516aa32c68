import type { FastifyReply, FastifyRequest } from 'fastify';
import { servedOverHttps } from '../../http/https.js';
import type { SignedIn } from './auth.service.js';
import { SESSION_COOKIE } from './session-token.js';

/** Hands the browser its session: however the user signed in (password or phone), the cookie is this one. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  { token, expiresAt }: SignedIn,
  secureCookies: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: servedOverHttps(request, secureCookies),
    expires: expiresAt,
  });
}
