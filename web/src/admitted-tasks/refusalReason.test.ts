import { describe, expect, it } from 'vitest';
import type { AdmittedTask } from '../api/admittedTasks';
import { refusalReason } from './refusalReason';

const entry = (changes: Partial<AdmittedTask> = {}): AdmittedTask => ({
  id: 'e1',
  regionCode: '220104000000',
  name: '低保初审',
  description: '',
  departments: [{ id: 'civil', name: '民政局' }],
  basis: '《社会救助暂行办法》',
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...changes,
});

describe('why a task was refused', () => {
  it('is off the list when no entry was picked', () => {
    expect(refusalReason(undefined, 'civil')).toBe('not_on_list');
  });

  it('names an entry taken off the list before the department that may send it', () => {
    expect(refusalReason(entry({ active: false }), 'housing')).toBe('inactive');
  });

  it('names another department’s entry', () => {
    expect(refusalReason(entry(), 'housing')).toBe('other_department');
  });

  it('is outside the entry’s area when the entry and the department fit', () => {
    expect(refusalReason(entry(), 'civil')).toBe('outside_list_area');
  });
});
