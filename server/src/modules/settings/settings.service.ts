import { eq, sql } from 'drizzle-orm';
import { type Executor, transaction } from '../../db/database.js';
import { announceChange, referenceCache } from '../../lib/cache/reference-cache.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CALENDAR_CHANGED } from '../calendar/calendar-changed.js';
import {
  DEFAULT_SETTINGS,
  isSettingKey,
  type NeedleSettings,
  SETTING_PARSERS,
  type SettingKey,
} from './setting-values.js';
import { settings } from './settings.tables.js';

export {
  DEFAULT_SETTINGS,
  isSettingKey,
  type LimitedStep,
  type NeedleSettings,
  SETTING_KEYS,
  type SettingKey,
  STEP_LIMIT_STEPS,
} from './setting-values.js';

function put<K extends SettingKey>(into: NeedleSettings, key: K, raw: unknown): void {
  into[key] = SETTING_PARSERS[key](raw);
}

/** The defaults, overlaid by whatever the city has stored. */
export async function loadSettings(db: Executor): Promise<NeedleSettings> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const result: NeedleSettings = structuredClone(DEFAULT_SETTINGS);
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    try {
      put(result, row.key, row.value);
    } catch (err) {
      // Writes are checked, so a bad row was edited by hand; deadlines must still be computable.
      console.warn(`Setting ${row.key} is invalid and the default is used: ${(err as Error).message}`);
    }
  }
  // Step limits overlay the defaults step by step: a city that changes one keeps the others' defaults.
  result.stepLimits = { ...DEFAULT_SETTINGS.stepLimits, ...result.stepLimits };
  return result;
}

/** The settings in force, kept in memory: every intake and deadline reads them. */
export const settingsCache = referenceCache('needle_settings_changed', loadSettings);

/** An admin's change of one setting, checked for its key, audited; returns the settings now in force. */
export async function updateSetting(
  db: Executor,
  actor: AuthUser,
  key: SettingKey,
  value: unknown,
): Promise<NeedleSettings> {
  let parsed: unknown;
  try {
    parsed = SETTING_PARSERS[key](value);
  } catch (err) {
    throw badRequest('SETTING_INVALID', err instanceof RangeError ? err.message : `Invalid ${key}`);
  }
  const after = await transaction(db, async (tx) => {
    // Serialises concurrent edits of one key, so each audit row's before is the value it replaced.
    await tx.select({ key: settings.key }).from(settings).where(eq(settings.key, key)).for('update');
    const before = (await loadSettings(tx))[key];
    await tx
      .insert(settings)
      .values({ key, value: parsed, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: parsed, updatedBy: actor.id, updatedAt: new Date() },
      });
    const after = await loadSettings(tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'setting.update',
      entity: 'setting',
      entityId: key,
      before,
      after: after[key],
    });
    // Other server processes rebuild their working calendar once this commits.
    if (key === 'officeHours') await tx.execute(sql`select pg_notify(${CALENDAR_CHANGED}, '')`);
    await announceChange(tx, settingsCache);
    return after;
  });
  settingsCache.forget(db);
  return after;
}
