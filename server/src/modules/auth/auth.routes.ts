import { Type } from '@fastify/type-provider-typebox';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { ErrorSchema } from '../../http/schemas.js';
import { AppError } from '../../lib/errors/app-error.js';
import { signedInUser } from './auth.hooks.js';
import { login, logout } from './auth.service.js';
import { LoginThrottle } from './login-throttle.js';
import { describeMe, MeSchema } from './me.js';
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
        body: Type.Object(
          {
            username: Type.String({ minLength: 1, maxLength: 64 }),
            password: Type.String({ minLength: 1, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ user: MeSchema }), 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { username } = request.body;
      throttle.check(username, request.ip);
      const signedIn = await login(db, username, request.body.password, opts.ttlHours).catch(
        (err: unknown) => {
          if (err instanceof AppError && err.code === 'INVALID_CREDENTIALS')
            throttle.failed(username, request.ip);
          throw err;
        },
      );
      throttle.succeeded(username, request.ip);
      const { token, user, expiresAt } = signedIn;
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookies,
        expires: expiresAt,
      });
      return { user: await describeMe(db, user) };
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out' } },
    async (request, reply) => {
      const user = signedInUser(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(db, token, user.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: Type.Object({ user: MeSchema }), 401: ErrorSchema, 429: ErrorSchema },
      },
    },
    async (request) => ({ user: await describeMe(db, signedInUser(request)) }),
  );
}
