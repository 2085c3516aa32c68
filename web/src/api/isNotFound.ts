import { ApiError } from './client';

/**
 * The server answers "outside your jurisdiction" exactly like "does not exist", so we do too;
 * a malformed id or code in a typed URL (400) is, to the person typing it, just as much not there.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED');
}
