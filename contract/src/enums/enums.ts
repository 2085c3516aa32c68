import { type EnumLabels, LANGUAGES, type LabelledEnum } from '../labels.js';
import { enumLabels, enumValues } from './enum-text.js';

// Every enum the server and the web share. The values and their zh-CN and English names are in
// enums.<language>.json; this file gives each its type, and the few that extend another their union.

/** The states of a case along the closed loop of CJJ/T 106, in the order a case usually moves. */
export const CASE_STATUSES = enumValues('caseStatus');
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const isCaseStatus = (value: string): value is CaseStatus => CASE_STATUSES.some((s) => s === value);

// The server's SMS and WeChat notices use the zh-CN names too.
export const CASE_STATUS_LABELS = enumLabels('caseStatus');

/** What people do to a case: each one is judged by the server's action rules. */
export const CASE_ACTIONS = enumValues('caseAction');
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const isCaseAction = (value: string): value is CaseAction => CASE_ACTIONS.some((a) => a === value);

/**
 * What a case's timeline records besides the actions: the report itself, steps the server takes on its
 * own (a sweep marks a case overdue, a duplicate follows its master), and the 12345 ticket's steps.
 */
export const CASE_EVENT_ACTIONS = [...CASE_ACTIONS, ...enumValues('caseRecord')] as const;
export type CaseEventAction = (typeof CASE_EVENT_ACTIONS)[number];

const actions = enumLabels('caseAction');
const records = enumLabels('caseRecord');
export const CASE_EVENT_ACTION_LABELS: EnumLabels<CaseEventAction> = {
  'zh-CN': { ...actions['zh-CN'], ...records['zh-CN'] },
  en: { ...actions.en, ...records.en },
};

/** Where a report came in. Every channel ends in the same kind of case. */
export const CHANNELS = enumValues('channel');
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: string): value is Channel => CHANNELS.some((c) => c === value);

export const CHANNEL_LABELS = enumLabels('channel');

/** 红黄绿灯: how much of the current step's time is left; a case with no running clock has none. */
export const TRAFFIC_LIGHTS = enumValues('trafficLight');
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];
export const TRAFFIC_LIGHT_LABELS = enumLabels('trafficLight');

/** How a time limit is counted: working time follows the city's working calendar. */
export const TIME_LIMIT_UNITS = enumValues('timeLimitUnit');
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];
export const TIME_LIMIT_UNIT_LABELS = enumLabels('timeLimitUnit');

/**
 * Roles are permission sets, not people: in a street office one person often holds several
 * (受理员, 派遣员 and 值班长 at once), so a user carries a list of roles.
 */
export const ROLES = enumValues('role');
export type Role = (typeof ROLES)[number];

/** Who a timeline says acted: a role, or the server itself (sweeps, deadlines, follow-ups). */
export const ACTOR_ROLES = [...ROLES, ...enumValues('systemActor')] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

const roles = enumLabels('role');
const system = enumLabels('systemActor');
export const ACTOR_ROLE_LABELS: EnumLabels<ActorRole> = {
  'zh-CN': { ...roles['zh-CN'], ...system['zh-CN'] },
  en: { ...roles.en, ...system.en },
};

/** What a role grants, named `<area>:<verb>`. */
export const PERMISSIONS = enumValues('permission');
export type Permission = (typeof PERMISSIONS)[number];
export const PERMISSION_LABELS = enumLabels('permission');

/** 市 / 区 / 街道 / 社区 / 网格: the administrative ladder a grid hangs from. */
export const REGION_LEVELS = enumValues('regionLevel');
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS = enumLabels('regionLevel');

/** 基础网格 cover where people live; 专属网格 cover a campus, a market, a park. */
export const GRID_TYPES = enumValues('gridType');
export type GridType = (typeof GRID_TYPES)[number];
export const GRID_TYPE_LABELS = enumLabels('gridType');

