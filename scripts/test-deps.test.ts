import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..');
const bash = execFileSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'needle-test-deps-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const folder = (name: string) => {
  const dir = path.join(scratch, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};
const empty = folder('empty');

/**
 * An apt-get that only writes down how it was called: if the script ever tried to install, the call is
 * in the log, and nothing is installed on this machine either way.
 */
function fakeAptGet(): { bin: string; calls: () => string[] } {
  const bin = folder(`fake-apt-${Math.random().toString(36).slice(2)}`);
  const log = path.join(bin, 'calls.log');
  fs.writeFileSync(path.join(bin, 'apt-get'), `#!${bash}\necho "$*" >> '${log}'\n`, { mode: 0o755 });
  return { bin, calls: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []) };
}

/** Runs a script of the repo with exactly this environment and nothing inherited. */
function run(script: string, env: Record<string, string>) {
  const res = spawnSync(bash, [path.join(repo, script)], { env, encoding: 'utf8', cwd: repo });
  return { status: res.status, stderr: res.stderr, stdout: res.stdout };
}

describe('scripts/test-deps.sh', () => {
  it('reports Chromium missing with the install command, and does not install when not root', () => {
    const apt = fakeAptGet();
    for (const PATH of [empty, apt.bin]) {
      const res = run('scripts/test-deps.sh', { PATH, CHROMIUM_PATH: empty, NEEDLE_TEST_DEPS_UID: '1000' });
      expect(res.status, res.stderr).toBe(1);
      expect(res.stderr).toMatch(
        new RegExp(
          `^test-deps: Chromium is missing \\(no executable at ${empty}\\).*Run: sudo apt-get install -y chromium`,
          'm',
        ),
      );
      expect(res.stderr).not.toMatch(/Installing/);
    }
    expect(apt.calls()).toEqual([]);
  });

  it('as root with apt-get, installs what is missing, saying what and why, and checks again', () => {
    const apt = fakeAptGet();
    const res = run('scripts/test-deps.sh', {
      PATH: apt.bin,
      CHROMIUM_PATH: empty,
      NEEDLE_TEST_DEPS_UID: '0',
    });
    expect(res.stderr).toMatch(
      /^test-deps: Installing chromium: Chromium is missing .*Debian's Chromium\.$/m,
    );
    expect(apt.calls()).toEqual(['update -qq', expect.stringMatching(/^install -y -qq (\S+ )*chromium\b/)]);
    // The fake installed nothing, and the script says so rather than letting the e2e tests find out.
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/Still missing after apt-get install: .*chromium/);
  });

  it('passes with Chromium where the e2e harness looks for it, and leaves it out loudly with NEEDLE_SKIP_E2E=1', () => {
    // A CHROMIUM_PATH that is executable is what the harness launches; a database URL spares the
    // PostgreSQL binaries, and the font is whatever this machine has, so only Chromium is judged here.
    const browser = path.join(folder('browser'), 'chromium');
    fs.writeFileSync(browser, '', { mode: 0o755 });
    const env = { PATH: empty, TEST_DATABASE_URL: 'postgres://unused', NEEDLE_TEST_DEPS_UID: '1000' };
    const found = run('scripts/test-deps.sh', { ...env, CHROMIUM_PATH: browser });
    expect(found.stderr).not.toMatch(/Chromium/);

    const skipped = run('scripts/test-deps.sh', { ...env, CHROMIUM_PATH: empty, NEEDLE_SKIP_E2E: '1' });
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(skipped.stderr).toMatch(/NEEDLE_SKIP_E2E=1: the e2e tests will NOT run/);
  });
});

describe('the e2e step and CI', () => {
  it('the e2e step runs its command, or with NEEDLE_SKIP_E2E=1 says loudly that it skipped it', () => {
    const marker = path.join(scratch, 'e2e-ran');
    const e2e = (env: Record<string, string>) =>
      spawnSync(bash, [path.join(repo, 'scripts/e2e-unless-skipped.sh'), bash, '-c', `echo > '${marker}'`], {
        env,
        encoding: 'utf8',
      });
    const skipped = e2e({ PATH: empty, NEEDLE_SKIP_E2E: '1' });
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(/E2E TESTS SKIPPED/);
    expect(fs.existsSync(marker)).toBe(false);
    expect(e2e({ PATH: empty }).status).toBe(0);
    expect(fs.existsSync(marker)).toBe(true);
  });

  it('.ci/run refuses NEEDLE_SKIP_E2E before doing anything', () => {
    // With an empty PATH nothing could be installed or started even if the refusal were missing.
    const res = run('.ci/run', { PATH: empty, NEEDLE_SKIP_E2E: '1' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^\.ci\/run: NEEDLE_SKIP_E2E is set .*CI always runs the e2e tests/);
  });
});
