import { expect } from 'vitest';
import { chinaDayOf } from '../lib/calendar/index.js';
import { drainKpiOutbox } from '../modules/stats/rollup/apply-outbox.js';
import type { TestApp } from './test-app.js';

const DAY = 86_400_000;

/** This month in China, as YYYY-MM. */
export const thisMonth = (): string => chinaDayOf(new Date()).slice(0, 7);

/**
 * A KPI query period from this month's start to sixty days on: a case due after midnight on the
 * month's last day, or due next month, still falls in it.
 */
export const fromThisMonth = (): string =>
  `from=${thisMonth()}-01&to=${new Date(Date.now() + 60 * DAY).toISOString().slice(0, 10)}`;

/**
 * The KPIs of a period and a scope (`regionCode=…`, `departmentId=…`) as the user of `cookie` reads
 * them, once every event so far is in the rollups: a test app runs no rollup worker, so it drains first.
 */
export async function readKpis(t: TestApp, cookie: string, query: string) {
  await drainKpiOutbox(t.database.db);
  const res = await t.get(`/api/stats/kpis?${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The same counters, every one zero. */
export function zeroed<T extends Record<keyof T, number>>(counts: T): T {
  return Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as T;
}
