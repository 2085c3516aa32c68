import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';

/** The PostgreSQL channel on which every write to a case or a whistle order is announced. */
export const CHANGES_CHANNEL = 'needle_changes';

/** What a notice says: where the change happened and what it was, enough for a listener to judge it. */
export interface Change {
  /** The case's region (grid) code, or the whistling office's region. */
  regionCode: string;
  /** The case's new state, or `whistle` for a whistle order's event. */
  step: string;
}

/**
 * The statement announcing a change, to end a write's own statement or run in its transaction:
 * PostgreSQL delivers the notice only when the transaction commits, so a write rolled back is never
 * announced, and every server process listening hears of it, whichever wrote it.
 */
export function changeNotice(change: Change): SQL {
  return sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(change)})`;
}

/** Announces a change in the caller's transaction (see changeNotice). */
export async function publishChange(tx: Executor, change: Change): Promise<void> {
  await tx.execute(changeNotice(change));
}
