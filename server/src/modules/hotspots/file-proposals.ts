import { and, desc, eq, gt, gte, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { categories } from '../categories/categories.tables.js';
import { notify } from '../notifications/notify.js';
import { users } from '../users/users.tables.js';
import { areaSql } from './hotspot-area.js';
import { hotspotProposals } from './hotspots.tables.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';

/** A decided proposal holds its place this long: a dismissed hotspot is not proposed again the next minute. */
export const DECIDED_QUIET_MS = 7 * 86_400_000;

/** The cases of a cluster: its category's reports in its areas over the window, newest first. */
export async function clusterEvidence(
  tx: Executor,
  c: { areas: string[]; category: string; from: Date; to: Date },
): Promise<string[]> {
  const rows = await tx
    .select({ id: cases.id })
    .from(cases)
    // The area is written as the index cases_area_idx has it, so each area is one index range.
    .where(
      and(
        inArray(areaSql(sql`${cases.h3Cell}`), c.areas),
        eq(cases.categoryCode, c.category),
        gte(cases.createdAt, c.from),
        lt(cases.createdAt, c.to),
        ne(cases.channel, 'proactive'),
      ),
    )
    .orderBy(desc(cases.createdAt))
    .limit(MAX_EVIDENCE);
  return rows.map((r) => r.id);
}

const KIND_TEXT = { cluster: '问题聚集', recurrence: '整改后复发', repeat_caller: '反复来电' } as const;

/** The street's staff hear of a new proposal in their inbox (and by SMS, when a gateway is set). */
async function announce(tx: Executor, street: string, d: ProposalDraft, proposalId: string) {
  const staff = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.regionCode, street), eq(users.active, true), sql`'street_staff' = any(${users.roles})`),
    );
  const [category] = await tx
    .select({ name: categories.nameZh })
    .from(categories)
    .where(eq(categories.code, d.categoryCode));
  await notify(tx, {
    userIds: staff.map((u) => u.id),
    kind: 'hotspot_proposed',
    caseId: null,
    title: `主动发现：${category?.name ?? d.categoryCode}（${KIND_TEXT[d.kind]}）`,
    body: `近期同一地点 ${d.observed} 件，按以往应约 ${d.expected.toFixed(1)} 件，请到工作台查看并处理。`,
    data: { proposalId, kind: d.kind, categoryCode: d.categoryCode },
  });
}

const draftKey = (d: { kind: string; area: string; categoryCode: string; subject: string }) =>
  `${d.kind}|${d.area}|${d.categoryCode}|${d.subject}`;

/**
 * Files each finding as a proposal on the workbench of the street holding most of its cases, or brings
 * the open proposal for the same kind, place, category and subject up to date. A finding decided on in
 * the last DECIDED_QUIET_MS is left alone. Answers how many were opened and how many updated.
 */
export async function fileProposals(
  tx: Executor,
  drafts: readonly ProposalDraft[],
  now: Date,
): Promise<{ opened: number; updated: number }> {
  if (drafts.length === 0) return { opened: 0, updated: 0 };
  const decided = await tx
    .select({
      kind: hotspotProposals.kind,
      area: hotspotProposals.area,
      categoryCode: hotspotProposals.categoryCode,
      subject: hotspotProposals.subject,
    })
    .from(hotspotProposals)
    .where(
      and(
        ne(hotspotProposals.status, 'open'),
        gt(hotspotProposals.decidedAt, new Date(now.getTime() - DECIDED_QUIET_MS)),
      ),
    );
  const quiet = new Set(decided.map(draftKey));
  let opened = 0;
  let updated = 0;
  for (const d of drafts) {
    if (quiet.has(draftKey(d)) || d.caseIds.length === 0) continue;
    const homes = await tx
      .select({ street: cases.streetCode, district: cases.districtCode, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(inArray(cases.id, d.caseIds))
      .groupBy(cases.streetCode, cases.districtCode)
      .orderBy(sql`3 desc, 1`)
      .limit(1);
    const home = homes[0];
    if (!home) continue;
    const figures = {
      radius: d.radius,
      observed: d.observed,
      expected: d.expected,
      surprise: d.surprise,
      threshold: d.threshold,
      windowStart: d.windowStart,
      windowEnd: d.windowEnd,
      caseIds: d.caseIds,
      updatedAt: now,
    };
    const [row] = await tx
      .insert(hotspotProposals)
      .values({
        districtCode: home.district,
        streetCode: home.street,
        kind: d.kind,
        area: d.area,
        categoryCode: d.categoryCode,
        subject: d.subject,
        detectedAt: now,
        ...figures,
      })
      .onConflictDoUpdate({
        target: [
          hotspotProposals.districtCode,
          hotspotProposals.kind,
          hotspotProposals.area,
          hotspotProposals.categoryCode,
          hotspotProposals.subject,
        ],
        targetWhere: sql`${hotspotProposals.status} = 'open'`,
        set: figures,
      })
      .returning({ id: hotspotProposals.id, inserted: sql<boolean>`(xmax = 0)` });
    if (row?.inserted) {
      opened++;
      await announce(tx, home.street, d, row.id);
    } else updated++;
  }
  return { opened, updated };
}
