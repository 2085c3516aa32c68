import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { App } from '../../http/app-types.js';
import { AppError } from '../../lib/errors/app-error.js';
import { userForSession } from './auth.service.js';
import type { AuthUser } from './auth-user.js';
import type { Permission } from './roles.js';
import { SESSION_COOKIE } from './session-token.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

/** Resolves the session cookie to a user on every request; routes then ask for what they need. */
export function installSessionLookup(app: App, db: Db): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await userForSession(db, token) : null;
  });
}

export function signedInUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new AppError(401, 'UNAUTHENTICATED', 'Please sign in first');
  return request.user;
}

/** A preHandler that lets the request through only for a user holding the permission. */
export function requirePermission(permission: Permission) {
  return async (request: FastifyRequest): Promise<void> => {
    const user = signedInUser(request);
    if (!user.permissions.includes(permission)) {
      throw new AppError(403, 'PERMISSION_DENIED', `Your roles do not allow ${permission}`);
    }
  };
}
