import type { CaseDetail, TicketDetail, WhistleDetail } from '@needle/contract';
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Every key of the query cache, by domain. A key starts with its domain and kind, so a prefix names a
 * group to invalidate: `cases.lists()` every case list, whatever its filters.
 */
export const queryKeys = {
  categories: ['categories'],
  suggestedCategories: (point: { lat: number; lng: number } | null) => [
    'categories',
    'suggested',
    point ? `${point.lat},${point.lng}` : 'anywhere',
  ],
  settings: ['settings'],
  departments: ['departments'],
  posts: (regionCode: string) => ['posts', regionCode],
  regions: {
    tree: () => ['regions', 'tree'],
    detail: (code: string) => ['regions', 'detail', code],
    grids: (code: string) => ['regions', 'grids', code],
    locate: (lat: number, lng: number) => ['regions', 'locate', lat, lng],
  },
  cases: {
    lists: () => ['cases', 'list'],
    /** `query`: the GET /api/cases query string, the same one the page URL keeps. */
    list: (query: string) => ['cases', 'list', query],
    detail: (id: string) => ['cases', 'detail', id],
  },
  addresses: {
    search: (q: string, near: string) => ['addresses', 'search', q, near],
  },
  tickets: {
    /** A caller's earlier tickets by number: under tickets, so a new ticket refreshes them. */
    caller: (phone: string) => ['tickets', 'caller', phone],
    dueDates: ['tickets', 'due-dates'],
    lists: () => ['tickets', 'list'],
    list: (query: string) => ['tickets', 'list', query],
    detail: (caseId: string) => ['tickets', 'detail', caseId],
  },
  whistles: {
    all: ['whistles'],
    list: (query: string) => ['whistles', 'list', query],
    detail: (id: string) => ['whistles', 'detail', id],
    evaluations: (month: string) => ['whistles', 'evaluations', month],
  },
  partners: {
    all: ['partners'],
    /** No year: the current one, as the server counts it. */
    list: (year?: number) => ['partners', 'list', year ?? 'current'],
  },
  stats: {
    all: ['stats'],
    kpis: (month: string, regionCode?: string) => ['stats', 'kpis', month, regionCode ?? 'jurisdiction'],
    rankings: (kind: string, month: string) => ['stats', 'rankings', kind, month],
    /** `query`: the GET /api/stats/rankings query string (kind, month, region, name, page). */
    rankingPage: (query: string) => ['stats', 'rankingPage', query],
    trend: (granularity: string, from: string, to: string, regionCode?: string) => [
      'stats',
      'trend',
      granularity,
      from,
      to,
      regionCode ?? 'jurisdiction',
    ],
    rising: (month: string, regionCode?: string) => ['stats', 'rising', month, regionCode ?? 'jurisdiction'],
  },
  /** Reports waiting on this phone (IndexedDB), per user. */
  outbox: (userId: string) => ['outbox', userId],
  /** The phone's "my tasks": every queue of the user in one answer. */
  tasks: ['tasks'],
  /** The desk's workbench: its counts (also pushed live), a queue's cases by list query, 已办 by page. */
  workbench: {
    all: ['workbench'],
    counts: ['workbench', 'counts'],
    queue: (queue: string, query: string) => ['workbench', 'queue', queue, query],
    done: (query: string) => ['workbench', 'done', query],
  },
  /** The signed-in user's points (积分): balance and history, by page. */
  points: {
    all: ['points'],
    page: (page: number) => ['points', 'page', page],
  },
  /** The admin screens' lists (users and posts also show elsewhere under their own keys). */
  admin: {
    users: (search: string) => ['admin', 'users', search],
    categoryHistory: (code: string) => ['admin', 'categoryHistory', code],
    audit: (entity: string, entityId: string) => ['admin', 'audit', entity, entityId],
    calendar: (from: string, to: string) => ['admin', 'calendar', from, to],
    open311Clients: ['admin', 'open311Clients'],
    categoryTree: ['admin', 'categoryTree'],
  },
  map: {
    /** The admin's base tiles (setting baseMap), readable by everyone signed in. */
    baseMap: ['map', 'baseMap'],
    /** `query`: the GET /api/map/cases query string. */
    cases: (query: string) => ['map', 'cases', query],
  },
  /** 三张清单: `query` is the list's GET query string; any write refreshes everything under `all`. */
  lists: {
    all: ['lists'],
    needs: (query: string) => ['lists', 'needs', query],
    resources: (query: string) => ['lists', 'resources', query],
    projects: (query: string) => ['lists', 'projects', query],
    project: (id: string) => ['lists', 'project', id],
    /** The public page of a community's projects, signed in or not. */
    public: (code: string) => ['lists', 'public', code],
  },
  /** 志愿服务 and 双报到: `query` is a list's GET query string; any write refreshes everything under `all`. */
  volunteers: {
    all: ['volunteers'],
    teams: (query: string) => ['volunteers', 'teams', query],
    team: (id: string) => ['volunteers', 'team', id],
    activities: (query: string) => ['volunteers', 'activities', query],
    activity: (id: string) => ['volunteers', 'activity', id],
    /** Not under `all`: a write must not fetch a new on-site code, the clock does. */
    siteCode: (id: string) => ['siteCode', id],
    myHours: ['volunteers', 'myHours'],
    party: (query: string) => ['volunteers', 'party', query],
    myParty: ['volunteers', 'myParty'],
    partners: (query: string) => ['volunteers', 'partners', query],
  },
  /** 微心愿: staff's and residents' lists, the counts and one wish; any write refreshes `all`. */
  wishes: {
    all: ['wishes'],
    list: (query: string) => ['wishes', 'list', query],
    open: (query: string) => ['wishes', 'open', query],
    counts: (query: string) => ['wishes', 'counts', query],
    detail: (id: string) => ['wishes', 'detail', id],
  },
  /** 参与看板: an area's year of participation. */
  participation: {
    dashboard: (region: string, year: number) => ['participation', 'dashboard', region, year],
  },
  /** 社区事项准入: the admitted list, the tasks sent (by query) and the report; a write refreshes `all`. */
  admittedTasks: {
    all: ['admittedTasks'],
    list: ['admittedTasks', 'list'],
    tasks: (query: string) => ['admittedTasks', 'tasks', query],
    report: (from: string, to: string) => ['admittedTasks', 'report', from, to],
  },
  /** 民事民评: the staff's lists and pages, and the resident's (`mine`); a write refreshes `all`. */
  evaluations: {
    all: ['evaluations'],
    list: (query: string) => ['evaluations', 'list', query],
    detail: (id: string) => ['evaluations', 'detail', id],
    mine: ['evaluations', 'mine'],
    myDetail: (id: string) => ['evaluations', 'mine', id],
  },
  /** 四步议事 and the households behind its votes: staff's lists and pages, a resident's own; a write refreshes `all`. */
  deliberations: {
    all: ['deliberations'],
    list: (query: string) => ['deliberations', 'list', query],
    detail: (id: string) => ['deliberations', 'detail', id],
    households: (regionCode: string) => ['deliberations', 'households', regionCode],
    verified: (regionCode: string) => ['deliberations', 'verified', regionCode],
    myHousehold: ['deliberations', 'myHousehold'],
    myVotes: ['deliberations', 'myVotes'],
    /** The public board and a closed vote's count, signed in or not. */
    board: (code: string) => ['deliberations', 'board', code],
    publicVote: (voteId: string) => ['deliberations', 'publicVote', voteId],
  },
  inbox: {
    all: ['inbox'],
    list: () => ['inbox', 'list'],
    unread: () => ['inbox', 'unread'],
  },
} as const;