/**
 * What a notice tells its reader: a case was assigned to you or your unit, one you hold is due soon or
 * overdue, one you handled was sent back (退回), a leader supervises (督办) one you hold, or one you
 * reported moved on. The case module picks the kind; the inbox and the city's SMS and WeChat gateway
 * (through the webhook) use it to choose wording and urgency. A sign-in code goes to the gateway only,
 * addressed to a phone number that may not have an account yet.
 */
export const NOTICE_KINDS = enumValues('noticeKind');
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS = enumLabels('noticeKind');

/** Who a courier rides for: a 快递 company (parcels) or a 外卖 platform (meals); they name it at sign-up. */
export const COURIER_COMPANY_KINDS = enumValues('courierCompanyKind');
export type CourierCompanyKind = (typeof COURIER_COMPANY_KINDS)[number];
export const COURIER_COMPANY_KIND_LABELS = enumLabels('courierCompanyKind');

export const isCourierCompanyKind = (value: string): value is CourierCompanyKind =>
  COURIER_COMPANY_KINDS.some((k) => k === value);

/**
 * The posts of a grid: its leader, the building and unit leaders, and the eight kinds of grid
 * member of the "1+8+X" model (seed 002); X, the volunteers, are not posts.
 */
export const POST_KINDS = enumValues('postKind');
export type PostKind = (typeof POST_KINDS)[number];
export const POST_KIND_LABELS = enumLabels('postKind');

/** What the hotspot detector finds (未诉先办), where a proposal stands, and what an accepted one became. */
export const HOTSPOT_KINDS = enumValues('hotspotKind');
export type HotspotKind = (typeof HOTSPOT_KINDS)[number];
export const HOTSPOT_STATUSES = enumValues('hotspotStatus');
export type HotspotStatus = (typeof HOTSPOT_STATUSES)[number];
export const HOTSPOT_ACTIONS = enumValues('hotspotAction');
export type HotspotAction = (typeof HOTSPOT_ACTIONS)[number];

export const WHISTLE_STATUSES = enumValues('whistleStatus');
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];
export const WHISTLE_STATUS_LABELS = enumLabels('whistleStatus');

/** Who a whistle calls: a department or a partner unit (a street's whistle), a grid member (a community's). */
export const CALL_TARGET_KINDS = enumValues('callTargetKind');
export type CallTargetKind = (typeof CALL_TARGET_KINDS)[number];
export const CALL_TARGET_KIND_LABELS = enumLabels('callTargetKind');

/** What a whistle order's log records. */
export const WHISTLE_EVENT_ACTIONS = enumValues('whistleEventAction');
export type WhistleEventAction = (typeof WHISTLE_EVENT_ACTIONS)[number];
export const WHISTLE_EVENT_ACTION_LABELS = enumLabels('whistleEventAction');

/** The kinds of unit that join a street's partner alliance (联盟单位). */
export const PARTNER_KINDS = enumValues('partnerKind');
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS = enumLabels('partnerKind');

/** Where a need of a community's needs list (需求清单) came from. */
export const NEED_SOURCES = enumValues('needSource');
export type NeedSource = (typeof NEED_SOURCES)[number];
export const NEED_SOURCE_LABELS = enumLabels('needSource');

/** A need is open until a project plans it, done when that project closes out, or dropped. */
export const NEED_STATUSES = enumValues('needStatus');
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const NEED_STATUS_LABELS = enumLabels('needStatus');

/** What a partner unit offers on a community's resources list (资源清单). */
export const RESOURCE_KINDS = enumValues('resourceKind');
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_KIND_LABELS = enumLabels('resourceKind');

/** The states of a project of the projects list (项目清单), from draft to 销号 or 社区兜底. */
export const PROJECT_STATES = enumValues('projectState');
export type ProjectState = (typeof PROJECT_STATES)[number];
export const PROJECT_STATE_LABELS = enumLabels('projectState');

