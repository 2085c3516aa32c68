import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from './china-time.js';
import { WorkingCalendar } from './working-calendar.js';

const calendar = new WorkingCalendar();
const knownYears = Array.from({ length: 200 }, (_, i) => 1950 + i).filter((year) => calendar.knowsYear(year));
const firstYear = Math.min(...knownYears);
const lastYear = Math.max(...knownYears);

/** Days in [first, last] whose working status differs from a plain Mon–Fri week. */
function exceptions(isWorking: (day: string) => boolean, first: string, last: string): string[] {
  const found: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const weekday = weekdayOf(day);
    if (isWorking(day) !== (weekday >= 1 && weekday <= 5)) found.push(day);
  }
  return found;
}

describe('published holidays', () => {
  it('covers consecutive years up to 2026 and falls back to Mon–Fri after', () => {
    expect(knownYears).toContain(2026);
    expect(knownYears).toEqual(knownYears.map((_, i) => firstYear + i));
    const unknown = lastYear + 1;
    expect(calendar.knowsYear(unknown)).toBe(false);
    const first = `${unknown}-01-01`;
    expect(exceptions((day) => calendar.isWorkingDay(day), first, `${unknown}-12-31`)).toEqual([]);
  });

  it("agree day by day with chinese-days' own isWorkday run in Asia/Shanghai", () => {
    const first = `${firstYear}-01-01`;
    const last = `${lastYear}-12-31`;
    // The package's functions are only right where local midnight is at or after UTC midnight,
    // so ask them in a child process set to China time.
    const script = `
      import chineseDays from 'chinese-days';
      const days = [];
      for (let t = Date.parse('${first}'); t <= Date.parse('${last}'); t += 86400000) {
        const day = new Date(t).toISOString().slice(0, 10);
        const weekday = new Date(t).getUTCDay();
        if (chineseDays.isWorkday(day) !== (weekday >= 1 && weekday <= 5)) days.push(day);
      }
      console.log(JSON.stringify(days));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      env: { ...process.env, TZ: 'Asia/Shanghai' },
      encoding: 'utf8',
    });
    const fromPackage: unknown = JSON.parse(output);
    const ours = exceptions((day) => calendar.isWorkingDay(day), first, last);
    expect(ours).toEqual(fromPackage);
    expect(ours).toContain('2026-02-14');
    expect(ours).toContain('2026-10-01');
  });
});
