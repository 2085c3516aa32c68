import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { databaseTargetOf, openDatabase } from '../db/open-database.js';
import { AppError } from '../lib/errors/app-error.js';

/**
 * Runs a command-line import against the configured database and gives its exit code: a refusal of
 * the input (AppError) is printed as the API would say it, with code 1; the database is closed
 * whatever happens. Anything else is a bug and is thrown.
 */
export async function withDatabase(work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabase(databaseTargetOf(loadConfig()));
  try {
    return await work(database);
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

/** Sets the process's exit code from a command's, printing an unexpected failure's message. */
export async function exitWith(command: () => Promise<number>): Promise<void> {
  process.exitCode = await command().catch((err: Error) => {
    console.error(err.message);
    return 1;
  });
}
