import { SETTING_KEYS as API_SETTING_KEYS } from '@needle/contract';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from './setting-values.js';

describe('setting keys', () => {
  // The API validates PUT /api/settings/:key against the contract's list, so a setting the server keeps
  // but the contract lacks could never be changed, and one the contract names but the server lacks would fail.
  it('are the same in the contract as in the server, in the same order', () => {
    expect([...API_SETTING_KEYS]).toEqual(SETTING_KEYS);
  });
});
