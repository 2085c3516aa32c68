import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/actors.js';
import { sweepClaimDeadlines } from './claim-deadline-sweep.js';
import { communityProjectEvents, communityProjects } from './community-lists.tables.js';

// PostgreSQL only (*.pg.test.ts): the embedded database has one connection, so nothing runs at once there.
const { t, c } = useTestApp(['community']);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
let projectIds: string[] = [];

beforeAll(async () => {
  const need = await t.post('/api/community-needs', c.community, {
    source: 'deliberation',
    description: '小区停车难',
    households: 120,
  });
  expect(need.statusCode, need.body).toBe(201);
  for (let i = 0; i < 5; i++) {
    const project = await t.post('/api/community-projects', c.community, {
      needIds: [need.json().need.id],
      year: 2026,
      title: `停车位改造第${i + 1}期`,
      budgetYuan: 50_000,
      dueDate: inDays(90).toISOString().slice(0, 10),
      claimDeadline: inDays(7).toISOString(),
    });
    expect(project.statusCode, project.body).toBe(201);
    const opened = await t.post(`/api/community-projects/${project.json().id}/open`, c.community, {});
    expect(opened.statusCode, opened.body).toBe(200);
    projectIds.push(project.json().id);
  }
});

describe('the 兜底 sweep run by several server processes at once', () => {
  it('lets each unclaimed project fall to the community exactly once', async () => {
    const later = inDays(8);
    const counts = await Promise.all(
      Array.from({ length: 4 }, () => sweepClaimDeadlines(t.database.db, later)),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(projectIds.length);
    const rows = await t.database.db
      .select({ state: communityProjects.state })
      .from(communityProjects)
      .where(inArray(communityProjects.id, projectIds));
    expect(rows.every((r) => r.state === 'fallen_to_community')).toBe(true);
    const falls = await t.database.db
      .select({ projectId: communityProjectEvents.projectId })
      .from(communityProjectEvents)
      .where(eq(communityProjectEvents.action, 'fall_to_community'));
    expect(falls.map((f) => f.projectId).sort()).toEqual([...projectIds].sort());
    projectIds = [];
  });
});
