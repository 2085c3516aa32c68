import type { Static } from '@fastify/type-provider-typebox';
import type { TimelineEvent } from '@needle/contract';
import { PUBLIC_ACTIONS, publicNoteOf } from '../open311/request-view.js';
import type { CaseView } from './case-view.js';

/** Steps a reporter sees besides the public ones: their own report and what they did themselves. */
const REPORTER_STEPS = new Set(['report', 'rate', ...PUBLIC_ACTIONS]);

export type TimelineRow = Static<typeof TimelineEvent>;

/**
 * A case as a resident or courier sees it: their own name back if they reported it, nobody else's
 * name or phone (a follower must not learn who reported, nor a 12345 caller's name).
 */
export function residentCaseView(view: CaseView, viewerId: string, reporterId: string | null): CaseView {
  const own = reporterId === viewerId;
  return {
    ...view,
    reporterName: own ? view.reporterName : null,
    reporterPhone: own ? view.reporterPhone : null,
  };
}

/**
 * The timeline a resident reads: the public steps with Needle's short public note, their own steps
 * with their own words; no staff names, internal notes or step data. Photos stay: the fix photo is
 * what the resident wants to see.
 */
export function residentTimeline(rows: TimelineRow[], viewerId: string): TimelineRow[] {
  return rows
    .filter((e) => e.actorId === viewerId || REPORTER_STEPS.has(e.action))
    .map((e) => {
      const own = e.actorId === viewerId;
      return {
        ...e,
        actorId: own ? e.actorId : null,
        actorName: own ? e.actorName : null,
        note: own ? e.note : publicNoteOf(e),
        data: null,
      };
    });
}
