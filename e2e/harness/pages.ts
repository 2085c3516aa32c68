import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ApiReply } from './api.js';
import { demoPassword } from './demo.js';

export async function fillLoginForm(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Calls the API from inside the page, i.e. with the signed-in user's session cookie. */
export function fetchInPage(page: Page, path: string): Promise<ApiReply<unknown>> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }, path);
}

/**
 * Answers the "me too?" question, when open cases of the category are near, by reporting anyway. It
 * waits for whichever comes first, the question or the report's outcome, rather than for a question
 * that may never come.
 */
export async function reportAnywayIfAsked(page: Page): Promise<void> {
  const anyway = page.getByTestId('report-anyway');
  const outcome = page.getByTestId('report-result').or(page.getByTestId('report-waiting'));
  await anyway.or(outcome).first().waitFor({ timeout: 30_000 });
  if (await anyway.isVisible()) await anyway.click();
}

/**
 * Does `act` until `shown` is visible: on a busy machine a step can be lost (a click landing as a list
 * is redrawn, a pick made while a list still filters, a first load that never finishes), and a person
 * looks and does it again. A failed attempt is only a reason to look again.
 */
export async function actUntilVisible(
  act: () => Promise<unknown>,
  shown: Locator,
  timeout = 20_000,
): Promise<void> {
  await expect
    .poll(
      async () => {
        if (!(await shown.isVisible())) await act().catch(() => {});
        return shown.isVisible();
      },
      { timeout, interval: 1_000 },
    )
    .toBe(true);
}

/** Clicks `opener` until `shown` is visible: a walk that opens a dialog from a list row tries again. */
export async function openUntilVisible(opener: Locator, shown: Locator, timeout = 20_000): Promise<void> {
  await actUntilVisible(() => opener.click(), shown, timeout);
}

/**
 * Opens `path` and waits until `shown` (a CSS selector) is on the page and nothing is still loading.
 *
 * Within the app it navigates as a tapped link does (the router's history), rather than loading the
 * whole app again: a page walk then costs what a user's walk costs, a fraction of a reload on a busy
 * machine. Where `shown` is already on the page, it could not tell the new page from the old, so it
 * loads the page afresh.
 */
export async function openInApp(page: Page, baseUrl: string, path: string, shown: string): Promise<void> {
  const marker = page.locator(shown).first();
  const inApp = page.url().startsWith(baseUrl) && (await marker.count()) === 0;
  if (inApp) {
    await page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  } else {
    await page.goto(`${baseUrl}${path}`);
  }
  await marker.waitFor({ state: 'attached' });
  await page.waitForFunction(
    () => document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null,
  );
}
