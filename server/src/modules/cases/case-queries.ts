import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  like,
  lt,
  or,
  type SQL,
} from 'drizzle-orm';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { allowedActions } from './allowed-actions.js';
import type { CaseDeps } from './case-deps.js';
import { casesVisibleTo, isPublicOnly } from './case-scope.js';
import { caseView, stepLight } from './case-view.js';
import { caseEvents, caseSupervisions, cases } from './cases.tables.js';
import { residentCaseView, residentTimeline } from './resident-view.js';

/** Those who call the caller back see the number in full. */
const seesPhones = (user: AuthUser) => user.roles.includes('hotline_operator');

/** A case as the viewer may see it, without its timeline: all a report's answer shows. */
export async function caseFor(deps: CaseDeps, viewer: AuthUser, id: string, now: Date) {
  const [c] = await deps.db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), casesVisibleTo(viewer)));
  if (!c) throw notFound('CASE_NOT_FOUND', `Case ${id} does not exist or is outside your jurisdiction`);
  const view = caseView(c, stepLight(deps.calendar.current(), c, now), seesPhones(viewer));
  // Residents and couriers get the resident's view: no other reporter's name or phone.
  return { c, view: isPublicOnly(viewer) ? residentCaseView(view, viewer.id, c.reporterId) : view };
}

export async function getCase(deps: CaseDeps, viewer: AuthUser, id: string) {
  const now = deps.now?.() ?? new Date();
  const { c, view } = await caseFor(deps, viewer, id, now);
  const timeline = await deps.db
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      actorId: caseEvents.actorId,
      actorName: users.displayName,
      actorRole: caseEvents.actorRole,
      action: caseEvents.action,
      fromStatus: caseEvents.fromStatus,
      toStatus: caseEvents.toStatus,
      note: caseEvents.note,
      photoIds: caseEvents.photoIds,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, c.id))
    .orderBy(asc(caseEvents.id));
  const supervisions = await deps.db
    .select()
    .from(caseSupervisions)
    .where(eq(caseSupervisions.caseId, c.id))
    .orderBy(asc(caseSupervisions.at));
  const duplicates = await deps.db
    .select({ id: cases.id, code: cases.code })
    .from(cases)
    .where(and(eq(cases.masterCaseId, c.id), casesVisibleTo(viewer)));
  const events = timeline.map((e) => ({ ...e, at: e.at.toISOString(), actorName: e.actorName ?? null }));
  const allowed = await allowedActions(deps.db, viewer, c, now, (await deps.settings()).reopenWindowDays);
  // Residents and couriers get the resident's timeline: public notes, no staff names, no supervision.
  if (isPublicOnly(viewer)) {
    return {
      case: view,
      timeline: residentTimeline(events, viewer.id),
      supervisions: [],
      duplicates,
      allowedActions: allowed,
    };
  }
  return {
    case: view,
    timeline: events,
    supervisions: supervisions.map((s) => ({
      id: s.id,
      note: s.note,
      at: s.at.toISOString(),
      reply: s.reply,
      repliedAt: s.repliedAt?.toISOString() ?? null,
    })),
    duplicates,
    allowedActions: allowed,
  };
}

export interface CaseFilter {
  status?: string[];
  categoryCode?: string;
  regionCode?: string;
  departmentId?: string;
  unitRegionCode?: string;
  channel?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Text search treats the user's words literally: % and _ match themselves. */
const literal = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** A case list's text search: the words in the description, the code or the address. */
export const caseTextMatches = (q: string) =>
  or(
    ilike(cases.description, `%${literal(q)}%`),
    ilike(cases.code, `%${literal(q)}%`),
    ilike(cases.address, `%${literal(q)}%`),
  );

export async function listCases(deps: CaseDeps, viewer: AuthUser, f: CaseFilter) {
  const now = deps.now?.() ?? new Date();
  const where: (SQL | undefined)[] = [
    casesVisibleTo(viewer),
    f.status?.length ? inArray(cases.status, f.status) : undefined,
    f.categoryCode ? eq(cases.categoryCode, f.categoryCode) : undefined,
    f.regionCode ? like(cases.regionCode, `${regionPrefix(f.regionCode)}%`) : undefined,
    f.departmentId ? eq(cases.unitDepartmentId, f.departmentId) : undefined,
    f.unitRegionCode ? eq(cases.unitRegionCode, f.unitRegionCode) : undefined,
    f.channel ? eq(cases.channel, f.channel) : undefined,
    f.overdue === true ? isNotNull(cases.stepOverdueAt) : undefined,
    f.overdue === false ? isNull(cases.stepOverdueAt) : undefined,
    f.from ? gte(cases.createdAt, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
    f.to
      ? lt(cases.createdAt, new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000))
      : undefined,
    f.q ? caseTextMatches(f.q) : undefined,
  ];
  const condition = and(...where);
  const [total] = await deps.db.select({ n: count() }).from(cases).where(condition);
  const rows = await deps.db
    .select()
    .from(cases)
    .where(condition)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const calendar = deps.calendar.current();
  return {
    total: Number(total?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
    // Lists always mask personal data, whoever looks; the public see no other reporter's name at all.
    items: rows.map((c) => {
      const view = caseView(c, stepLight(calendar, c, now), false);
      return isPublicOnly(viewer) ? residentCaseView(view, viewer.id, c.reporterId) : view;
    }),
  };
}
