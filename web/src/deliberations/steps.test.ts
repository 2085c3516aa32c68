import { DELIBERATION_STATES } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { meetingSteps, nextCommand, stepOf } from './steps';

describe('the four steps on the page', () => {
  it('offers the one step each state allows, and none once rejected or closed', () => {
    expect(DELIBERATION_STATES.map((s) => [s, nextCommand(s)])).toEqual([
      ['proposed', 'discuss'],
      ['discussed', 'openVote'],
      ['voting', 'closeVote'],
      ['voted', 'publish'],
      ['rejected', null],
      ['published', 'close'],
      ['closed', null],
    ]);
  });

  it('records meetings for steps reached, the review meeting once discussed, never ahead', () => {
    expect(meetingSteps('proposed')).toEqual([1]);
    expect(meetingSteps('discussed')).toEqual([1, 2, 3]);
    expect(meetingSteps('voting')).toEqual([1, 2, 3]);
    expect(meetingSteps('published')).toEqual([1, 2, 3, 4]);
    expect(stepOf('rejected')).toBe(3);
  });
});
