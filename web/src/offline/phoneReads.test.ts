import { describe, expect, it } from 'vitest';
import { isPhoneRead, isPhoto } from './phoneReads';

describe('what the service worker keeps for offline reading', () => {
  it('keeps what the phone pages read', () => {
    for (const path of [
      '/api/auth/me',
      '/api/cases',
      '/api/cases/0b6f4a3e-5c1d-4a7b-9a53-2f9d1c0e8b71',
      '/api/categories',
      '/api/categories/suggested',
      '/api/regions/220104004001001',
      '/api/settings',
      '/api/notifications',
      '/api/points',
      '/api/tasks',
      '/api/whistles/0b6f4a3e-5c1d-4a7b-9a53-2f9d1c0e8b71',
    ]) {
      expect(isPhoneRead(path), path).toBe(true);
    }
  });

  it('does not keep what must be asked fresh or is not a phone page read', () => {
    for (const path of [
      '/api/cases/nearby',
      '/api/auth/login',
      '/api/stats/kpis',
      '/api/users',
      '/api/casesx',
    ]) {
      expect(isPhoneRead(path), path).toBe(false);
    }
  });

  it('recognises photos and their thumbnails', () => {
    expect(isPhoto('/api/photos/0b6f4a3e-5c1d-4a7b-9a53-2f9d1c0e8b71')).toBe(true);
    expect(isPhoto('/api/photos/0b6f4a3e-5c1d-4a7b-9a53-2f9d1c0e8b71/thumbnail')).toBe(true);
    expect(isPhoto('/api/photos')).toBe(false);
  });
});
