import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, not a downloaded one: scripts/test-deps.sh (run by `npm test` and CI) checks for
 * this same executable, CHROMIUM_PATH when set and not empty, and installs it with apt when it can.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}
