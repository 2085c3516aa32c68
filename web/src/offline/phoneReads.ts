/**
 * The GET answers the phone pages (report, my reports, my tasks, patrol, a case) read, kept by the
 * service worker for when the network is gone. Not "nearby cases": "me too" is only asked online.
 */
const phoneReads: RegExp[] = [
  /^\/api\/auth\/me$/,
  /^\/api\/cases$/,
  /^\/api\/cases\/[0-9a-fA-F-]{36}$/,
  /^\/api\/categories(\/|$)/,
  /^\/api\/regions(\/|$)/,
  /^\/api\/settings(\/|$)/,
  /^\/api\/notifications(\/|$)/,
  /^\/api\/points$/,
  /^\/api\/tasks(\/|$)/,
  /^\/api\/whistles(\/|$)/,
];

export const isPhoneRead = (pathname: string): boolean => phoneReads.some((read) => read.test(pathname));

/** A stored photo or its thumbnail (/api/photos/:id, /api/photos/:id/thumbnail). */
export const isPhoto = (pathname: string): boolean => /^\/api\/photos\/[^/]+(\/thumbnail)?$/.test(pathname);
