import { and, asc, desc, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { publicText } from '../../lib/privacy/public-text.js';
import { caseEvents, type cases } from '../cases/cases.tables.js';
import type { CaseStatus } from '../cases/lifecycle/case-status.js';
import { categories } from '../categories/categories.tables.js';
import { departments } from '../departments/departments.tables.js';
import type { RegionsService } from '../regions/regions.service.js';
import type { NodeObject } from './document.js';
import { chinaIso } from './open311-time.js';
import { PUBLIC_NOTES, requestStatusOf } from './status-mapping.js';

export type CaseRow = typeof cases.$inferSelect;

/** Needle's own keys in a case's attributes, beside the answers; `_` keeps them apart from attribute codes. */
export interface Open311Extras {
  _media_url?: string;
  _address_id?: string;
  _device_id?: string;
  _account_id?: string;
}

const extrasOf = (c: CaseRow): Open311Extras => (c.attributes ?? {}) as Open311Extras;

/** The actions whose events the public may read, as a list for SQL. */
export const PUBLIC_ACTIONS = [...Object.keys(PUBLIC_NOTES), 'external_update'];

/** The public note of one timeline step: Needle's own short note, or what a connected system pushed. */
export function publicNoteOf(e: { action: string; note: string }): string {
  if (e.action === 'external_update') return publicText(e.note);
  return PUBLIC_NOTES[e.action] ?? '';
}

interface Lookups {
  serviceNames: Map<string, string>;
  departmentNames: Map<string, string>;
  notes: Map<string, string>;
}

async function lookups(db: Executor, rows: CaseRow[]): Promise<Lookups> {
  const ids = rows.map((r) => r.id);
  const cats = await db.select({ code: categories.code, name: categories.nameZh }).from(categories);
  const depts = await db.select({ id: departments.id, name: departments.name }).from(departments);
  // The latest public step of each case: its note is the request's status_notes.
  const latest =
    ids.length === 0
      ? []
      : await db
          .selectDistinctOn([caseEvents.caseId], {
            caseId: caseEvents.caseId,
            action: caseEvents.action,
            note: caseEvents.note,
          })
          .from(caseEvents)
          .where(and(inArray(caseEvents.caseId, ids), inArray(caseEvents.action, PUBLIC_ACTIONS)))
          .orderBy(asc(caseEvents.caseId), desc(caseEvents.id));
  return {
    serviceNames: new Map(cats.map((c) => [c.code, c.name])),
    departmentNames: new Map(depts.map((d) => [d.id, d.name])),
    notes: new Map(latest.map((e) => [e.caseId, publicNoteOf(e)])),
  };
}

/** The unit a case is routed to, by name: the department, or the street or community office. */
function agencyOf(c: CaseRow, regions: RegionsService, names: Map<string, string>): string | null {
  if (c.unitDepartmentId) return names.get(c.unitDepartmentId) ?? null;
  if (c.unitRegionCode) return regions.directory.node(c.unitRegionCode)?.name ?? null;
  return null;
}

/** Where the case is, in words: the address given, or else the street and community it lies in. */
function addressOf(c: CaseRow, regions: RegionsService): string {
  if (c.address) return c.address;
  const chain = regions.directory.chain(c.communityCode).reverse();
  return chain
    .filter((n) => n.level !== 'city')
    .map((n) => n.name)
    .join('');
}

/**
 * Cases as GeoReport requests: only what the public may read. No reporter name, phone or e-mail, no
 * device or account id, no staff notes; free text has phone numbers and e-mail addresses masked.
 */
export async function requestNodes(
  db: Executor,
  regions: RegionsService,
  rows: CaseRow[],
): Promise<NodeObject[]> {
  const l = await lookups(db, rows);
  return rows.map((c) => {
    const extras = extrasOf(c);
    return {
      service_request_id: c.code,
      status: requestStatusOf(c.status as CaseStatus),
      status_notes: l.notes.get(c.id) ?? null,
      service_name: l.serviceNames.get(c.categoryCode) ?? null,
      service_code: c.categoryCode,
      description: c.description ? publicText(c.description) : null,
      agency_responsible: agencyOf(c, regions, l.departmentNames),
      service_notice: null,
      requested_datetime: chinaIso(c.createdAt),
      updated_datetime: chinaIso(c.updatedAt),
      expected_datetime: chinaIso(c.dueAt),
      address: addressOf(c, regions),
      address_id: extras._address_id ?? null,
      zipcode: null,
      lat: c.lat,
      long: c.lng,
      media_url: extras._media_url ?? null,
    };
  });
}
