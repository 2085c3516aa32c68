import type { evaluationsErrorsZh } from './errors.evaluations.zh-CN';

export const evaluationsErrorsEn: typeof evaluationsErrorsZh = {
  TASKS_STAFF_ONLY: 'Only staff of departments, streets and communities see the tasks sent to communities',
  ADMITTED_LIST_ADMIN_ONLY: 'Only the administrator keeps the admitted list',
  LIST_AREA_TOO_SMALL: 'The admitted list covers a community or a larger area',
  ADMITTED_TASK_NOT_FOUND: 'No such task on the admitted list',
  TASKS_DEPARTMENT_ONLY: 'Only a department sends tasks to communities',
  DEPARTMENT_REQUIRED: 'Choose the department that sends the task',
  TASK_TITLE_REQUIRED: 'Say what the task is, or pick it from the admitted list',
  COMMUNITY_OR_STREET_REQUIRED: 'Choose a community, or a street to send it to all of its communities',
  TASK_NOT_ADMITTED: 'This task is not on the admitted list: a task off the list goes only with its funding',
  COMMUNITY_TASK_NOT_FOUND: 'No such task in your jurisdiction',
  COMMUNITY_TASK_DONE: 'This task is already done',
  COMMUNITY_OFFICE_ONLY: 'Only the community (or its street) marks its tasks done',
  EVALUATIONS_STAFF_ONLY: 'Only community and street staff run evaluations',
  EVALUATION_NOT_FOUND: 'No such evaluation in your jurisdiction or community',
  EVALUATION_PERIOD_INVALID: 'The evaluation must close after it opens, and in the future',
  CRITERIA_REQUIRED: 'Name at least one criterion to score the offers on',
  CRITERIA_IN_VOTE: 'A vote chooses one offer: it has no criteria',
  EVALUATION_NAMES_REPEATED: 'Two offers, or two criteria, have the same name',
  EVALUATION_CLOSED:
    'This evaluation is closed and its results published: nothing more can be submitted or changed',
  EVALUATION_NOT_OPEN: 'This evaluation is not open yet',
  HOUSEHOLD_NOT_VERIFIED:
    "Have your household verified (by a grid worker or the door code) to take part in your community's evaluations",
  HOUSEHOLD_ALREADY_EVALUATED: 'Your household has already taken part: one household, one vote',
  SUBMISSION_MODE_MISMATCH:
    'This does not fit the evaluation: score every offer, or vote for one, as it asks',
  OFFER_NOT_IN_EVALUATION: 'That offer or criterion is not part of this evaluation',
  SCORES_INCOMPLETE: 'Score every offer once on every criterion, 1 to 5',
};
