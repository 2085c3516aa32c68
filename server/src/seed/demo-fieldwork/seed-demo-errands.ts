import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { addDays, chinaDayOf } from '../../lib/calendar/china-time.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { errandEvents, errands } from '../../modules/errands/errands.tables.js';
import { disputeSessions, disputes } from '../../modules/mediation/mediation.tables.js';
import { posts } from '../../modules/posts/posts.tables.js';
import { buildings } from '../../modules/registry/registry.tables.js';
import { users } from '../../modules/users/users.tables.js';

const HOUR = 3_600_000;

/**
 * A few of 义和社区's errands and disputes at every stage, so the pages have something to show; the demo
 * resident (张女士) is 楼栋长 of the first building of grid 01 and follows an errand run for her.
 */
export async function seedDemoErrands(db: Db, community: string, now: Date) {
  const [worker] = await db
    .select({ id: users.id, grid: users.regionCode })
    .from(users)
    .where(and(eq(users.username, 'grid'), like(users.regionCode, `${community}%`)));
  const [resident] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'resident'));
  if (!worker?.grid || !resident) return { errands: 0, disputes: 0 };
  const grid = worker.grid;
  const [first] = await db
    .select({ name: buildings.name })
    .from(buildings)
    .where(eq(buildings.regionCode, grid))
    .orderBy(asc(buildings.name))
    .limit(1);
  if (first) {
    await db
      .insert(posts)
      .values({
        districtCode: districtCodeOf(grid),
        userId: resident.id,
        kind: 'building_leader',
        regionCode: grid,
        building: first.name,
      })
      .onConflictDoNothing();
  }
  const today = chinaDayOf(now);
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);
  const doc = (name: string, handed: Date, returned: Date | null = null) => ({
    name,
    handedOverAt: handed.toISOString(),
    returnedAt: returned?.toISOString() ?? null,
  });
  const plans = [
    {
      kind: 'senior_card' as const,
      forName: '张秀英',
      requesterId: resident.id,
      office: '朝阳区政务服务中心',
      deadline: addDays(today, 5),
      steps: [
        { state: 'received' as const, hours: 72, note: '' },
        { state: 'submitted' as const, hours: 30, note: '材料已递交窗口，等待制卡' },
      ],
      documents: [doc('身份证', ago(72)), doc('一寸照片', ago(72))],
    },
    {
      kind: 'medical_insurance' as const,
      forName: '李桂芝',
      requesterId: null,
      office: '区医保服务大厅',
      deadline: addDays(today, -2),
      steps: [{ state: 'received' as const, hours: 200, note: '' }],
      documents: [doc('身份证', ago(200)), doc('医保卡', ago(200))],
    },
    {
      kind: 'relief' as const,
      forName: '王淑珍',
      requesterId: null,
      office: '街道民政科',
      deadline: addDays(today, -5),
      steps: [
        { state: 'received' as const, hours: 400, note: '' },
        { state: 'submitted' as const, hours: 350, note: '' },
        { state: 'completed' as const, hours: 150, note: '临时救助已发放，材料已退还' },
      ],
      documents: [doc('户口本', ago(400), ago(150))],
    },
  ];
  for (const p of plans) {
    const last = p.steps.at(-1) ?? p.steps[0];
    const [row] = await db
      .insert(errands)
      .values({
        districtCode: districtCodeOf(grid),
        regionCode: grid,
        kind: p.kind,
        forName: p.forName,
        requesterId: p.requesterId,
        office: p.office,
        state: last?.state ?? 'received',
        deadline: p.deadline,
        documents: p.documents,
        handledBy: worker.id,
        createdAt: ago(p.steps[0]?.hours ?? 0),
        updatedAt: ago(last?.hours ?? 0),
      })
      .returning({ id: errands.id, districtCode: errands.districtCode });
    if (!row) continue;
    await db.insert(errandEvents).values(
      p.steps.map((s) => ({
        districtCode: row.districtCode,
        errandId: row.id,
        at: ago(s.hours),
        actorId: worker.id,
        state: s.state,
        note: s.note,
      })),
    );
  }

  const cases = [
    {
      kind: 'neighbour' as const,
      summary: '楼上住户夜间噪音，楼下住户多次投诉',
      parties: [
        { name: '刘建国', side: '楼上住户' },
        { name: '陈丽', side: '楼下住户' },
      ],
      sessions: [{ hours: 20, note: '分别听取双方意见，约定周末再次面谈' }],
      state: 'open' as const,
      agreement: '',
      followUpOn: null,
      followedUp: null,
    },
    {
      kind: 'property' as const,
      summary: '车位占用引发物业与业主纠纷',
      parties: [
        { name: '赵强', side: '业主' },
        { name: '孙经理', side: '物业' },
      ],
      sessions: [
        { hours: 160, note: '三方座谈，物业同意核查车位登记' },
        { hours: 100, note: '核查完毕，达成一致' },
      ],
      state: 'agreed' as const,
      agreement: '物业重新划线并为业主保留固定车位',
      followUpOn: addDays(today, 3),
      followedUp: null,
    },
    {
      kind: 'family' as const,
      summary: '赡养老人费用分担分歧',
      parties: [
        { name: '周红', side: '长女' },
        { name: '周明', side: '长子' },
      ],
      sessions: [{ hours: 500, note: '家庭会议，邀请社区法律顾问参加' }],
      state: 'agreed' as const,
      agreement: '兄妹二人按月平均分担，每月5日前转账',
      followUpOn: addDays(today, -10),
      followedUp: ago(230),
    },
  ];
  for (const d of cases) {
    const [row] = await db
      .insert(disputes)
      .values({
        districtCode: districtCodeOf(grid),
        regionCode: grid,
        kind: d.kind,
        summary: d.summary,
        parties: d.parties,
        state: d.state,
        agreement: d.agreement,
        followUpOn: d.followUpOn,
        followedUpAt: d.followedUp,
        createdBy: worker.id,
        createdAt: ago((d.sessions[0]?.hours ?? 0) + 24),
      })
      .returning({ id: disputes.id, districtCode: disputes.districtCode });
    if (!row) continue;
    await db.insert(disputeSessions).values(
      d.sessions.map((s) => ({
        districtCode: row.districtCode,
        disputeId: row.id,
        at: ago(s.hours),
        mediatorId: worker.id,
        note: s.note,
      })),
    );
  }
  return { errands: plans.length, disputes: cases.length };
}
