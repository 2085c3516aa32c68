import { describe, expect, it } from 'vitest';
import { returnPath } from './returnPath';

describe('where signing in leads', () => {
  it('goes back to the page that sent the user to sign in', () => {
    expect(returnPath({ from: '/cases/42' })).toBe('/cases/42');
  });

  it('goes to the fallback otherwise: the map, or reporting after a sign-up', () => {
    expect(returnPath(null)).toBe('/map');
    expect(returnPath(undefined, '/report')).toBe('/report');
  });

  it.each(['//evil.example', 'https://evil.example', '/login', '/signup'])('never goes to %s', (from) => {
    expect(returnPath({ from }, '/report')).toBe('/report');
  });
});
