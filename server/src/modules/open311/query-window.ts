import { type Fields, text } from './form-fields.js';
import { badRequest } from './open311-errors.js';
import { parseIso8601 } from './open311-time.js';

/** The standard's default and largest window: 90 days, and at most 1000 results at a time. */
export const MAX_SPAN_DAYS = 90;
export const MAX_PAGE_SIZE = 1000;
const DAY_MS = 86_400_000;
// Deep enough for any real archive, shallow enough that an offset cannot be used to make the database scan forever.
const MAX_PAGE = 100_000;

export interface Window {
  start: Date;
  end: Date;
}

export interface Paging {
  page: number;
  pageSize: number;
}

function dateParam(fields: Fields, name: string): Date | undefined {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  const at = parseIso8601(value);
  if (!at) throw badRequest(`${name} must be an ISO 8601 date-time, e.g. 2026-05-01T00:00:00+08:00`);
  return at;
}

/**
 * start_date and end_date, filled in to a window of at most 90 days: the last 90 days when neither is
 * given, 90 days from the one that is given otherwise. An end before the start, or a wider span, is refused.
 */
export function windowOf(fields: Fields, now: Date): Window {
  const start = dateParam(fields, 'start_date');
  const end = dateParam(fields, 'end_date');
  const span = MAX_SPAN_DAYS * DAY_MS;
  if (start && end) {
    if (end.getTime() < start.getTime()) throw badRequest('end_date is before start_date');
    if (end.getTime() - start.getTime() > span) {
      throw badRequest(`start_date and end_date may be at most ${MAX_SPAN_DAYS} days apart`);
    }
    return { start, end };
  }
  if (start) return { start, end: new Date(start.getTime() + span) };
  if (end) return { start: new Date(end.getTime() - span), end };
  return { start: new Date(now.getTime() - span), end: now };
}

function positiveInt(fields: Fields, name: string, fallback: number, max: number): number {
  const value = text(fields, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw badRequest(`${name} must be a whole number from 1 to ${max}`);
  }
  return Number(value);
}

/** page (from 1) and page_size (1–1000, 1000 by default), the widely used paging extension. */
export function pagingOf(fields: Fields): Paging {
  return {
    page: positiveInt(fields, 'page', 1, MAX_PAGE),
    pageSize: positiveInt(fields, 'page_size', MAX_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** A comma list (`a,b,c`), blanks dropped, at most `max` entries. */
export function commaList(fields: Fields, name: string, max: number): string[] | undefined {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  const items = [...new Set(value.split(',').map((s) => s.trim()))].filter((s) => s !== '');
  if (items.length > max) throw badRequest(`${name} lists more than ${max} values`);
  return items;
}
