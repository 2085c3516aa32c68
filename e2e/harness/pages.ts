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

/** Answers the "me too?" question, when open cases of the category are near, by reporting anyway. */
export async function reportAnywayIfAsked(page: Page): Promise<void> {
  const anyway = page.getByTestId('report-anyway');
  const asked = await anyway.waitFor({ timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (asked) await anyway.click();
}

/**
 * Clicks `opener` until `shown` is visible: a click landing as a list is redrawn (a refetch after a
 * write) opens nothing, so a walk that opens a dialog from a list row tries again rather than waiting.
 */
export async function openUntilVisible(opener: Locator, shown: Locator, timeout = 20_000): Promise<void> {
  await expect
    .poll(
      async () => {
        if (!(await shown.isVisible())) await opener.click();
        return shown.isVisible();
      },
      { timeout },
    )
    .toBe(true);
}
