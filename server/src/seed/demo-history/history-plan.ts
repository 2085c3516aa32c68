import type { Channel, RequestType, Urgency } from '@needle/contract';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../lib/calendar/china-time.js';
import type { TimeLimit } from '../../lib/calendar/index.js';
import { CATEGORY_ATTRIBUTES } from '../../modules/categories/seed/attributes.js';
import { SUBCATEGORIES, type SubcategorySeed } from '../../modules/categories/seed/catalogue.js';
import { HOTLINE_SETTING_DEFAULTS } from '../../modules/hotline/hotline-settings.js';
import { type CaseSteps, caseSteps, type Fate } from './case-steps.js';
import {
  type HistoryCommunity,
  type HistoryGrid,
  type HistoryStreet,
  historyPlaces,
} from './history-places.js';
import { type Draw, drawFrom } from './history-random.js';
import type { ActorRef, CaseStory, HistoryPlan, WhistleStory } from './history-story.js';
import { addressIn, CALLER_NAMES, describe } from './history-texts.js';
import { planWhistles } from './whistle-stories.js';

export interface HistoryOptions {
  /** Same seed, same city: every draw of the history comes from it. */
  seed: number;
  /** The history ends here; no step is taken after it. */
  now: Date;
  /** How far back the first case goes. */
  days: number;
  /** How many cases, the hotspot's and the whistles' included. */
  cases: number;
  /** The setting the whistle orders' report-in deadlines follow. */
  whistleReportHours: number;
}

/** The street the demo accounts work in: it gets the largest share of the history, and every whistle. */
export const FOCUS_STREET = '永昌街道';
const SECOND_STREET = '前进街道';

// Grid workers find most of a city's problems on patrol, as in 数字城管; residents and 12345 the rest.
const CHANNELS: [Channel, number][] = [
  ['patrol', 32],
  ['hotline', 26],
  ['resident_app', 22],
  ['proactive', 7],
  ['courier', 7],
  ['open311', 6],
];

/** What is reported most (the head of a long tail); every other category is as likely as weight 1. */
const OFTEN: Record<string, number> = {
  E0450: 14,
  E0102: 12,
  E0406: 10,
  E0405: 9,
  C0118: 8,
  E0201: 8,
  E0408: 6,
  E0151: 6,
  E0104: 6,
  E0550: 4,
  E1003: 5,
  E0407: 4,
};

/** Seasonal problems of 长春: heating from mid-October, snow and ice from November to March. */
function seasonal(code: string, at: number): number | undefined {
  const month = new Date(at).getUTCMonth() + 1;
  const day = new Date(at).getUTCDate();
  if (code === 'E1205') return month >= 11 || month <= 3 || (month === 10 && day >= 15) ? 10 : 0;
  if (code === 'E0153') return month >= 11 || month <= 3 ? 7 : 0;
  return undefined;
}

/** A category's time limit in calendar time, roughly: enough to plan when steps come, not to judge them. */
export function roughMs(limit: TimeLimit): number {
  switch (limit.unit) {
    case 'working_hours':
      return limit.amount * 3 * MS_PER_HOUR;
    case 'working_days':
      return limit.amount * 1.4 * MS_PER_DAY;
    case 'calendar_hours':
      return limit.amount * MS_PER_HOUR;
    case 'calendar_days':
      return limit.amount * MS_PER_DAY;
  }
}

/**
 * Where cases happen: every community of the focus street, and the first two of each other street, so
 * that the rankings of streets and communities have a field to rank.
 */
interface Area {
  street: HistoryStreet;
  community: HistoryCommunity;
  weight: number;
}

function areasOf(places: HistoryStreet[]): Area[] {
  const areas: Area[] = [];
  for (const street of places) {
    const communities = street.name === FOCUS_STREET ? street.communities : street.communities.slice(0, 2);
    for (const [i, community] of communities.entries()) {
      if (community.grids.length === 0) continue;
      const weight =
        street.name === FOCUS_STREET ? (i === 0 ? 10 : 5) : (street.name === SECOND_STREET ? 4 : 2) - i / 2;
      areas.push({ street, community, weight });
    }
  }
  return areas;
}

/** Grid 001 of a community: where its grid worker patrols (the demo `grid` account, in the focus street). */
export const patrolGridOf = (community: HistoryCommunity): HistoryGrid => {
  const grid = community.grids[0];
  if (!grid) throw new Error(`community ${community.code} has no grid`);
  return grid;
};

/** Who verifies and checks on site: the grid worker in their own grid, the community's staff elsewhere. */
export const checkerOf = (communityCode: string, gridCode: string): ActorRef =>
  gridCode === `${communityCode}001` ? `gridworker:${communityCode}` : `community:${communityCode}`;

