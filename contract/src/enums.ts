import { ACTOR_ROLE_LABELS, ACTOR_ROLES, PERMISSION_LABELS, PERMISSIONS } from './auth/roles.js';
import { CASE_EVENT_ACTION_LABELS, CASE_EVENT_ACTIONS } from './cases/case-action.js';
import { enumLabels, enumValues } from './enums/enum-text.js';
import { LANGUAGES, type LabelledEnum } from './labels.js';

const labelled = <V extends string>(
  values: readonly V[],
  labels: LabelledEnum<V>['labels'],
): LabelledEnum<V> => ({
  values,
  labels,
});
const fromText = <N extends Parameters<typeof enumValues>[0]>(name: N) =>
  labelled(enumValues(name), enumLabels(name));

export const LANGUAGE_LABELS = enumLabels('language');

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
  postKind: fromText('postKind'),
  whistleStatus: fromText('whistleStatus'),
  callTargetKind: fromText('callTargetKind'),
  whistleEventAction: fromText('whistleEventAction'),
  partnerKind: fromText('partnerKind'),
  requestType: fromText('requestType'),
  urgency: fromText('urgency'),
  satisfaction: fromText('satisfaction'),
  ticketStep: fromText('ticketStep'),
  followUp: fromText('followUp'),
  scorePart: fromText('scorePart'),
  rankingKind: fromText('rankingKind'),
  caseLoopRate: fromText('caseLoopRate'),
  language: labelled(LANGUAGES, LANGUAGE_LABELS),
};