/** The states of a micro-wish (微心愿), from review to the wisher's confirmation. */
export const WISH_STATES = enumValues('wishState');
export type WishState = (typeof WISH_STATES)[number];
export const WISH_STATE_LABELS = enumLabels('wishState');

/** 社区事项准入: a task sent to a community is on the admitted list, or off it with its funding (费随事转). */
export const TASK_ADMISSIONS = enumValues('taskAdmission');
export type TaskAdmission = (typeof TASK_ADMISSIONS)[number];
export const TASK_ADMISSION_LABELS = enumLabels('taskAdmission');

/** A task a department sent to a community is to do until the community marks it done. */
export const COMMUNITY_TASK_STATES = enumValues('communityTaskState');
export type CommunityTaskState = (typeof COMMUNITY_TASK_STATES)[number];
export const COMMUNITY_TASK_STATE_LABELS = enumLabels('communityTaskState');

/** 民事民评: households score every offer on every criterion, or vote for one offer. */
export const EVALUATION_MODES = enumValues('evaluationMode');
export type EvaluationMode = (typeof EVALUATION_MODES)[number];
export const EVALUATION_MODE_LABELS = enumLabels('evaluationMode');

/** An evaluation takes submissions between its opening and its close; closing is final. */
export const EVALUATION_STATES = enumValues('evaluationState');
export type EvaluationState = (typeof EVALUATION_STATES)[number];
export const EVALUATION_STATE_LABELS = enumLabels('evaluationState');

/** How a resident was verified against the household registry: at the door by a grid worker, or by a door code. */
export const VERIFICATION_METHODS = enumValues('verificationMethod');
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];
export const VERIFICATION_METHOD_LABELS = enumLabels('verificationMethod');

/** 四步议事: proposed, discussed by the two committees, reviewed and voted, resolution on the board, closed. */
export const DELIBERATION_STATES = enumValues('deliberationState');
export type DeliberationState = (typeof DELIBERATION_STATES)[number];
export const DELIBERATION_STATE_LABELS = enumLabels('deliberationState');

/** In which capacity a verified resident is on a vote's electorate (step 3 of 四步议事). */
export const ELECTOR_CAPACITIES = enumValues('electorCapacity');
export type ElectorCapacity = (typeof ELECTOR_CAPACITIES)[number];
export const ELECTOR_CAPACITY_LABELS = enumLabels('electorCapacity');

export const VOTE_CHOICES = enumValues('voteChoice');
export type VoteChoice = (typeof VOTE_CHOICES)[number];
export const VOTE_CHOICE_LABELS = enumLabels('voteChoice');

/** 咨询 / 求助 / 投诉 / 举报 / 建议. */
export const REQUEST_TYPES = enumValues('requestType');
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_TYPE_LABELS = enumLabels('requestType');

/** Each tier sets the case's overall due date: life and property in hours, complex matters in weeks. */
export const URGENCIES = enumValues('urgency');
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS = enumLabels('urgency');

export const SATISFACTIONS = enumValues('satisfaction');
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS = enumLabels('satisfaction');

/** The 12345 ticket's steps around the loop: 签收, 联系来电人 (响应), 回访. */
export const TICKET_STEPS = enumValues('ticketStep');
export type TicketStep = (typeof TICKET_STEPS)[number];
export const TICKET_STEP_LABELS = enumLabels('ticketStep');

/**
 * What came of a callback when it does not settle the ticket. CALL_AGAIN: not valid; SENT_BACK: not
 * solved, the case went back to its unit as rework; NOT_RESOLVED: not solved, and the case follows a master.
 */
export const FOLLOW_UPS = enumValues('followUp');
export type FollowUpCode = (typeof FOLLOW_UPS)[number];
export const FOLLOW_UP_LABELS = enumLabels('followUp');

/** The parts of a ranking score: the 12345 composite, on-time closure, and the streets' evaluations. */
export const SCORE_PARTS = enumValues('scorePart');
export type ScorePart = (typeof SCORE_PARTS)[number];
export const SCORE_PART_LABELS = enumLabels('scorePart');

