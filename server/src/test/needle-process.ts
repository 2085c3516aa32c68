import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const repoRoot = resolve(import.meta.dirname, '../../..');
const keptOutputChars = 20_000;

/** A Needle server in a process of its own, as the e2e tests, the two-process test and the benchmarks run it. */
export interface NeedleProcess {
  baseUrl: string;
  child: ChildProcess;
  /** The last of what it wrote to stdout and stderr. */
  output(): string;
  /** SIGTERM (it closes cleanly), SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

export interface NeedleProcessOptions {
  /** The script to run, from the repository root: server/dist/main.js, or server/src/main.ts with tsx. */
  entry: string;
  /** Node's own arguments before it, e.g. ['--import', 'tsx'] or ['--cpu-prof']. */
  nodeArgs?: string[];
  /** The whole environment; PORT and HOST are set here. */
  env: NodeJS.ProcessEnv;
  /** A free loopback port unless given. */
  port?: number;
  startupTimeoutMs?: number;
}

/** A port nobody listens on, so that two runs at once (or a dev server) do not answer for each other. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the server and resolves once /api/health answers from it. */
export async function startNeedleProcess(opts: NeedleProcessOptions): Promise<NeedleProcess> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.entry], {
    cwd: repoRoot,
    env: { ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let kept = '';
  const keep = (chunk: Buffer) => {
    kept = (kept + chunk.toString()).slice(-keptOutputChars);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const running: NeedleProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output: () => kept,
    stop: () => stopChild(child),
  };
  try {
    await waitUntilHealthy(running, opts.startupTimeoutMs ?? 60_000);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitUntilHealthy(server: NeedleProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(server.child)) {
      throw new Error(
        `server exited (${server.child.exitCode ?? server.child.signalCode}) before it was healthy:\n${server.output()}`,
      );
    }
    const healthy = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.status === 200,
      () => false,
    );
    // The answer is this server's only while it still runs: it exits when the port is taken.
    if (healthy && !exited(server.child)) return;
    // Polling a child process we do not control; there is no event to wait on for "listening".
    await delay(250);
  }
  throw new Error(`server not healthy after ${timeoutMs / 1000} s:\n${server.output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (exited(child)) return;
  const gone = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}
