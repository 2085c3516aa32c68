import type { HotspotKind, HotspotProposal, HotspotStatus } from '@needle/contract';
import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionsService } from '../regions/regions.service.js';
import { hotspotProposals } from './hotspots.tables.js';
import { proposalsVisibleTo } from './proposal-scope.js';
import { proposalView, selectProposals } from './proposal-view.js';

export interface ProposalQuery {
  status?: HotspotStatus;
  kind?: HotspotKind;
  page: number;
  pageSize: number;
}

/** A page of the proposals in the user's streets: the open ones first, then the newest. */
export async function listProposals(
  deps: { db: Db; regions: RegionsService },
  user: AuthUser,
  q: ProposalQuery,
): Promise<{ total: number; page: number; pageSize: number; items: HotspotProposal[] }> {
  const conditions: SQL[] = [proposalsVisibleTo(user)];
  if (q.status) conditions.push(eq(hotspotProposals.status, q.status));
  if (q.kind) conditions.push(eq(hotspotProposals.kind, q.kind));
  const where = and(...conditions) as SQL;
  const [total] = await deps.db.select({ n: count() }).from(hotspotProposals).where(where);
  const rows = await selectProposals(deps.db, where)
    .orderBy(
      sql`${hotspotProposals.status} = 'open' desc`,
      desc(hotspotProposals.detectedAt),
      desc(hotspotProposals.surprise),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((r) => proposalView(r, deps.regions)),
  };
}
