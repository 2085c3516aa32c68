/** What became of one case of a batch: done, or refused with the server's code and message. */
export type BatchOutcome =
  | { id: string; ok: true }
  | { id: string; ok: false; code: string; message: string };

/**
 * Takes one step on each case in turn, each through the case's own action API, so the state machine
 * judges every case as it would one at a time: a case another user moved meanwhile is refused alone,
 * and the rest go on. One after the other, so a batch of fifty does not flood the server.
 */
export async function runBatch(
  ids: readonly string[],
  step: (id: string) => Promise<unknown>,
  onProgress?: (done: number) => void,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const id of ids) {
    try {
      await step(id);
      outcomes.push({ id, ok: true });
    } catch (error) {
      const { code, message } = refusalOf(error);
      outcomes.push({ id, ok: false, code, message });
    }
    onProgress?.(outcomes.length);
  }
  return outcomes;
}

function refusalOf(error: unknown): { code: string; message: string } {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'ERROR';
    return { code, message: error.message };
  }
  return { code: 'ERROR', message: String(error) };
}
