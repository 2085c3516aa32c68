import type { Page } from 'playwright-core';
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