const invalidate = (client: QueryClient, keys: readonly QueryKey[]) => {
  // Not awaited: the write's own answer is already on screen; what depends on it catches up meanwhile.
  for (const queryKey of keys) void client.invalidateQueries({ queryKey });
};

// What each kind of write changes besides the thing it answers with.

/** A case moved (an action, a ticket step, a follow): its page, its ticket, every list, the KPIs. */
export function invalidateCase(client: QueryClient, caseId: string): void {
  invalidate(client, [
    queryKeys.cases.detail(caseId),
    queryKeys.cases.lists(),
    queryKeys.tickets.detail(caseId),
    queryKeys.tickets.lists(),
    // A whistle order shows the status of the cases linked to it.
    queryKeys.whistles.all,
    queryKeys.stats.all,
    // A step taken empties one queue of "my tasks" and may fill another.
    queryKeys.tasks,
  ]);
}

/** A case or a 12345 ticket came in: the lists that show it, and the KPIs that count it. */
export function invalidateIntake(client: QueryClient): void {
  invalidate(client, [
    queryKeys.cases.lists(),
    queryKeys.tickets.lists(),
    queryKeys.whistles.all,
    queryKeys.stats.all,
  ]);
}

/** A whistle order moved: the order, its lists and evaluations, the partners' responses, the KPIs. */
export function invalidateWhistle(client: QueryClient): void {
  invalidate(client, [queryKeys.whistles.all, queryKeys.partners.all, queryKeys.stats.all, queryKeys.tasks]);
}

// A step answers with the thing as it now is: on screen at once, without asking for it again.

export function caseWritten(client: QueryClient, detail: CaseDetail): void {
  client.setQueryData(queryKeys.cases.detail(detail.case.id), detail);
  invalidateCase(client, detail.case.id);
}

/** A ticket step writes to its case too (签收 accepts it; each step is on the case's timeline). */
export function ticketWritten(client: QueryClient, detail: TicketDetail): void {
  client.setQueryData(queryKeys.tickets.detail(detail.ticket.caseId), detail);
  invalidateCase(client, detail.ticket.caseId);
}

export function whistleWritten(client: QueryClient, detail: WhistleDetail): void {
  client.setQueryData(queryKeys.whistles.detail(detail.order.id), detail);
  invalidateWhistle(client);
}

export function invalidatePartners(client: QueryClient): void {
  invalidate(client, [queryKeys.partners.all]);
}

export function invalidateInbox(client: QueryClient): void {
  invalidate(client, [queryKeys.inbox.all]);
}
