import { eq } from 'drizzle-orm';
import { takeAction } from '../../modules/cases/act.js';
import type { CaseDeps } from '../../modules/cases/case-deps.js';
import { cases } from '../../modules/cases/cases.tables.js';
import { intakeCase } from '../../modules/cases/intake.js';
import type { CaseAction } from '../../modules/cases/lifecycle/case-action.js';
import { recordCallback } from '../../modules/hotline/callback.js';
import { takeHolderStep } from '../../modules/hotline/holder-steps.js';
import { takeCall } from '../../modules/hotline/take-call.js';
import { fieldsFromPairs } from '../../modules/open311/form-fields.js';
import { postRequest } from '../../modules/open311/post-request.js';
import { DEMO_OPEN311_KEY } from '../../modules/open311/seed-demo-client.js';
import { acknowledgeCall } from '../../modules/whistle/acknowledge-call.js';
import { arriveOnCall } from '../../modules/whistle/arrive-call.js';
import type { CallInput } from '../../modules/whistle/call-targets.js';
import { closeWhistle } from '../../modules/whistle/close-whistle.js';
import { completeCall } from '../../modules/whistle/complete-call.js';
import { evaluateCall } from '../../modules/whistle/evaluate-call.js';
import { issueWhistle } from '../../modules/whistle/issue-whistle.js';
import { whistleCalls } from '../../modules/whistle/whistle.tables.js';
import type { Cast } from './history-cast.js';
import type { CaseStep, CaseStory, HistoryPlan, WhistleStep, WhistleStory } from './history-story.js';

/** The clock the history's services read: it stands at each step's moment while the step is taken. */
export interface HistoryClock {
  set(at: number): void;
}

interface Moment {
  at: number;
  /** Steps at one moment keep the order they were planned in. */
  order: number;
  take(): Promise<void>;
  what: string;
}

/**
 * Takes every step of the plan in time order through the services live use goes through (intake, the
 * hotline, Open311, the case lifecycle, whistle orders), with the clock at the step's moment, so each
 * writes its events and queues its KPI rows exactly as it would have then.
 */
