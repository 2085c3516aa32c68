import { PROJECT_STATES } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { moveProject } from './project-state.js';

describe('the projects list state machine', () => {
  it('walks draft → open → claimed → in progress → closed out', () => {
    expect(moveProject('draft', 'open')).toBe('open_for_claim');
    expect(moveProject('open_for_claim', 'claim')).toBe('claimed');
    expect(moveProject('claimed', 'start')).toBe('in_progress');
    expect(moveProject('in_progress', 'sign_off')).toBe('closed_out');
  });

  it('lets an unclaimed project fall to the community, which then carries it out', () => {
    expect(moveProject('open_for_claim', 'fall_to_community')).toBe('fallen_to_community');
    expect(moveProject('fallen_to_community', 'start')).toBe('in_progress');
    expect(moveProject('fallen_to_community', 'claim')).toBeNull();
  });

  it('never leaves a closed-out project, and never skips a step', () => {
    for (const move of ['open', 'claim', 'fall_to_community', 'start', 'sign_off'] as const) {
      expect(moveProject('closed_out', move)).toBeNull();
    }
    expect(moveProject('draft', 'claim')).toBeNull();
    expect(moveProject('claimed', 'sign_off')).toBeNull();
    expect(PROJECT_STATES).toContain('fallen_to_community');
  });
});
