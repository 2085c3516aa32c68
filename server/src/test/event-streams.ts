import type { Workbench } from '@needle/contract';

/** An open Server-Sent Events stream, read as its events arrive (tests, and the two-process test). */
export interface StreamReader<T> {
  /** The next event of the stream's name, or null when none comes within the time. */
  next(timeoutMs: number): Promise<T | null>;
  close(): void;
  /** Whether the server ended the stream. */
  ended(): boolean;
  status: number;
}

/** An open `GET /api/workbench/stream`. */
export type CountsReader = StreamReader<Workbench>;

/** Opens the workbench's stream as a browser's EventSource would, with the session cookie. */
export function readCounts(baseUrl: string, cookie?: string): Promise<CountsReader> {
  return readStream<Workbench>(`${baseUrl}/api/workbench/stream`, 'counts', cookie);
}

/** Opens a stream as a browser's EventSource would, with the session cookie, keeping the named events. */
export async function readStream<T>(url: string, event: string, cookie?: string): Promise<StreamReader<T>> {
  const abort = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) },
    signal: abort.signal,
  });
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const events: T[] = [];
  let waiting: (() => void) | null = null;
  let ended = false;
  const pump = async () => {
    for (;;) {
      const { value, done } = (await reader?.read()) ?? { done: true, value: undefined };
      if (done) {
        ended = true;
        waiting?.();
        return;
      }
      buffered += decoder.decode(value, { stream: true });
      for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const lines = block.split('\n');
        if (!lines.includes(`event: ${event}`)) continue;
        const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
        if (data) events.push(JSON.parse(data));
        waiting?.();
      }
    }
  };
  if (res.ok) pump().catch(() => {});
  return {
    status: res.status,
    async next(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (events.length === 0 && !ended && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, deadline - Date.now());
          waiting = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        waiting = null;
      }
      return events.shift() ?? null;
    },
    close: () => abort.abort(),
    ended: () => ended,
  };
}
