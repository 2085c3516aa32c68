/** What a task returns when it knows more work is waiting: the next run starts at once. */
export const GO_AGAIN = Symbol('go again');

/**
 * Runs a background task every interval until stopped: never two runs at once, a failed run is logged
 * and tried again next time, and the timer does not keep the process alive. A task that returns
 * GO_AGAIN (a full batch: more is waiting) runs again at once instead of after the interval.
 */
export function repeatEvery(
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (delayMs: number) => {
    if (!stopped) timer = setTimeout(tick, delayMs).unref();
  };
  const tick = () => {
    running = task().then(
      (result) => schedule(result === GO_AGAIN ? 0 : intervalMs),
      (err) => {
        console.error(`${name} failed; it will try again`, err);
        schedule(intervalMs);
      },
    );
  };
  schedule(intervalMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
