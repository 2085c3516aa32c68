import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../lib/calendar/china-time.js';
import { SUBCATEGORIES } from '../../modules/categories/seed/catalogue.js';
import type { DepartmentType } from '../../modules/departments/department-types.js';
import type { HistoryStreet } from './history-places.js';
import type { Draw } from './history-random.js';
import type { ActorRef, CaseStep, CaseStory, Timed, WhistleStep, WhistleStory } from './history-story.js';
import { addressIn, describe, NOTES } from './history-texts.js';
import { nextOfficeMoment } from './office-hours.js';

interface Order {
  daysBack: number;
  title: string;
  task: string;
  /** The street-led problem it is issued for; none for a campaign. */
  category?: string;
  calls: DepartmentType[];
}

/** The street's whistles (街道吹哨、部门报到): four over a case, two campaigns. */
const STREET_ORDERS: Order[] = [
  {
    daysBack: 76,
    title: '马路市场综合整治',
    task: '联合清理马路市场，恢复通行',
    category: 'E0451',
    calls: ['chengguan', 'market', 'police'],
  },
  {
    daysBack: 61,
    title: '酒吧一条街综合整治',
    task: '夜间联合检查噪音、消防与经营资质',
    calls: ['chengguan', 'market', 'police', 'culture_tourism'],
  },
  {
    daysBack: 47,
    title: '违法建设联合执法',
    task: '依法拆除绿地上私搭的棚房',
    category: 'E0101',
    calls: ['chengguan', 'housing'],
  },
  {
    daysBack: 23,
    title: '消防通道清障',
    task: '清理消防通道杂物和占道车辆',
    category: 'E1102',
    calls: ['emergency', 'police', 'chengguan'],
  },
  {
    daysBack: 11,
    title: '冬季清雪除冰专项行动',
    task: '主次干道和背街小巷清雪除冰',
    calls: ['chengguan', 'housing', 'emergency'],
  },
  {
    daysBack: 1.2,
    title: '施工扰民联合检查',
    task: '检查夜间施工许可并督促整改',
    category: 'E0301',
    calls: ['housing', 'ecology', 'chengguan'],
  },
];

/** The community's whistles (社区吹哨、网格成员报到) to its grid worker. */
const COMMUNITY_ORDERS: Omit<Order, 'calls'>[] = [
  { daysBack: 34, title: '楼道堆物清理', task: '逐栋排查楼道堆物并督促清理' },
  { daysBack: 0.4, title: '独居老人入户走访', task: '走访网格内独居老人，登记取暖情况' },
];

export interface WhistleContext {
  now: number;
  days: number;
  focus: HistoryStreet;
  whistleReportHours: number;
  /** The n of the first case story these whistles bring. */
  firstCase: number;
}

/**
 * Plans the whistle orders of the focus street and its first community, with the cases they are issued
 * for. A called unit reports in on time mostly, late sometimes (one in three), and the street scores
 * each department once the order is closed. The latest orders are still running at `now`.
 */
