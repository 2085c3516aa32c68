/**
 * Runs a background task every interval until stopped: never two runs at once, a failed run is logged
 * and tried again next time, and the timer does not keep the process alive.
 */
export function repeatEvery(
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = task()
      .catch((err) => console.error(`${name} failed; it will try again`, err))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  timer = setTimeout(tick, intervalMs).unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
