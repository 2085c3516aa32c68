import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { runBatch } from './batchSteps';

describe('runBatch', () => {
  it('takes the step on every case in order and reports each refusal with its code', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const outcomes = await runBatch(
      ['a', 'b', 'c'],
      async (id) => {
        seen.push(id);
        if (id === 'b') throw new ApiError(409, 'ACTION_NOT_ALLOWED_IN_STATE', 'A case that is dispatched…');
      },
      (done) => progress.push(done),
    );
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(progress).toEqual([1, 2, 3]);
    expect(outcomes).toEqual([
      { id: 'a', ok: true },
      { id: 'b', ok: false, code: 'ACTION_NOT_ALLOWED_IN_STATE', message: 'A case that is dispatched…' },
      { id: 'c', ok: true },
    ]);
  });

  it('names an unexpected failure as such', async () => {
    const outcomes = await runBatch(['x'], async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(outcomes).toEqual([{ id: 'x', ok: false, code: 'ERROR', message: 'Failed to fetch' }]);
  });
});