/** The four rankings (四类排名). */
export const RANKING_KINDS = enumValues('rankingKind');
export type RankingKind = (typeof RANKING_KINDS)[number];
export const RANKING_KIND_LABELS = enumLabels('rankingKind');

/** The case loop's rates (DOMAIN.md KPI formulas), in the order the command centre shows them. */
export const CASE_LOOP_RATES = enumValues('caseLoopRate');
export type CaseLoopRate = (typeof CASE_LOOP_RATES)[number];
export const CASE_LOOP_RATE_LABELS = enumLabels('caseLoopRate');

const labelled = <V extends string>(
  values: readonly V[],
  labels: LabelledEnum<V>['labels'],
): LabelledEnum<V> => ({
  values,
  labels,
});
const fromText = <N extends Parameters<typeof enumValues>[0]>(name: N) =>
  labelled(enumValues(name), enumLabels(name));

/** How a category's cases are routed: to a district department, to the street office, or by the street's whistle. */
export const ROUTINGS = enumValues('routing');
export type Routing = (typeof ROUTINGS)[number];
export const ROUTING_LABELS = enumLabels('routing');

/** The district departments the responsibility list routes to, by type. */
export const DEPARTMENT_TYPES = enumValues('departmentType');
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number];
export const DEPARTMENT_TYPE_LABELS = enumLabels('departmentType');

/** The city settings an administrator may change. */
export const SETTING_KEYS = enumValues('settingKey');
export type SettingKey = (typeof SETTING_KEYS)[number];
export const SETTING_KEY_LABELS = enumLabels('settingKey');

export const LANGUAGE_LABELS = enumLabels('language');

/**
 * Why a reporter's points moved (积分): earned by a filed report or a report that became a whistle order,
 * taken back when the case turns out a duplicate or is voided, spent in the points shop.
 */
export const POINT_REASONS = enumValues('pointReason');
export type PointReason = (typeof POINT_REASONS)[number];
export const POINT_REASON_LABELS = enumLabels('pointReason');

/** A points-shop redemption (积分兑换): held while pending pickup, then picked up, cancelled or expired. */
export const REDEMPTION_STATES = enumValues('redemptionState');
export type RedemptionState = (typeof REDEMPTION_STATES)[number];
export const REDEMPTION_STATE_LABELS = enumLabels('redemptionState');

/**
 * The queues of a phone's "my tasks", each the cases (or whistle calls) the user may move on now:
 * 核实 verify a public report, 核查 check a unit's result on site, answer a 督办 supervision note,
 * accept (or return) a dispatched case, feed back on one in hand, report in for a whistle (吹哨报到).
 */
export const TASK_QUEUES = enumValues('taskQueue');
export type TaskQueueKey = (typeof TASK_QUEUES)[number];
export const TASK_QUEUE_LABELS = enumLabels('taskQueue');

/** What a gazetteer entry names: a house number on a road (门牌), a numbered building (楼栋), or a landmark. */
export const ADDRESS_KINDS = enumValues('addressKind');
export type AddressKind = (typeof ADDRESS_KINDS)[number];
export const ADDRESS_KIND_LABELS = enumLabels('addressKind');

/** Which tiles lie under the map: none, 天地图 (needs a key), a GCJ-02 template (AMap, Tencent), a WGS-84 one (OSM). */
export const BASE_MAP_KINDS = enumValues('baseMapKind');
export type BaseMapKind = (typeof BASE_MAP_KINDS)[number];
export const BASE_MAP_KIND_LABELS = enumLabels('baseMapKind');

