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
