import { ErrorSchema, LoginBody, LogoutResponse, MeResponse } from '@needle/contract';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { servedOverHttps } from '../../http/https.js';
import { AppError } from '../../lib/errors/app-error.js';
import { signedInUser } from './auth.hooks.js';
import { login, logout } from './auth.service.js';
import { LoginThrottle, TooManyAttempts } from './login-throttle.js';
import { describeMe } from './me.js';
import { setSessionCookie } from './session-cookie.js';
import { SESSION_COOKIE } from './session-token.js';

export function registerAuthRoutes(
  app: App,
  db: Db,
  opts: { ttlHours: number; secureCookies: boolean },
): void {
  const throttle = new LoginThrottle();
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in; sets the session cookie',
        body: LoginBody,
        response: { 200: MeResponse, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { username } = request.body;
      // request.ip is the client's own address behind a proxy trusted by NEEDLE_TRUST_PROXY, and only then.
      const wait = throttle.waitFor(username, request.ip);
      if (wait > 0) {
        const seconds = Math.ceil(wait / 1000);
        reply.header('retry-after', String(seconds));
        throw new TooManyAttempts(seconds);
      }
      const signedIn = await login(db, username, request.body.password, opts.ttlHours).catch(
        (err: unknown) => {
          if (err instanceof AppError && err.code === 'INVALID_CREDENTIALS')
            throttle.failed(username, request.ip);
          throw err;
        },
      );
      throttle.succeeded(username, request.ip);
      setSessionCookie(request, reply, signedIn, opts.secureCookies);
      return { user: await describeMe(db, signedIn.user) };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: LogoutResponse } } },
    async (request, reply) => {
      const user = signedInUser(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(db, token, user.id);
      reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: servedOverHttps(request, opts.secureCookies),
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: MeResponse, 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => ({ user: await describeMe(db, signedInUser(request)) }),
  );
}