/**
 * The workbench's queues (待办): the case queues, each the cases on which the user may take a step now,
 * 待受理 (verify or register), 待立案 (file), 待派遣 (dispatch), 待处置 (the holder's accept or feedback),
 * 待核查 (check), 待结案 (close); across them 超时 (the step is past its limit), 预警 (its light is yellow)
 * and 督办 (a supervision note waits for its answer); and the whistle calls (吹哨报到) to answer.
 */
export const WORKBENCH_QUEUES = enumValues('workbenchQueue');
export type WorkbenchQueueKey = (typeof WORKBENCH_QUEUES)[number];
export type WorkbenchCaseQueue = Exclude<WorkbenchQueueKey, 'whistles'>;
export const WORKBENCH_CASE_QUEUES = WORKBENCH_QUEUES.filter(
  (q): q is WorkbenchCaseQueue => q !== 'whistles',
);
export const WORKBENCH_QUEUE_LABELS = enumLabels('workbenchQueue');

/** How a workbench queue is sorted: by the step's deadline, or by when the problem was reported. */
export const WORKBENCH_SORTS = enumValues('workbenchSort');
export type WorkbenchSort = (typeof WORKBENCH_SORTS)[number];

/**
 * Every enum the server and the web share, with its labels: a test checks that each value of each enum
 * the contract exports is named in every language. An enum whose values are a subset of a wider one (the
 * case actions within the timeline's actions, the roles within the actors) is labelled through the wider one.
 */
export const LABELLED_ENUMS = {
  caseStatus: fromText('caseStatus'),
  caseEventAction: labelled(CASE_EVENT_ACTIONS, CASE_EVENT_ACTION_LABELS),
  channel: fromText('channel'),
  trafficLight: fromText('trafficLight'),
  timeLimitUnit: fromText('timeLimitUnit'),
  actorRole: labelled(ACTOR_ROLES, ACTOR_ROLE_LABELS),
  permission: labelled(PERMISSIONS, PERMISSION_LABELS),
  regionLevel: fromText('regionLevel'),
  gridType: fromText('gridType'),
  noticeKind: fromText('noticeKind'),
  courierCompanyKind: fromText('courierCompanyKind'),
  postKind: fromText('postKind'),
  whistleStatus: fromText('whistleStatus'),
  callTargetKind: fromText('callTargetKind'),
  whistleEventAction: fromText('whistleEventAction'),
  partnerKind: fromText('partnerKind'),
  needSource: fromText('needSource'),
  needStatus: fromText('needStatus'),
  resourceKind: fromText('resourceKind'),
  projectState: fromText('projectState'),
  wishState: fromText('wishState'),
  taskAdmission: fromText('taskAdmission'),
  communityTaskState: fromText('communityTaskState'),
  evaluationMode: fromText('evaluationMode'),
  evaluationState: fromText('evaluationState'),
  verificationMethod: fromText('verificationMethod'),
  deliberationState: fromText('deliberationState'),
  electorCapacity: fromText('electorCapacity'),
  voteChoice: fromText('voteChoice'),
  requestType: fromText('requestType'),
  urgency: fromText('urgency'),
  satisfaction: fromText('satisfaction'),
  ticketStep: fromText('ticketStep'),
  followUp: fromText('followUp'),
  scorePart: fromText('scorePart'),
  rankingKind: fromText('rankingKind'),
  caseLoopRate: fromText('caseLoopRate'),
  routing: fromText('routing'),
  departmentType: fromText('departmentType'),
  settingKey: fromText('settingKey'),
  pointReason: fromText('pointReason'),
  redemptionState: fromText('redemptionState'),
  taskQueue: fromText('taskQueue'),
  addressKind: fromText('addressKind'),
  baseMapKind: fromText('baseMapKind'),
  workbenchQueue: fromText('workbenchQueue'),
  workbenchSort: fromText('workbenchSort'),
  hotspotKind: fromText('hotspotKind'),
  hotspotStatus: fromText('hotspotStatus'),
  hotspotAction: fromText('hotspotAction'),
  language: labelled(LANGUAGES, LANGUAGE_LABELS),
};
