import type { ProjectState } from '@needle/contract';
import { and, desc, eq, like, type SQL } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { communityProjects } from './community-lists.tables.js';
import type { ListsDeps } from './lists-deps.js';
import { listsPrefix } from './lists-office.js';
import { projectDetail, projectOf, projectViews } from './project-view.js';

/** The projects of the communities the user keeps lists for, newest year first. */
export async function listProjects(
  deps: ListsDeps,
  viewer: AuthUser,
  f: { regionCode?: string; state?: ProjectState; year?: number },
) {
  const prefix = listsPrefix(viewer);
  const where: (SQL | undefined)[] = [
    like(communityProjects.regionCode, `${prefix}%`),
    f.regionCode ? eq(communityProjects.regionCode, f.regionCode) : undefined,
    f.state ? eq(communityProjects.state, f.state) : undefined,
    f.year ? eq(communityProjects.year, f.year) : undefined,
  ];
  const rows = await deps.db
    .select()
    .from(communityProjects)
    .where(and(...where))
    .orderBy(desc(communityProjects.year), desc(communityProjects.createdAt), desc(communityProjects.id))
    .limit(500);
  return { items: await projectViews(deps.db, rows) };
}

export async function getProject(deps: ListsDeps, viewer: AuthUser, id: string) {
  return projectDetail(deps.db, await projectOf(deps.db, viewer, id));
}