function pointIn(draw: Draw, grid: HistoryGrid): { lat: number; lng: number } {
  // Kept off the edges: a point on an edge belongs to the neighbour listed first.
  const { west, east, south, north } = grid.rect;
  return {
    lng: west + draw.between(0.15, 0.85) * (east - west),
    lat: south + draw.between(0.15, 0.85) * (north - south),
  };
}

interface Caller {
  name: string;
  phone: string;
}

/** Callers, a few of whom call again and again: their earlier tickets come up when they do. */
function callersOf(draw: Draw): [Caller, number][] {
  return Array.from({ length: 30 }, (_, i) => [
    {
      name: draw.pick(CALLER_NAMES),
      phone: `13${draw.int(5, 9)}${String(draw.int(0, 99_999_999)).padStart(8, '0')}`,
    },
    i < 5 ? 5 : 1,
  ]);
}

const RESIDENTS = 8;
const COURIERS = 3;

// A good third of 12345 calls are questions, most of them answered on the call (直接答复).
const REQUESTS: [RequestType, number][] = [
  ['complaint', 40],
  ['consult', 30],
  ['help', 16],
  ['report', 9],
  ['suggest', 5],
];

/** The time of day people report at: residents from 7 to 22 China time, the hotline around the clock. */
function reportMoment(draw: Draw, dayStart: number, channel: Channel): number {
  const [from, to] =
    channel === 'hotline' ? [0, 24] : channel === 'patrol' || channel === 'proactive' ? [8.5, 17] : [7, 22];
  // dayStart is China midnight; hours are China time.
  return dayStart + draw.between(from, to) * MS_PER_HOUR;
}

const CHINA_OFFSET = 8 * MS_PER_HOUR;

/** China midnight of the day `daysBack` before `now`. */
const chinaDayStart = (now: number, daysBack: number): number =>
  Math.floor((now + CHINA_OFFSET) / MS_PER_DAY - daysBack) * MS_PER_DAY - CHINA_OFFSET;

/**
 * Plans the demo city's last `days` days: cases from every channel over the focus street and two
 * communities of each other street, more of them lately, a long tail of categories, hotspots (one in
 * the last week), 12345 tickets with their callbacks and whistle orders. Each case lives its whole life
 * as drawn, cut at `now`: the recent ones are still open, and those that stalled are overdue.
 */
export function planHistory(options: HistoryOptions, places: HistoryStreet[] = historyPlaces()): HistoryPlan {
  const draw = drawFrom(options.seed);
  const now = options.now.getTime();
  const areas = areasOf(places);
  const focus = places.find((s) => s.name === FOCUS_STREET);
  if (!focus) throw new Error(`the demo city has no ${FOCUS_STREET}`);
  const required = new Set(CATEGORY_ATTRIBUTES.filter((a) => a.required).map((a) => a.categoryCode));
  const callers = callersOf(draw);
  const stories: CaseStory[] = [];
  const cut = (story: CaseStory): CaseStory => ({ ...story, steps: story.steps.filter((s) => s.at <= now) });

  const whistles = planWhistles(draw, {
    now,
    days: options.days,
    focus,
    whistleReportHours: options.whistleReportHours,
    firstCase: 0,
  });
  for (const story of whistles.cases) stories.push(cut(story));

  // The hotspots come last, so that the first tickets, which the callbacks' variety rests on, are old
  // enough to have been called back.
  const hotspots = hotspotsOf(places, now, options.cases);
  const spread = options.cases - hotspots.reduce((n, h) => n + h.count, 0);
  const tickets = { worked: 0 };
  while (stories.length < spread) {
    // More cases lately: the density rises towards now, as a city that adopts Needle reports more.
    const daysBack = Math.floor(options.days * (1 - Math.sqrt(draw.next())));
    const dayStart = chinaDayStart(now, daysBack);
    const channel = draw.weighted(CHANNELS);
    const area = draw.weighted(areas.map((a) => [a, a.weight] as const));
    const grid =
      channel === 'patrol'
        ? patrolGridOf(area.community)
        : draw.chance(0.3)
          ? patrolGridOf(area.community)
          : draw.pick(area.community.grids);
    const at = reportMoment(draw, dayStart, channel);
    if (at > now - 10 * MS_PER_MINUTE) continue;
    const category = categoryFor(draw, channel, at, required);
    stories.push(
      cut(
        storyOf(draw, {
          n: stories.length,
          channel,
          at,
          category,
          street: area.street,
          community: area.community,
          grid,
          callers,
          recent: at > now - 7 * MS_PER_DAY,
          tickets,
        }),
      ),
    );
  }
  for (const hotspot of hotspots) {
    const until = Math.min(options.cases, stories.length + hotspot.count);
    while (stories.length < until) {
      const dayStart = chinaDayStart(now, draw.int(hotspot.daysBack[0], hotspot.daysBack[1]));
      const channel = draw.weighted(hotspot.channels);
      const at = reportMoment(draw, dayStart, channel);
      if (at > now - 10 * MS_PER_MINUTE) continue;
      stories.push(
        cut(
          storyOf(draw, {
            n: stories.length,
            channel,
            at,
            category: hotspot.category,
            street: hotspot.street,
            community: hotspot.community,
            grid: channel === 'patrol' ? patrolGridOf(hotspot.community) : hotspot.grid,
            callers,
            recent: at > now - 7 * MS_PER_DAY,
            tickets,
            selfHandled: hotspot.selfHandled,
            requestType: hotspot.requestType,
          }),
        ),
      );
    }
  }

  const cases = stories.filter((s) => s.steps.length > 0);
  const whistleStories: WhistleStory[] = whistles.orders
    .map((w) => ({ ...w, steps: w.steps.filter((s) => s.at <= now) }))
    .filter((w) => w.steps.length > 0);
  return { cases, whistles: whistleStories, actors: actorsOf(cases, whistleStories) };
}

