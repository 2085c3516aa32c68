import { describe, expect, it } from 'vitest';
import { maskSnapshot } from './mask-snapshot.js';

describe('masking a stored snapshot', () => {
  it('masks phones, ID numbers and names by key, at any depth', () => {
    expect(
      maskSnapshot({
        username: 'wang.grid',
        displayName: '王小明',
        phone: '13712345678',
        caller: { callerName: '李四', callerPhone: '13812345678', idNumber: '22010419800101123X' },
        name: '城管执法局',
        roles: ['grid_worker'],
        active: true,
        count: 3,
      }),
    ).toEqual({
      username: 'wang.grid',
      displayName: '王**',
      phone: '137****5678',
      caller: { callerName: '李*', callerPhone: '138****5678', idNumber: '220104***********X' },
      name: '城管执法局',
      roles: ['grid_worker'],
      active: true,
      count: 3,
    });
  });

  it('masks numbers typed into free text, and leaves null alone', () => {
    expect(maskSnapshot({ note: '请回电 13812345678' })).toEqual({ note: '请回电 138****5678' });
    expect(maskSnapshot(null)).toBeNull();
    expect(maskSnapshot([{ phone: '13812345678' }])).toEqual([{ phone: '138****5678' }]);
  });
});
