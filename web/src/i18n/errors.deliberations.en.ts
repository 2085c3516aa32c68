import type { deliberationsErrorsZh } from './errors.deliberations.zh-CN';

export const deliberationsErrorsEn: typeof deliberationsErrorsZh = {
  VOTERS_STAFF_ONLY: 'Only community staff and grid workers keep the household registry',
  HOUSEHOLD_EXISTS: "This place is already on the community's household registry",
  HOUSEHOLD_NOT_FOUND: 'No such household in your jurisdiction',
  RESIDENT_NOT_FOUND: 'No resident has signed up with this number',
  RESIDENT_ALREADY_VERIFIED: 'This resident is already verified for a household: one person, one household',
  RESIDENTS_ONLY: 'Only a resident is verified for a household',
  DOOR_CODE_WRONG: 'This door code is not right: check it against the slip',
  DOOR_CODE_USED: 'This door code was already used: ask the community for a new one',
  DOOR_CODE_ATTEMPTS: 'Too many wrong door codes: try again in an hour',
  DELIBERATIONS_STAFF_ONLY: 'Only community and street staff run deliberations',
  DELIBERATION_NOT_FOUND: 'No such deliberation in your jurisdiction',
  DELIBERATION_STATE_CONFLICT: 'The deliberation cannot take this step now; refresh and try again',
  MEETING_STEP_NOT_REACHED: 'The deliberation has not reached this step: record its meeting later',
  ELECTOR_TWICE: 'Each elector is named once',
  ELECTOR_NOT_VERIFIED: 'Someone named is not a verified resident of this community',
  VOTE_NOT_FOUND: 'No such vote, or you are not on its electorate',
  VOTE_CLOSED: 'This vote is closed: its count is final',
  ALREADY_VOTED: 'You have already voted: one person, one vote',
  OBJECTIONS_CLOSED: 'Objections are taken only while the resolution is on the board',
  PUBLICATION_NOT_OVER: 'The resolution is still on the board: close it when its days are over',
};
