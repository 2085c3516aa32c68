import { describe, expect, it } from 'vitest';
import { canTake, closable, objectionsOpen, stateAfter, takesMeetingFor } from './deliberation-state.js';

describe('四步议事 state machine', () => {
  it('walks the four steps in order and no other', () => {
    expect(canTake('discuss', 'proposed')).toBe(true);
    expect(stateAfter('discuss')).toBe('discussed');
    expect(canTake('open_vote', 'proposed')).toBe(false);
    expect(canTake('open_vote', 'discussed')).toBe(true);
    expect(canTake('close_vote', 'voting')).toBe(true);
    expect(stateAfter('close_vote', true)).toBe('voted');
    expect(stateAfter('close_vote', false)).toBe('rejected');
    expect(canTake('publish', 'rejected')).toBe(false);
    expect(canTake('publish', 'voted')).toBe(true);
    expect(canTake('close', 'published')).toBe(true);
    expect(canTake('open_vote', 'voted')).toBe(false);
    expect(canTake('open_vote', 'closed')).toBe(false);
  });

  it('takes meetings for the steps reached, never ahead', () => {
    expect(takesMeetingFor('proposed', 1)).toBe(true);
    expect(takesMeetingFor('proposed', 2)).toBe(false);
    // The review meeting of step 3 is held before the vote opens.
    expect(takesMeetingFor('discussed', 3)).toBe(true);
    expect(takesMeetingFor('discussed', 4)).toBe(false);
    expect(takesMeetingFor('published', 4)).toBe(true);
  });

  it('hears objections while on the board and closes only after it', () => {
    const until = new Date('2026-12-08T00:00:00Z');
    const before = new Date('2026-12-07T23:59:59Z');
    expect(objectionsOpen('published', until, before)).toBe(true);
    expect(objectionsOpen('published', until, until)).toBe(false);
    expect(closable('published', until, before)).toBe(false);
    expect(closable('published', until, until)).toBe(true);
    expect(objectionsOpen('voted', null, before)).toBe(false);
  });
});