interface Hotspot {
  category: SubcategorySeed;
  street: HistoryStreet;
  community: HistoryCommunity;
  /** Where the public reports it; a grid worker reports from the grid they patrol. */
  grid: HistoryGrid;
  channels: [Channel, number][];
  count: number;
  /** The days before now it is reported on, from and to. */
  daysBack: [number, number];
  selfHandled?: boolean;
  requestType?: RequestType;
}

/**
 * The hotspots the heat map and the fastest-rising categories show: 占道经营 in one grid of the focus
 * street many times in the last week, exposed rubbish on one grid worker's patrol all month (handled on
 * the spot each time, as it keeps coming back), shared bikes on the pavement by the demo grid worker's
 * grid, and the season's complaint to 12345 in one community of 桂林街道: heating from mid-October to
 * March, night noise in the rest of the year.
 */
function hotspotsOf(places: HistoryStreet[], now: number, cases: number): Hotspot[] {
  const place = (street: string, community: number, grid: number) => {
    const s = places.find((p) => p.name === street);
    const c = s?.communities[community] ?? s?.communities[0];
    const g = c?.grids[grid] ?? c?.grids[0];
    if (!s || !c || !g) throw new Error(`the demo city lacks a hotspot in ${street}`);
    return { street: s, community: c, grid: g };
  };
  const category = (code: string) => {
    const found = SUBCATEGORIES.find((c) => c.code === code);
    if (!found) throw new Error(`the demo city lacks the hotspot category ${code}`);
    return found;
  };
  // The first hotspot is there whatever the size of the history; the others grow with it, and stand
  // out from the long tail even in a small one.
  const share = (n: number) => Math.max(5, Math.round(cases * n));
  return [
    {
      category: category('E0450'),
      ...place(FOCUS_STREET, 1, 1),
      channels: [
        ['resident_app', 7],
        ['courier', 3],
      ],
      count: 9,
      daysBack: [2, 8],
    },
    {
      category: category('E0102'),
      ...place(SECOND_STREET, 0, 0),
      channels: [['patrol', 1]],
      count: share(0.04),
      daysBack: [0, 30],
      selfHandled: true,
    },
    {
      category: category('E0406'),
      ...place(FOCUS_STREET, 0, 0),
      channels: [
        ['patrol', 2],
        ['resident_app', 1],
      ],
      count: share(0.03),
      daysBack: [0, 20],
    },
    {
      category: category(seasonal('E1205', now) ? 'E1205' : 'E0408'),
      ...place('桂林街道', 0, 2),
      channels: [['hotline', 1]],
      // Callers in a cold flat complain; they do not ask.
      requestType: 'complaint',
      count: share(0.04),
      daysBack: [0, 14],
    },
  ];
}

function categoryFor(draw: Draw, channel: Channel, at: number, required: Set<string>): SubcategorySeed {
  const usable = SUBCATEGORIES.filter(
    (c) =>
      // The 12345 request-type subclasses are for calls; Open311 clients cannot answer required questions.
      (channel === 'hotline' || !c.hotlineType) && (channel !== 'open311' || !required.has(c.code)),
  );
  return draw.weighted(usable.map((c) => [c, seasonal(c.code, at) ?? OFTEN[c.code] ?? 1] as const));
}

interface StoryInput {
  n: number;
  channel: Channel;
  at: number;
  category: SubcategorySeed;
  street: HistoryStreet;
  community: HistoryCommunity;
  grid: HistoryGrid;
  callers: [Caller, number][];
  /** Reported in the last week before now. */
  recent: boolean;
  /** How many 12345 tickets so far went to a unit rather than being answered on the call. */
  tickets: { worked: number };
  /** A patrol find handled on the spot, or not, whatever the draw would say. */
  selfHandled?: boolean;
  /** What a caller wants, whatever the draw would say. */
  requestType?: RequestType;
}

