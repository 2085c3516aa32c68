import type { Executor } from '../../db/database.js';
import { districtCodeOf, regionPrefix } from '../../lib/codes/region-code.js';
import { nextDailyNumber } from '../cases/case-code.js';

/**
 * The next whistle order code (哨令编号): SL, the issuing street's 9-digit or community's 12-digit code,
 * the China date and a per-office daily counter, e.g. SL-220104004-20261123-01. Its counter lives beside
 * the case codes' under a prefix of its own.
 */
export async function nextWhistleCode(tx: Executor, regionCode: string, now: Date): Promise<string> {
  const prefix = `SL-${regionPrefix(regionCode)}`;
  const { day, n } = await nextDailyNumber(tx, districtCodeOf(regionCode), prefix, now);
  return `${prefix}-${day}-${String(n).padStart(2, '0')}`;
}
