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

/** The street the demo accounts work in: it gets half of the history, and every whistle. */
export const FOCUS_STREET = '永昌街道';
const SECOND_STREET = '前进街道';

const CHANNELS: [Channel, number][] = [
  ['resident_app', 30],
  ['hotline', 26],
  ['patrol', 20],
  ['proactive', 9],
  ['courier', 8],
  ['open311', 7],
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

/** Where cases happen: every community of the focus street, and the first one of each other street. */
interface Area {
  street: HistoryStreet;
  community: HistoryCommunity;
  weight: number;
}

function areasOf(places: HistoryStreet[]): Area[] {
  const areas: Area[] = [];
  for (const street of places) {
    const communities = street.name === FOCUS_STREET ? street.communities : street.communities.slice(0, 1);
    for (const [i, community] of communities.entries()) {
      if (community.grids.length === 0) continue;
      const weight =
        street.name === FOCUS_STREET ? (i === 0 ? 10 : 5) : street.name === SECOND_STREET ? 5 : 3;
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

const REQUESTS: [RequestType, number][] = [
  ['complaint', 50],
  ['help', 20],
  ['consult', 14],
  ['report', 10],
  ['suggest', 6],
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
 * Plans the demo city's last `days` days: cases from every channel over the focus street and one
 * community of each other street, more of them lately, a long tail of categories, a hotspot in the last
 * week, 12345 tickets with their callbacks and whistle orders. Each case lives its whole life as
 * drawn, cut at `now`: the recent ones are still open, and those that stalled are overdue.
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

  const hotspot = hotspotOf(focus);
  const hotspotCases = Math.min(9, Math.max(0, options.cases - stories.length));
  for (let i = 0; i < hotspotCases; i++) {
    const dayStart = chinaDayStart(now, draw.int(2, 8));
    const channel: Channel = draw.chance(0.7) ? 'resident_app' : 'courier';
    stories.push(
      cut(
        storyOf(draw, {
          n: stories.length,
          channel,
          at: reportMoment(draw, dayStart, channel),
          category: hotspot.category,
          street: focus,
          community: hotspot.community,
          grid: hotspot.grid,
          callers,
          recent: true,
          ticket: -1,
        }),
      ),
    );
  }

  let tickets = 0;
  while (stories.length < options.cases) {
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
          ticket: channel === 'hotline' ? tickets++ : -1,
        }),
      ),
    );
  }
  const cases = stories.filter((s) => s.steps.length > 0);
  const whistleStories: WhistleStory[] = whistles.orders
    .map((w) => ({ ...w, steps: w.steps.filter((s) => s.at <= now) }))
    .filter((w) => w.steps.length > 0);
  return { cases, whistles: whistleStories, actors: actorsOf(cases, whistleStories) };
}

/** The hotspot: 占道经营 in one grid of the focus street's second community, many times in a week. */
function hotspotOf(focus: HistoryStreet): {
  category: SubcategorySeed;
  community: HistoryCommunity;
  grid: HistoryGrid;
} {
  const community = focus.communities[1] ?? focus.communities[0];
  const grid = community?.grids[1] ?? community?.grids[0];
  const category = SUBCATEGORIES.find((c) => c.code === 'E0450');
  if (!community || !grid || !category) throw new Error('the demo city lacks the hotspot');
  return { category, community, grid };
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
  /** The how-manieth 12345 ticket of the history, for a call. */
  ticket: number;
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
  const call = channel === 'hotline' ? callOf(draw, input.callers) : null;
  const urgency: Urgency | null = call?.urgency ?? null;
  const limit = urgency ? HOTLINE_SETTING_DEFAULTS.hotlineUrgencyLimits[urgency] : category.timeLimit;
  const selfHandled = channel === 'patrol' && draw.chance(0.35);
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
    ticket: input.ticket,
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

function callOf(draw: Draw, callers: [Caller, number][]): CaseStory['call'] {
  const caller = draw.weighted(callers);
  const requestType = draw.weighted(REQUESTS);
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
    answeredOnCall: requestType === 'consult' && draw.chance(0.6),
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