export function planWhistles(
  draw: Draw,
  ctx: WhistleContext,
): { cases: CaseStory[]; orders: WhistleStory[] } {
  const cases: CaseStory[] = [];
  const orders: WhistleStory[] = [];
  const community = ctx.focus.communities[0];
  const grid = community?.grids[2] ?? community?.grids[0];
  if (!community || !grid) throw new Error(`${ctx.focus.name} has no community with grids`);
  const street: ActorRef = `street:${ctx.focus.code}`;
  const deadlineMs = ctx.whistleReportHours * MS_PER_HOUR;
  const point = { lat: (grid.rect.south + grid.rect.north) / 2, lng: (grid.rect.west + grid.rect.east) / 2 };

  /** Each call acknowledged, reported in (late or not) and completed; the last completion's time. */
  const reportIns = (
    steps: Timed<WhistleStep>[],
    issued: number,
    calls: number,
    lateFirst: boolean,
  ): number => {
    let done = issued;
    for (let call = 0; call < calls; call++) {
      const late = (lateFirst && call === calls - 1) || draw.chance(0.3);
      const acknowledged = issued + draw.between(5, 40) * MS_PER_MINUTE;
      const arrived = late
        ? issued + deadlineMs + draw.between(1, 12) * MS_PER_HOUR
        : issued + draw.between(0.15, 0.8) * deadlineMs;
      const completed = arrived + draw.between(1, 5) * MS_PER_HOUR;
      steps.push(
        { at: acknowledged, step: { kind: 'acknowledge', call } },
        { at: arrived, step: { kind: 'arrive', call } },
        { at: completed, step: { kind: 'complete', call } },
      );
      done = Math.max(done, completed);
    }
    return done;
  };

  for (const [i, order] of STREET_ORDERS.entries()) {
    const issued = nextOfficeMoment(ctx.now - order.daysBack * MS_PER_DAY);
    const steps: Timed<WhistleStep>[] = [];
    let caseStory: number | null = null;
    let start = issued;
    const calls = order.calls.map((type) => ({ target: `department:${type}`, task: order.task }));
    let done = 0;
    if (order.category) {
      const category = SUBCATEGORIES.find((c) => c.code === order.category);
      if (!category) throw new Error(`no category ${order.category}`);
      const address = addressIn(draw, community.name);
      // The street found it itself (主动发现), filed it, sent it to its own office and took it on.
      const reported = nextOfficeMoment(issued - draw.between(4, 30) * MS_PER_HOUR);
      const caseSteps: Timed<CaseStep>[] = [
        { at: reported, step: { kind: 'report' } },
        { at: reported + 20 * MS_PER_MINUTE, step: { kind: 'act', by: street, action: 'file' } },
        { at: reported + 40 * MS_PER_MINUTE, step: { kind: 'act', by: street, action: 'dispatch' } },
        {
          at: reported + 60 * MS_PER_MINUTE,
          step: { kind: 'act', by: 'holder', action: 'accept', note: NOTES.accept[0] },
        },
      ];
      start = Math.max(issued, reported + 2 * MS_PER_HOUR);
      steps.push({ at: start, step: { kind: 'issue' } });
      done = reportIns(steps, start, calls.length, i === 3);
      const fixed = nextOfficeMoment(done + draw.between(2, 20) * MS_PER_HOUR);
      const checked = nextOfficeMoment(fixed + draw.between(1, 8) * MS_PER_HOUR);
      const closed = nextOfficeMoment(checked + draw.between(1, 4) * MS_PER_HOUR);
      caseSteps.push(
        {
          at: fixed,
          step: { kind: 'act', by: 'holder', action: 'feedback', note: NOTES.feedback[0], photo: true },
        },
        {
          at: checked,
          step: {
            kind: 'act',
            by: `community:${community.code}`,
            action: 'check_pass',
            note: NOTES.check[0],
            photo: true,
          },
        },
        { at: closed, step: { kind: 'act', by: street, action: 'close' } },
      );
      done = closed;
      caseStory = ctx.firstCase + cases.length;
      cases.push({
        n: caseStory,
        channel: 'proactive',
        reporter: street,
        categoryCode: category.code,
        description: describe(draw, category.code, category.nameZh, address),
        address,
        ...point,
        gridCode: grid.code,
        communityCode: community.code,
        streetCode: ctx.focus.code,
        selfHandled: false,
        call: null,
        steps: caseSteps,
      });
    } else {
      steps.push({ at: start, step: { kind: 'issue' } });
      done = reportIns(steps, start, calls.length, i === 1);
    }
    const closed = nextOfficeMoment(done + draw.between(1, 6) * MS_PER_HOUR);
    steps.push({ at: closed, step: { kind: 'close' } });
    for (const [call] of calls.entries()) {
      const late = steps.find(
        (s) => s.step.kind === 'arrive' && s.step.call === call && s.at > start + deadlineMs,
      );
      steps.push({
        at: nextOfficeMoment(closed + draw.between(4, 40) * MS_PER_HOUR),
        step: {
          kind: 'evaluate',
          call,
          solved: draw.chance(0.85),
          cooperation: late ? draw.pick([2, 3] as const) : draw.pick([4, 5, 5] as const),
        },
      });
    }
    orders.push({
      n: orders.length,
      by: street,
      caseStory,
      title: order.title,
      task: order.task,
      place: `${ctx.focus.name}${community.name}`,
      ...point,
      calls,
      steps: steps.sort((a, b) => a.at - b.at),
    });
  }

  for (const order of COMMUNITY_ORDERS) {
    const issued = nextOfficeMoment(ctx.now - order.daysBack * MS_PER_DAY);
    const steps: Timed<WhistleStep>[] = [{ at: issued, step: { kind: 'issue' } }];
    const done = reportIns(steps, issued, 1, false);
    steps.push({ at: nextOfficeMoment(done + draw.between(1, 4) * MS_PER_HOUR), step: { kind: 'close' } });
    orders.push({
      n: orders.length,
      by: `community:${community.code}`,
      caseStory: null,
      title: order.title,
      task: order.task,
      place: community.name,
      ...point,
      calls: [{ target: `gridworker:${community.code}`, task: order.task }],
      steps: steps.sort((a, b) => a.at - b.at),
    });
  }
  return { cases, orders };
}
