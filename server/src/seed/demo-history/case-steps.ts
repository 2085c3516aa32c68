import type { Channel, Satisfaction } from '@needle/contract';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../lib/calendar/china-time.js';
import type { CaseAction } from '../../modules/cases/lifecycle/case-action.js';
import type { Draw } from './history-random.js';
import type { ActorRef, ActStep, CallbackStep, CaseStep, Timed } from './history-story.js';
import { NOTES } from './history-texts.js';
import { nextOfficeMoment } from './office-hours.js';

/**
 * How a case's life goes: on time, late, stalled at a step (still open and overdue if recent), sent
 * back by the checker, returned by a unit that is not the right one, given more time, rejected or voided.
 */
export type Fate = 'normal' | 'late' | 'stall' | 'rework' | 'returned' | 'extension' | 'rejected' | 'voided';

export interface CaseSteps {
  channel: Channel;
  reporter: ActorRef;
  /** Who verifies and checks on site. */
  checker: ActorRef;
  /** The street office of the place. */
  street: ActorRef;
  /** When it is reported. */
  at: number;
  /** Its time limit in calendar time, roughly. */
  limitMs: number;
  /** Staff act in office hours on a working-time limit; an emergency is handled around the clock. */
  officeHours: boolean;
  fate: Fate;
  selfHandled: boolean;
  answeredOnCall: boolean;
  /** The how-manieth 12345 ticket this is: every few tickets, one caller says it is not solved. */
  ticket: number;
}

/**
 * The steps of one case after its report, timed as a share of its limit ("pace"), each one as the
 * state machine allows it after the one before. Whoever holds the case at a step is `holder`.
 */
export function caseSteps(draw: Draw, p: CaseSteps): Timed<CaseStep>[] {
  const steps: Timed<CaseStep>[] = [{ at: p.at, step: { kind: 'report' } }];
  if (p.selfHandled || p.answeredOnCall) return steps;
  const pace = p.limitMs * (p.fate === 'late' ? draw.between(1.2, 2.5) : draw.between(0.2, 0.8));
  // A stalled case waits at one step for weeks: the recent ones are still open and overdue.
  let stallAt = p.fate === 'stall' ? draw.int(0, 4) : -1;
  let t = p.at;
  // `wait` is time that passes whatever the pace: a caller called back, a resident rating days later.
  const later = (share: number, staff = true, wait = 0) => {
    t += Math.max(share * pace * draw.between(0.6, 1.4), 5 * MS_PER_MINUTE) + wait;
    if (stallAt-- === 0) t += p.limitMs * draw.between(1.5, 4) + draw.between(2, 12) * MS_PER_DAY;
    if (staff && p.officeHours) t = nextOfficeMoment(t);
    return t;
  };
  const act = (share: number, by: ActorRef, action: CaseAction, more: Partial<ActStep> = {}) =>
    steps.push({ at: later(share), step: { kind: 'act', by, action, ...more } });
  const photo = { photo: true } as const;
  const desk = p.channel === 'proactive' ? p.street : null;

  if (p.channel === 'hotline') {
    steps.push({ at: later(0.03), step: { kind: 'sign', note: draw.pick(NOTES.accept) } });
    steps.push({ at: later(0.05), step: { kind: 'contact', note: draw.pick(NOTES.contact) } });
  } else {
    if (p.channel !== 'patrol' && p.channel !== 'proactive') {
      if (draw.chance(0.6)) act(0.04, p.checker, 'verify', { note: draw.pick(NOTES.verify) });
      if (p.fate === 'rejected') {
        act(0.04, 'dispatcher', 'reject', { note: NOTES.reject[0] });
        return steps;
      }
    }
    if (p.channel !== 'proactive') act(0.04, 'dispatcher', 'register');
    if (p.fate === 'voided') {
      act(0.04, 'shiftlead', 'void', { note: NOTES.void[0] });
      return steps;
    }
    act(0.03, desk ?? 'shiftlead', 'file');
    act(0.03, desk ?? 'dispatcher', 'dispatch');
    if (p.fate === 'returned') {
      act(0.05, 'holder', 'return', { note: NOTES.return[0] });
      // 属地兜底: the street office of the place takes what no department will.
      act(0.05, 'dispatcher', 'dispatch', { toStreet: true });
    }
    act(0.05, 'holder', 'accept', { note: draw.pick(NOTES.accept) });
  }
  if (p.fate === 'extension') {
    act(0.2, 'holder', 'request_extension', {
      note: NOTES.extension[0],
      extension: { amount: 3, unit: 'working_days' },
    });
    act(0.05, 'dispatcher', 'approve_extension');
  }
  const feedback = () => act(0.45, 'holder', 'feedback', { note: draw.pick(NOTES.feedback), ...photo });
  feedback();
  if (p.fate === 'rework') {
    act(0.05, p.checker, 'check_fail', { note: NOTES.checkFail[0], ...photo });
    feedback();
  }
  if (p.channel === 'hotline') callbacks(draw, steps, later, feedback, p.ticket);
  act(0.05, p.checker, 'check_pass', { note: draw.pick(NOTES.check), ...photo });
  act(0.03, desk ?? 'shiftlead', 'close');
  if ((p.channel === 'resident_app' || p.channel === 'courier') && draw.chance(0.6)) {
    const rating = draw.weighted([
      [5, 50],
      [4, 25],
      [3, 12],
      [2, 7],
      [1, 6],
    ] as const);
    const at = later(0.1, false, draw.between(2, 40) * MS_PER_HOUR);
    steps.push({ at, step: { kind: 'act', by: p.reporter, action: 'rate', rating } });
  }
  return withSupervision(draw, steps, p);
}

