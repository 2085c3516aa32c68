import type { Browser, BrowserContext, Page } from 'playwright-core';
import { fillLoginForm } from './pages.js';

export const DESK = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * The people of a walk-through, each in a browser context of their own (a phone or a desk), signed in
 * through the login page as they would be; `closeAll` ends them when the walk is over.
 */
export function peopleOf(baseUrl: string, browserOf: () => Browser) {
  const contexts: BrowserContext[] = [];
  return {
    async open(viewport = DESK): Promise<Page> {
      const phone = viewport.width < 500;
      const context = await browserOf().newContext({ viewport, isMobile: phone, hasTouch: phone });
      contexts.push(context);
      return context.newPage();
    },
    /** Opens the path signed out, signs in at the login page it leads to, and lands back on the path. */
    async signIn(page: Page, path: string, username: string): Promise<void> {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForURL('**/login');
      await fillLoginForm(page, username);
      await page.waitForURL(`**${path}`);
    },
    async closeAll(): Promise<void> {
      for (const context of contexts) await context.close();
    },
  };
}
