import type { listsErrorsZh } from './errors.lists.zh-CN';

export const listsErrorsEn: typeof listsErrorsZh = {
  LISTS_STAFF_ONLY: 'Only community and street staff keep the three lists',
  COMMUNITY_REQUIRED: 'Choose a community: the lists are kept per community',
  NEED_NOT_FOUND: "No such need on this community's list",
  NEED_CLOSED: 'A need that is done or dropped cannot become a project',
  PERIOD_REVERSED: 'The period available ends before it starts',
  PARTNER_UNIT_INACTIVE: 'This partner unit has left the alliance',
  RESOURCE_NOT_FOUND: "The resources chosen are not this partner unit's",
  OWNER_NOT_FOUND: 'The owner must be staff of this community or of its street',
  CLAIM_DEADLINE_PAST: 'The claim deadline must be in the future',
  DUE_BEFORE_CLAIM_DEADLINE: 'The project cannot be due before its claim deadline',
  PROJECT_NOT_FOUND: 'No such project in your jurisdiction',
  PROJECT_STATE_CONFLICT: 'The project cannot take this step in its state; refresh and try again',
  CLAIM_DEADLINE_PASSED: 'The claim deadline has passed: the project falls to the community',
  PROJECT_NOT_IN_PROGRESS: 'Milestones are completed and evidence given while the project is in progress',
  MILESTONE_NOT_FOUND: "This milestone is not one of the project's",
  MILESTONE_DONE: 'This milestone is already done',
  CLOSE_OUT_EVIDENCE_REQUIRED: 'Close-out needs a note and at least one photo',
  SIGN_OFF_BY_OWNER: 'The owner cannot sign off their own project: another staff member signs',
  SIGN_OFF_BY_STAFF: 'A close-out is signed off by community or street staff',
};