/**
 * 回访 once the unit reports the work done: most callers are reached and satisfied; some do not answer
 * (called again the next day), some say it is not solved, which sends the case back as rework.
 */
function callbacks(
  draw: Draw,
  steps: Timed<CaseStep>[],
  later: (share: number, staff?: boolean, wait?: number) => number,
  feedback: () => void,
  ticket: number,
): void {
  const callback = (step: Omit<CallbackStep, 'kind'>) =>
    steps.push({
      at: later(0.02, false, draw.between(1, 20) * MS_PER_HOUR),
      step: { kind: 'callback', ...step },
    });
  const drawn = draw.weighted([
    ['satisfied', 62],
    ['unreached', 10],
    ['unsolved', 12],
    ['dissatisfied', 8],
    ['basically', 8],
  ] as const);
  // However the draws fall, a history of a few tickets has both a rework and an unanswered call.
  const outcome = ticket % 7 === 3 ? 'unsolved' : ticket % 9 === 5 ? 'unreached' : drawn;
  if (outcome === 'unreached') callback({ reached: false, note: NOTES.callbackUnreached[0] ?? '' });
  if (outcome === 'unsolved') {
    callback({
      reached: true,
      resolved: false,
      satisfaction: 'dissatisfied',
      note: NOTES.callbackUnsolved[0] ?? '',
    });
    feedback();
  }
  const satisfaction: Satisfaction =
    outcome === 'dissatisfied'
      ? 'dissatisfied'
      : outcome === 'basically'
        ? 'basically_satisfied'
        : 'satisfied';
  callback({ reached: true, resolved: true, satisfaction, note: NOTES.callbackSolved[0] ?? '' });
}

/**
 * 督办: a case well past its limit and not yet closed is supervised by the district leader, and its unit
 * answers the next working day.
 */
function withSupervision(draw: Draw, steps: Timed<CaseStep>[], p: CaseSteps): Timed<CaseStep>[] {
  const at = nextOfficeMoment(p.at + p.limitMs * 1.3);
  // Supervised once a unit has the case: it accepted it, or signed for its ticket.
  const dispatched = steps.find(
    ({ step }) => step.kind === 'sign' || (step.kind === 'act' && step.action === 'accept'),
  );
  const closed = steps.find(({ step }) => step.kind === 'act' && step.action === 'close');
  if (!dispatched || at <= dispatched.at || (closed && closed.at <= at) || !draw.chance(0.7)) return steps;
  const more: Timed<CaseStep>[] = [
    { at, step: { kind: 'act', by: 'leader', action: 'supervise', note: NOTES.supervise[0] } },
  ];
  const reply = nextOfficeMoment(at + draw.between(2, 30) * MS_PER_HOUR);
  if (!closed || reply < closed.at) {
    more.push({
      at: reply,
      step: { kind: 'act', by: 'holder', action: 'reply_supervision', note: NOTES.reply[0] },
    });
  }
  // Stable: a step at the very same moment keeps its place after the earlier ones.
  return [...steps, ...more].sort((a, b) => a.at - b.at);
}
