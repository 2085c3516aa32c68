import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock tick (USER_HZ), the unit of /proc/<pid>/stat's CPU times; 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used, from /proc; 0 when it is gone or not on Linux. */
function processSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process on this machine: the server and its backends. */
function postgresPids(): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export interface CpuSplit {
  server: number;
  postgres: number;
  loadGenerator: number;
}

/**
 * Where the machine's CPU goes while a side runs: the Needle server, PostgreSQL (all its processes;
 * a backend that ends meanwhile is not counted), and this process, which makes the load. Returns a function that gives the seconds used since.
 */
export function cpuMeter(serverPid: number | undefined): () => CpuSplit {
  const pg = () => new Map(postgresPids().map((pid) => [pid, processSeconds(pid)]));
  // Per process: a backend that started meanwhile counts in full, one that ended is lost (an undercount).
  const pgSince = (before: Map<number, number>) =>
    [...pg()].reduce((sum, [pid, seconds]) => sum + seconds - (before.get(pid) ?? 0), 0);
  const self = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const start = { server: serverPid ? processSeconds(serverPid) : 0, postgres: pg(), loadGenerator: self() };
  return () => ({
    server: (serverPid ? processSeconds(serverPid) : 0) - start.server,
    postgres: pgSince(start.postgres),
    loadGenerator: self() - start.loadGenerator,
  });
}
