import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Whether the browser reached Needle over HTTPS: NEEDLE_SECURE_COOKIES=1 says it always does (TLS ends
 * at a proxy that is not configured as trusted), or a trusted proxy says so with X-Forwarded-Proto
 * (request.protocol reads that header only when NEEDLE_TRUST_PROXY trusts the proxy).
 */
export function servedOverHttps(request: FastifyRequest, secureCookies: boolean): boolean {
  return secureCookies || request.protocol === 'https';
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * An onRequest hook, after helmet's, for the headers that only make sense over HTTPS. Street offices run
 * Needle on intranet addresses without TLS: there `upgrade-insecure-requests` would send the browser to
 * fetch every script over https (a blank page), and a Secure cookie would never come back.
 */
export function httpsOnlyHeaders(secureCookies: boolean) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!servedOverHttps(request, secureCookies)) return;
    const csp = reply.raw.getHeader('content-security-policy');
    if (typeof csp === 'string') {
      reply.raw.setHeader('content-security-policy', `${csp};upgrade-insecure-requests`);
    }
    reply.header('strict-transport-security', HSTS);
  };
}
