/**
 * What PostgreSQL said of a failed statement (its SQLSTATE and, for a constraint, its name), wherever
 * the driver and drizzle wrapped it: both engines' errors carry these fields, under one or more causes.
 */
export function databaseErrorOf(err: unknown): { code: string; constraint?: string } | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string') {
      return typeof constraint === 'string' ? { code, constraint } : { code };
    }
  }
  return undefined;
}

// SQLSTATE classes 08 (connection exception) and 57P (the server shutting down or ending sessions),
// and the socket errors of a connection that went away.
const LOST = /^(08|57P0[1-3]$)|^(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|EPIPE|ETIMEDOUT)$/;

/**
 * The database went away under a statement: a restart, a failover, an administrator ending sessions.
 * Nothing about the request was wrong, and the pool connects afresh, so the client may simply retry.
 */
export function isConnectionLoss(err: unknown): boolean {
  for (let e = err; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && LOST.test(code)) return true;
    if (/^Connection terminated|^Client has encountered a connection error/.test(e.message)) return true;
  }
  return false;
}