// The last week's cases are behind more often: a backlog that is still open, some of it overdue.
const RECENT_FATES: [Fate, number][] = [
  ['normal', 35],
  ['late', 30],
  ['stall', 22],
  ['rework', 5],
  ['extension', 4],
  ['returned', 2],
  ['rejected', 2],
];

const FATES: [Fate, number][] = [
  ['normal', 58],
  ['late', 17],
  ['stall', 9],
  ['rework', 5],
  ['returned', 3],
  ['extension', 3],
  ['rejected', 3],
  ['voided', 2],
];

function reporterOf(draw: Draw, input: StoryInput): ActorRef {
  switch (input.channel) {
    case 'resident_app':
      // The demo resident reports a fair share, so that her own list is worth opening.
      return draw.chance(0.3) ? 'resident:0' : `resident:${draw.int(1, RESIDENTS - 1)}`;
    case 'courier':
      return draw.chance(0.4) ? 'courier:0' : `courier:${draw.int(1, COURIERS - 1)}`;
    case 'patrol':
      return `gridworker:${input.community.code}`;
    case 'proactive':
      return `street:${input.street.code}`;
    case 'hotline':
      return 'hotline';
    case 'open311':
      return 'open311';
  }
}

function storyOf(draw: Draw, input: StoryInput): CaseStory {
  const { channel, category, community, grid } = input;
  const point = pointIn(draw, grid);
  const address = addressIn(draw, community.name);
  const reporter = reporterOf(draw, input);
  const call = channel === 'hotline' ? callOf(draw, input.callers, input.requestType) : null;
  // Counted among the tickets a unit works on: every few of them, a caller says it is not solved.
  const ticket = call && !call.answeredOnCall ? input.tickets.worked++ : -1;
  const urgency: Urgency | null = call?.urgency ?? null;
  const limit = urgency ? HOTLINE_SETTING_DEFAULTS.hotlineUrgencyLimits[urgency] : category.timeLimit;
  // 小事不出网格: a grid worker handles most small problems on the spot, and reports them done.
  const selfHandled = channel === 'patrol' && (input.selfHandled ?? draw.chance(0.5));
  const answered = call?.answeredOnCall === true;
  const plan: CaseSteps = {
    channel,
    reporter,
    checker: checkerOf(community.code, grid.code),
    street: `street:${input.street.code}`,
    at: input.at,
    limitMs: roughMs(limit),
    officeHours: limit.unit === 'working_days' || limit.unit === 'working_hours',
    // A case led by the street cannot be returned to it: its office answers for the place.
    fate: draw.weighted(
      (input.recent ? RECENT_FATES : FATES).filter(
        ([f]) => f !== 'returned' || category.departmentType !== 'street',
      ),
    ),
    selfHandled,
    answeredOnCall: call?.answeredOnCall ?? false,
    ticket,
  };
  return {
    n: input.n,
    channel,
    reporter,
    // A consultation answered on the call is filed as 咨询, whatever it was about.
    categoryCode: answered ? 'E1301' : category.code,
    description: answered
      ? `来电咨询${category.nameZh}问题的办理渠道和相关规定`
      : describe(draw, category.code, category.nameZh, address),
    address,
    ...point,
    gridCode: grid.code,
    communityCode: community.code,
    streetCode: input.street.code,
    selfHandled,
    call,
    steps: caseSteps(draw, plan),
  };
}

function callOf(draw: Draw, callers: [Caller, number][], wants?: RequestType): CaseStory['call'] {
  const caller = draw.weighted(callers);
  const drawn = draw.weighted(REQUESTS);
  const requestType = wants ?? drawn;
  const urgency = draw.weighted<Urgency>([
    ['general', 80],
    ['complex', 8],
    ['utilities', 9],
    ['life_property', 3],
  ]);
  return {
    callerName: caller.name,
    callerPhone: caller.phone,
    requestType,
    urgency,
    answeredOnCall: requestType === 'consult' && draw.chance(0.8),
  };
}

function actorsOf(cases: CaseStory[], whistles: WhistleStory[]): ActorRef[] {
  const named = new Set<ActorRef>();
  for (const c of cases) {
    named.add(c.reporter);
    for (const { step } of c.steps) if (step.kind === 'act' && step.by !== 'holder') named.add(step.by);
    named.add(`street:${c.streetCode}`);
  }
  for (const w of whistles) {
    named.add(w.by);
    for (const call of w.calls) named.add(call.target);
  }
  // Every department the responsibility list may route to holds cases; its staff must be there to act.
  for (const type of new Set(SUBCATEGORIES.map((c) => c.departmentType))) {
    if (type !== 'street') named.add(`department:${type}`);
  }
  return [...named].sort();
}