export async function playHistory(
  deps: CaseDeps,
  clock: HistoryClock,
  cast: Cast,
  plan: HistoryPlan,
  keyPrefix: string,
): Promise<void> {
  const caseIds = new Map<number, string>();
  const units: Units = new Map();
  const idOf = (n: number) => {
    const id = caseIds.get(n);
    if (!id) throw new Error(`case story ${n} has not been reported`);
    return id;
  };
  const moments: Moment[] = [];
  for (const story of plan.cases) {
    for (const [i, { at, step }] of story.steps.entries()) {
      moments.push({
        at,
        order: moments.length,
        what: `case ${story.n} step ${i} (${step.kind === 'act' ? step.action : step.kind})`,
        take: () => takeCaseStep(deps, cast, story, step, caseIds, units, `${keyPrefix}-case-${story.n}`),
      });
    }
  }
  for (const order of plan.whistles) {
    const state: WhistleState = { orderId: null, callIds: [] };
    for (const [i, { at, step }] of order.steps.entries()) {
      moments.push({
        at,
        order: moments.length,
        what: `whistle ${order.n} step ${i} (${step.kind})`,
        take: () => takeWhistleStep(deps, cast, order, step, state, idOf),
      });
    }
  }
  moments.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const m of moments) {
    clock.set(m.at);
    try {
      await m.take();
    } catch (err) {
      throw new Error(
        `The demo history failed at ${m.what}, ${new Date(m.at).toISOString()}: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
}

/** The unit each case was last seen with, by case id. */
type Units = Map<string, { unitDepartmentId: string | null; unitRegionCode: string | null }>;

// Only these move a case to another unit: until one is taken, the unit read last still holds the case.
const MOVES: CaseAction[] = ['dispatch', 'return', 'reroute', 'relocate'];

async function takeCaseStep(
  deps: CaseDeps,
  cast: Cast,
  story: CaseStory,
  step: CaseStep,
  caseIds: Map<number, string>,
  units: Units,
  key: string,
): Promise<void> {
  if (step.kind === 'report') {
    caseIds.set(story.n, await report(deps, cast, story, key));
    return;
  }
  const caseId = caseIds.get(story.n);
  if (!caseId) throw new Error('the case was not reported');
  const holder = async () => {
    const known = units.get(caseId);
    if (known) return cast.holder(known);
    const [unit] = await deps.db
      .select({ unitDepartmentId: cases.unitDepartmentId, unitRegionCode: cases.unitRegionCode })
      .from(cases)
      .where(eq(cases.id, caseId));
    if (!unit) throw new Error('the case is gone');
    units.set(caseId, unit);
    return cast.holder(unit);
  };
  switch (step.kind) {
    case 'sign':
    case 'contact':
      await takeHolderStep(deps, await holder(), caseId, step.kind, step.note);
      return;
    case 'callback':
      await recordCallback(deps, cast.actor('hotline'), caseId, {
        reached: step.reached,
        resolved: step.resolved,
        satisfaction: step.satisfaction,
        note: step.note,
      });
      return;
    case 'act': {
      const actor = step.by === 'holder' ? await holder() : cast.actor(step.by);
      await takeAction(deps, actor, caseId, step.action, {
        note: step.note,
        photoIds: step.photo ? [await cast.photo(actor)] : undefined,
        rating: step.rating,
        extension: step.extension,
        unit: step.toStreet ? { regionCode: story.streetCode } : undefined,
      });
      if (MOVES.includes(step.action)) units.delete(caseId);
    }
  }
}

async function report(deps: CaseDeps, cast: Cast, story: CaseStory, key: string): Promise<string> {
  const what = {
    categoryCode: story.categoryCode,
    description: story.description,
    lat: story.lat,
    lng: story.lng,
    address: story.address,
  };
  if (story.call) {
    const { caseId } = await takeCall(deps, cast.actor('hotline'), { ...what, ...story.call }, key);
    return caseId;
  }
  if (story.channel === 'open311') {
    const fields = fieldsFromPairs([
      ['api_key', DEMO_OPEN311_KEY],
      ['service_code', story.categoryCode],
      ['lat', String(story.lat)],
      ['long', String(story.lng)],
      ['address_string', story.address],
      ['description', story.description],
    ]);
    const answer = await postRequest(deps, fields, key);
    const [c] = await deps.db
      .select({ id: cases.id })
      .from(cases)
      .where(eq(cases.code, codeIn(answer)));
    if (!c) throw new Error('the Open311 request made no case');
    return c.id;
  }
  const reporter = cast.actor(story.reporter);
  // Handled on the spot: a before and an after photo.
  const photoIds = story.selfHandled
    ? [await cast.photo(reporter, 0), await cast.photo(reporter, 1)]
    : undefined;
  const { caseId } = await intakeCase(
    deps,
    reporter,
    { ...what, photoIds, selfHandled: story.selfHandled || undefined },
    key,
  );
  return caseId;
}

/** The case code an Open311 answer gives as service_request_id. */
function codeIn(answer: Awaited<ReturnType<typeof postRequest>>): string {
  const text = JSON.stringify(answer.body);
  const code = /"service_request_id":"([^"]+)"/.exec(text)?.[1];
  if (!code) throw new Error('the Open311 answer has no service_request_id');
  return code;
}

interface WhistleState {
  orderId: string | null;
  callIds: string[];
}

async function takeWhistleStep(
  deps: CaseDeps,
  cast: Cast,
  order: WhistleStory,
  step: WhistleStep,
  state: WhistleState,
  caseIdOf: (n: number) => string,
): Promise<void> {
  const issuer = cast.actor(order.by);
  if (step.kind === 'issue') {
    const calls: CallInput[] = order.calls.map((c) =>
      c.target.startsWith('department:')
        ? { departmentId: cast.departmentId(c.target.slice('department:'.length)), task: c.task }
        : { userId: cast.actor(c.target).id, task: c.task },
    );
    const orderId = await issueWhistle(deps, issuer, {
      title: order.title,
      task: order.task,
      place: order.place,
      lat: order.lat,
      lng: order.lng,
      caseIds: order.caseStory === null ? [] : [caseIdOf(order.caseStory)],
      calls,
    });
    const written = await deps.db
      .select({ id: whistleCalls.id, departmentId: whistleCalls.departmentId, userId: whistleCalls.userId })
      .from(whistleCalls)
      .where(eq(whistleCalls.orderId, orderId));
    state.orderId = orderId;
    state.callIds = calls.map((c) => {
      const match = written.find((w) =>
        'departmentId' in c ? w.departmentId === c.departmentId : 'userId' in c && w.userId === c.userId,
      );
      if (!match) throw new Error('a call of the order was not written');
      return match.id;
    });
    return;
  }
  const orderId = state.orderId;
  if (!orderId) throw new Error('the order was not issued');
  if (step.kind === 'close') {
    await closeWhistle(deps, issuer, orderId, '任务完成');
    return;
  }
  const callId = state.callIds[step.call];
  const target = order.calls[step.call]?.target;
  if (!callId || !target) throw new Error(`the order has no call ${step.call}`);
  const responder = cast.actor(target);
  switch (step.kind) {
    case 'acknowledge':
      await acknowledgeCall(deps, responder, orderId, callId);
      return;
    case 'arrive':
      await arriveOnCall(deps, responder, orderId, callId, {
        lat: order.lat,
        lng: order.lng,
        photoId: await cast.photo(responder),
      });
      return;
    case 'complete':
      await completeCall(deps, responder, orderId, callId, '已按要求完成');
      return;
    case 'evaluate':
      await evaluateCall(deps, issuer, orderId, callId, {
        solved: step.solved,
        cooperation: step.cooperation,
        comment: step.solved ? '响应及时，配合到位' : '问题尚未彻底解决',
      });
  }
}
